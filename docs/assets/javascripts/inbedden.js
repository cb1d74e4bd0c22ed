// The embeddable page (/inbedden/?regio=<slug>): the region's routes, read from the open data
// (data/<slug>/actueel.json, same origin), above the Rekenhulp, which presets itself from the
// same ?regio= parameter. Region text only ever becomes text (textContent), never HTML.
// Nothing is stored and nothing is sent to the page that embeds this one (no postMessage).

const ROOT = new URL("../../", import.meta.url);
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
  "september", "oktober", "november", "december"];

function el(tag, attrs = {}, ...kinderen) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, v);
  for (const kind of kinderen.flat()) {
    if (kind !== null && kind !== undefined && kind !== "") node.append(kind instanceof Node ? kind : String(kind));
  }
  return node;
}

// Markdown as plain words: emphasis marks dropped, a link becomes its text.
const gewoon = (md) => String(md || "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]+/g, "").trim();

function datum(iso) {
  const [j, m, d] = String(iso).split("-").map(Number);
  return j && m && d ? `${d} ${MAANDEN[m - 1]} ${j}` : String(iso);
}

const opSite = (pad) => new URL(pad, ROOT).href;
const zin = (t) => { const s = gewoon(t); return /[.!?]$/.test(s) ? s : `${s}.`; };

function melding(m) {
  const regel = [`Melden bij ${m.bij_naam}: ${gewoon(m.wat)}`, ` (${m.grondslag_tekst}`,
    m.optioneel ? ", de school kiest zelf" : "", ").",
    m.termijn ? ` Termijn: ${m.termijn.tekst} (${m.termijn.label}).` : ""];
  return el("li", {}, regel.join(""));
}

// A party's contact (contract C3), when the routekaart names one: phone, e-mail, website.
function contact(p) {
  const c = p.contact || {};
  const delen = [];
  if (c.telefoon) delen.push(el("a", { href: `tel:${c.telefoon.replace(/[^0-9+]/g, "")}` }, c.telefoon));
  if (c.email) delen.push(el("a", { href: `mailto:${c.email}` }, c.email));
  if (c.website && /^https?:\/\//.test(c.website)) delen.push(el("a", { href: c.website }, c.website));
  if (!delen.length) return null;
  return el("p", {}, el("strong", {}, `Contact ${p.naam}: `), delen.flatMap((d, i) => (i ? [", ", d] : [d])), ".");
}

function stap(s, partijen) {
  const wie = s.partijen.map((p) => (partijen.get(p) || { naam: p }).naam).join(", ");
  const delen = [el("h4", {}, s.label)];
  if (s.wanneer) delen.push(el("p", {}, el("strong", {}, "Wanneer: "), zin(s.wanneer)));
  if (wie) delen.push(el("p", {}, el("strong", {}, "Wie: "), `${wie}.`));
  delen.push(...s.partijen.map((p) => partijen.get(p)).filter(Boolean).map(contact));
  if (s.acties && s.acties.length) delen.push(el("ul", {}, s.acties.map((a) => el("li", {}, zin(a)))));
  const termijnen = (s.termijnen || []).map((t) => el("li", {}, `Termijn: ${gewoon(t.tekst)} (Regio).`));
  const meldingen = (s.meldingen || []).map(melding);
  if (termijnen.length || meldingen.length) delen.push(el("ul", { class: "inbedden-meldingen" }, termijnen, meldingen));
  if (s.url) delen.push(el("p", {}, el("a", { href: opSite(s.url) }, `Meer over ${s.label} op de site`)));
  return el("li", { class: "inbedden-stap" }, delen);
}

function toonRoutes(plek, kaart) {
  const partijen = new Map(kaart.partijen.map((p) => [p.id, p]));
  plek.replaceChildren(
    el("h2", { id: "inbedden-routes-kop" }, `De routes van ${kaart.regio.naam}`),
    el("p", {}, `Versie ${kaart.versie.nummer} van ${datum(kaart.versie.datum)}, overgenomen uit “${kaart.bron.titel}”. `,
      el("a", { href: opSite(kaart.pagina) }, `De volledige routekaart van ${kaart.regio.naam}`), "."),
    ...kaart.routes.map((r) => el("details", { class: "inbedden-route" },
      el("summary", {}, r.titel),
      r.inleiding ? el("p", {}, gewoon(r.inleiding)) : null,
      el("ul", { class: "inbedden-stappen" }, r.stappen.map((s) => stap(s, partijen))))));
}

async function start() {
  const plek = document.getElementById("inbedden-routes");
  if (!plek) return;
  const slug = new URLSearchParams(location.search).get("regio") || "";
  if (!SLUG.test(slug)) {
    plek.replaceChildren(el("p", {}, "Dit adres noemt geen regio. Voeg ?regio= en de korte naam van je regio toe, zoals de pagina ",
      el("a", { href: opSite("over/open-data/#inbedden") }, "Open data en inbedden"), " uitlegt. De rekenhulp hieronder werkt wel: kies daar je regio."));
    return;
  }
  try {
    const r = await fetch(new URL(`data/${slug}/actueel.json`, ROOT));
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    toonRoutes(plek, await r.json());
  } catch (fout) {
    plek.replaceChildren(el("p", {}, `De routes van de regio “${slug}” konden niet geladen worden. `,
      el("a", { href: opSite("routekaart/") }, "Zoek je regio op de site"), "."));
  }
}

// Links to other pages open in a new tab: inside a frame, our pages would refuse to show
// (they allow no framing), and the visitor keeps the page of the samenwerkingsverband.
document.addEventListener("click", (e) => {
  const a = e.target.closest && e.target.closest("a[href]");
  if (!a) return;
  const doel = new URL(a.href, location.href);
  if (doel.origin === location.origin && doel.pathname === location.pathname && doel.search === location.search) return;
  a.target = "_blank";
  a.rel = "noopener";
}, true);

start();
