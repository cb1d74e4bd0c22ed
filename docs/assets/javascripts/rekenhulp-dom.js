// Rekenhulp: showing a result. The engine's answer model (result.antwoord, calculator/antwoord.py)
// is drawn with one template per kind of thing: the kind, an action, the next step, the reasons.
// Text from the rules and the engine only ever becomes text (textContent via el()), never HTML.

export function el(tag, attrs = {}, ...kinderen) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const kind of kinderen.flat(Infinity)) {
    if (kind !== null && kind !== undefined && kind !== "") {
      node.append(kind instanceof Node ? kind : String(kind));
    }
  }
  return node;
}

const LABELS = { wet: "Wet", regio: "Regio", norm: "Norm", advies: "Advies" };

// The compact line on phones: the kind and how many things to do, never a second wording.
export function korteRegel(u) {
  const a = u.antwoord;
  if (!a) return (u.samenvatting && u.samenvatting.soort) || "Er is een uitkomst.";
  const n = a.acties.length;
  return `${a.soort}. ${n === 0 ? "Nu geen melding of verwijzing." : n === 1 ? "1 actie." : `${n} acties.`}`;
}

// What a screen reader hears once the typing has paused: the one summary of the engine.
export function aankondigTekst(u) {
  return (u.samenvatting && u.samenvatting.tekst) || korteRegel(u);
}

function link(tekst, url, siteUrl) {
  return url ? el("a", { href: siteUrl(url) }, tekst) : tekst;
}

function tag(grondslag) {
  return el("span", { class: `rk-tag rk-tag--${grondslag}` }, LABELS[grondslag] || grondslag);
}

const bevat = (groot, klein) => Boolean(klein) && groot.toLowerCase().includes(klein.toLowerCase());

// --- templates ------------------------------------------------------------------------------
function soortTemplate(a) {
  return el("p", { class: "soort", "data-soorten": a.soorten.join(" ") }, a.soort);
}

function grondTemplate(g, siteUrl) {
  // The tag always; the article beside a legal basis (the rest is under "Waarom dit antwoord?").
  return el("li", { "data-grondslag": g.grondslag }, tag(g.grondslag),
    g.grondslag === "wet" ? [" ", link(g.tekst.replace(/^verplicht volgens /, ""), g.url, siteUrl)] : null);
}

function actieTemplate(x, siteUrl) {
  const regels = [];
  if (x.kanaal && !bevat(x.wat, x.kanaal)) regels.push(["Via", x.kanaal]);
  if (x.termijn) regels.push(["Wanneer", [x.termijn.tekst, " ", tag(x.termijn.grondslag)]]);
  if (x.toestemming) regels.push(["Toestemming", x.toestemming]);
  // Whom to reach (calculator/contact.py): one whole sentence, the region's contacts, the way a
  // school reports to DUO, or the advice to ask the verzuimcoördinator; a link where there is one.
  const contact = x.contact && typeof x.contact === "object" && x.contact.zin
    ? el("p", { class: "actie-contact" }, x.contact.zin,
      x.contact.url ? [" ", link("Meer uitleg", x.contact.url, siteUrl)] : null)
    : null;
  return el("li", { class: "actie", "data-bij": x.partij, "data-soort": x.soort,
    "data-grondslag": x.grondslagen.length ? x.grondslagen[0].grondslag : "" },
  el("p", { class: "actie-zin" }, el("strong", {}, x.zin),
    x.optioneel ? el("span", { class: "rk-mag" }, " Dit mag; de school kiest zelf.") : null),
  x.wat && x.wat !== x.zin ? el("p", { class: "actie-wat" }, x.wat) : null,
  regels.length ? el("dl", { class: "actie-regels" },
    regels.map(([dt, dd]) => [el("dt", {}, dt), el("dd", {}, dd)])) : null,
  contact,
  el("ul", { class: "actie-grond", "aria-label": "Grondslag" },
    x.grondslagen.map((g) => grondTemplate(g, siteUrl))));
}

function stapTemplate(stap, siteUrl) {
  return [el("p", { class: "volgende-stap" }, link(stap.naam, stap.url, siteUrl)),
    stap.route_titel ? el("p", { class: "route" }, `Route: ${stap.route_titel}`) : null];
}

function routeStapTemplate(s, siteUrl) {
  return el("li", { "data-stap": s.id },
    link(s.titel, s.url, siteUrl),
    s.partijen && s.partijen.length ? el("p", {}, el("strong", {}, "Wie: "), s.partijen.join(", ")) : null,
    s.acties && s.acties.length ? el("ul", {}, s.acties.map((a) => el("li", {}, a))) : null,
    s.termijnen && s.termijnen.length ? el("p", {}, el("strong", {}, "Afgesproken tijd: "), s.termijnen.join("; ")) : null);
}

function redenTemplate(r, siteUrl) {
  return el("li", {}, r.tekst, r.bron ? [" ", el("span", { class: "bron" }, "Bron: ", link(r.bron, r.url, siteUrl), ".")] : null);
}

function grondUitlegTemplate(x, siteUrl) {
  const regels = x.grondslagen.map((g) => el("li", {}, tag(g.grondslag), " ", `${g.tekst}.`,
    " ", el("span", { class: "bron" }, "Bron: ", link(g.bron, g.url, siteUrl), ".")));
  if (x.termijn) {
    regels.push(el("li", {}, "Termijn ", tag(x.termijn.grondslag), " ",
      el("span", { class: "bron" }, "Bron: ", link(x.termijn.bron, x.termijn.url, siteUrl), ".")));
  }
  return el("li", {}, el("strong", {}, x.zin), el("ul", {}, regels));
}

const isNietGebruikt = (x) => String(x.regel || "").startsWith("niet-gebruikt:");
const isOmrekening = (x) => String(x.regel || "").startsWith("omrekening:");

function waaromTemplate(u, siteUrl) {
  const a = u.antwoord;
  const inhoud = [];
  // The reasons in the engine's order, without the conversions and unused answers (own lists).
  const uitleg = u.uitleg || [];
  const redenen = a.waarom.filter((_, i) => !isOmrekening(uitleg[i] || {}) && !isNietGebruikt(uitleg[i] || {}));
  if (redenen.length) inhoud.push(el("h4", {}, "Redenen en bronnen"), el("ul", { class: "uitleg" }, redenen.map((r) => redenTemplate(r, siteUrl))));
  if (a.acties.length) {
    inhoud.push(el("h4", {}, "Waar elke actie op rust"), el("ul", { class: "grond-uitleg" }, a.acties.map((x) => grondUitlegTemplate(x, siteUrl))));
  }
  if ((u.stappen || []).length) {
    inhoud.push(el("h4", {}, "Stappen van de routekaart bij deze situatie"),
      el("ol", { class: "stappen" }, u.stappen.map((s) => routeStapTemplate(s, siteUrl))));
  }
  const omrekeningen = uitleg.filter(isOmrekening);
  if (omrekeningen.length) {
    inhoud.push(el("h4", {}, "Omgerekend"), el("ul", { class: "omrekening" }, omrekeningen.map((x) => el("li", {}, x.tekst))));
  }
  const nietGebruikt = (u.niet_gebruikt || []).map((n) => `${n.vraag}: niet gebruikt, omdat ${n.reden}.`);
  if (nietGebruikt.length) {
    inhoud.push(el("h4", {}, "Niet gebruikt in deze regio"), el("ul", { class: "niet-gebruikt" }, nietGebruikt.map((t) => el("li", {}, t))));
  }
  return el("details", { class: "waarom", id: "uitkomst-waarom" }, el("summary", {}, "Waarom dit antwoord?"), inhoud);
}

// The whole answer: the kind, the numbered actions, the next step, then the reasons folded away.
export function uitkomstDelen(u, siteUrl) {
  const a = u.antwoord;
  if (!a) return { delen: [el("p", {}, aankondigTekst(u))] };
  const delen = [soortTemplate(a), el("h3", {}, "Wat moet je nu doen?")];
  delen.push(a.acties.length
    ? el("ol", { class: "acties" }, a.acties.map((x) => actieTemplate(x, siteUrl)))
    : el("p", {}, "Je hoeft nu niets te melden, niemand te verwijzen en niemand te informeren."));
  delen.push(el("h3", {}, "Volgende stap in de routekaart"));
  delen.push(...(a.volgende_stap ? stapTemplate(a.volgende_stap, siteUrl).filter(Boolean)
    : [el("p", {}, "Geen stap van de routekaart van deze regio is nu aan de beurt.")]));
  delen.push(waaromTemplate(u, siteUrl));
  return { delen };
}
