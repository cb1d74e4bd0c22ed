// Rekenhulp: showing a result. Text from the rules and the engine only ever becomes text
// (textContent via el()), never HTML.

export function el(tag, attrs = {}, ...kinderen) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const kind of kinderen.flat()) {
    if (kind !== null && kind !== undefined && kind !== "") {
      node.append(kind instanceof Node ? kind : String(kind));
    }
  }
  return node;
}

// Older results carry only ids; newer ones carry their labels (samenvatting, grondslag_tekst).
const SOORTEN = {
  "absoluut": "Absoluut verzuim",
  "relatief": "Relatief verzuim",
  "luxe": "Luxe verzuim",
  "signaal": "Signaalverzuim",
  "langdurig-relatief": "Langdurig relatief verzuim",
  "zorgwekkend-ziekteverzuim": "Zorgwekkend ziekteverzuim",
  "geoorloofd": "Geoorloofd verzuim (ziekte)",
};
const GRONDSLAG = {
  wet: "Verplicht door de Leerplichtwet",
  norm: "Landelijke norm (geen wettelijke plicht)",
  regio: "Afspraak in de routekaart van de regio (niet wettelijk verplicht)",
  advies: "Landelijk advies; hier (nog) geen wettelijke plicht (zie Waarom)",
};

// The short answer: from the result's samenvatting (contract 4) or derived from older keys.
export function samenvatting(u) {
  const s = u.samenvatting;
  if (s && typeof s === "object") {
    return {
      soort: s.soort || "Geen verzuim vastgesteld",
      melden: Boolean(s.melden),
      waar: Array.isArray(s.waar) ? s.waar : [],
      volgende: s.volgende_stap || null,
      tekst: s.tekst || "",
    };
  }
  const soorten = (u.soorten || []).map((x) => SOORTEN[x] || x);
  const eerste = (u.stappen || [])[0];
  return {
    soort: soorten.length ? soorten.join(", ") : "Geen verzuim vastgesteld",
    melden: (u.melden || []).length > 0,
    waar: [...new Set((u.melden || []).map((m) => m.bij_naam))],
    volgende: eerste ? { titel: eerste.titel, url: eerste.url } : null,
    tekst: "",
  };
}

export function samenvattingTekst(k) {
  return [
    `${k.soort}.`,
    k.melden ? `Melden: ja${k.waar.length ? `, bij ${k.waar.join(" en ")}` : ""}.` : "Melden: nee.",
    k.volgende ? `Volgende stap: ${k.volgende.titel}.` : "",
  ].filter(Boolean).join(" ");
}

function bronTekst(item, siteUrl) {
  if (!item.bron) return null;
  return el("span", { class: "bron" }, "Bron: ", item.url ? el("a", { href: siteUrl(item.url) }, item.bron) : item.bron);
}

const isNietGebruikt = (x) => String(x.regel || "").startsWith("niet-gebruikt:");
const isOmrekening = (x) => String(x.regel || "").startsWith("omrekening:");

export function uitkomstDelen(u, siteUrl) {
  const k = samenvatting(u);
  const delen = [el("div", { class: "uitkomst-kort", id: "uitkomst-kort" },
    el("p", {}, el("strong", {}, "Kort: "), k.tekst || samenvattingTekst(k)))];

  delen.push(el("h3", {}, "Soort verzuim"));
  // One name for the outcome: the engine's own (one taxonomy), else the labels of its ids.
  if (u.samenvatting) delen.push(el("p", { class: "soort", "data-soorten": u.soorten.join(" ") }, k.soort));
  else {
    delen.push(u.soorten.length
      ? el("ul", { class: "soorten", "data-soorten": u.soorten.join(" ") },
        u.soorten.map((s) => el("li", {}, SOORTEN[s] || s)))
      : el("p", { "data-soorten": "" }, "Met deze antwoorden is er geen verzuim vastgesteld."));
  }

  delen.push(el("h3", {}, "Melden"));
  delen.push(u.melden.length
    ? el("ul", { class: "melden" }, u.melden.map((m) => el("li", { "data-bij": m.bij, "data-grondslag": m.grondslag },
      el("strong", {}, `Bij ${m.bij_naam}`), `: ${m.wat}`, m.termijn ? ` (termijn: ${m.termijn})` : "",
      m.optioneel ? " (keuze van de school)" : "",
      el("br"), el("span", { class: `grondslag grondslag--${m.grondslag}` },
        m.grondslag_tekst || GRONDSLAG[m.grondslag] || m.grondslag),
      el("br"), bronTekst(m, siteUrl))))
    : el("p", {}, "Er hoeft nu niets gemeld te worden."));

  delen.push(el("h3", {}, "Wat nu: stappen uit de routekaart"));
  delen.push(u.stappen.length
    ? el("ol", { class: "stappen" }, u.stappen.map((s) => el("li", { "data-stap": s.id },
      el("a", { href: siteUrl(s.url) }, s.titel), s.route_titel ? ` (${s.route_titel})` : "",
      s.partijen && s.partijen.length ? el("p", {}, el("strong", {}, "Wie: "), s.partijen.join(", ")) : null,
      s.acties && s.acties.length ? el("ul", {}, s.acties.map((a) => el("li", {}, a))) : null,
      s.termijnen && s.termijnen.length ? el("p", {}, el("strong", {}, "Termijn: "), s.termijnen.join("; ")) : null)))
    : el("p", {}, "Geen stap van de routekaart van deze regio is nu aan de beurt."));

  const omrekeningen = (u.uitleg || []).filter(isOmrekening);
  if (omrekeningen.length) {
    delen.push(el("h3", {}, "Omgerekend"));
    delen.push(el("ul", { class: "omrekening" }, omrekeningen.map((x) => el("li", { "data-regel": x.regel }, x.tekst))));
  }
  const nietGebruikt = Array.isArray(u.niet_gebruikt) && u.niet_gebruikt.length
    ? u.niet_gebruikt.map((n) => ({ regel: `niet-gebruikt:${n.veld}`, tekst: `${n.vraag}: ${n.reden}` }))
    : (u.uitleg || []).filter(isNietGebruikt);
  if (nietGebruikt.length) {
    delen.push(el("h3", {}, "Niet gebruikt in deze regio"));
    delen.push(el("ul", { class: "niet-gebruikt" }, nietGebruikt.map((x) => el("li", { "data-regel": x.regel }, x.tekst))));
  }

  delen.push(el("h3", {}, "Waarom"));
  delen.push(el("ul", { class: "uitleg" }, (u.uitleg || []).filter((x) => !isOmrekening(x) && !isNietGebruikt(x))
    .map((x) => el("li", { "data-regel": x.regel }, x.tekst, " ", bronTekst(x, siteUrl)))));
  return { delen, kort: k };
}
