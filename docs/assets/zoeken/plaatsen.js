// Places: a gemeente (or a former name of it) finds its region, in the Rekenhulp's chooser and
// on the search page alike; a place no region covers gets one plain answer (issue 22).
// The data is docs/assets/regels/index.json: regios[].gemeenten[] {id, naam, aliassen?} and
// geen_regio (what the law asks of every school, how to go on), written by the generator.

// Lower case without accents; hyphens, apostrophes and other marks count as a space:
// "s gravenhage" finds "'s-Gravenhage", "rijssen holten" "Rijssen-Holten", "sudwest" "Súdwest".
export const gewoon = (t) => String(t || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
  .toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

// "Tynaarlo (alleen Zuidlaren)" is also found as "Tynaarlo".
const zonderToelichting = (naam) => naam.replace(/\s*\(.*\)\s*$/, "");

// Every name a gemeente is known by: [{naam, alias}] where alias is the other name typed.
function namen(g) {
  const uit = [{ tekst: g.naam, alias: null }];
  if (zonderToelichting(g.naam) !== g.naam) uit.push({ tekst: zonderToelichting(g.naam), alias: null });
  for (const a of g.aliassen || []) uit.push({ tekst: a, alias: a });
  return uit;
}

// The gemeente whose name or alias is exactly what was typed (the search page), or null.
export function gemeenteVan(regios, vraag) {
  const q = gewoon(vraag);
  if (!q) return null;
  for (const regio of regios) {
    for (const g of regio.gemeenten || []) {
      const n = namen(g).find((x) => gewoon(x.tekst) === q);
      if (n) return { regio, gemeente: g, alias: n.alias };
    }
  }
  return null;
}

// The best gemeente of one region for what is being typed (the chooser): a name that starts
// with it before one that contains it. {gemeente, alias, begin} or null.
export function gemeenteIn(regio, vraag) {
  const q = gewoon(vraag);
  if (!q) return null;
  let beste = null;
  for (const g of regio.gemeenten || []) {
    for (const n of namen(g)) {
      const t = gewoon(n.tekst);
      if (!t.includes(q)) continue;
      const begin = t.startsWith(q);
      if (!beste || (begin && !beste.begin)) beste = { gemeente: g, alias: n.alias, begin };
    }
  }
  return beste;
}

// "Enschede → Twente", "Uden (gemeente Maashorst) → SWV PO 30 06".
export function plaatsTekst({ gemeente, alias }) {
  return alias ? `${alias} (gemeente ${zonderToelichting(gemeente.naam)})` : gemeente.naam;
}

function el(tag, attrs, ...kinderen) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const k of kinderen) if (k !== null && k !== undefined) e.append(k);
  return e;
}

// The plain answer for a place no region covers, as DOM nodes (text only, never markup).
// `wortel` is the site root (a URL), so the links work from any page.
export function geenRegioBlok(geen, plaats, wortel, kopNiveau = "h2") {
  const naam = String(plaats).trim();
  const blok = el("section", { class: "geen-regio admonition info", "aria-labelledby": "geen-regio-kop" },
    el(kopNiveau, { id: "geen-regio-kop", class: "admonition-title", tabindex: "-1" },
      `Voor ${naam} staat (nog) geen routekaart op deze site`));
  if (!geen) return blok;
  blok.append(el("p", {}, "Wat de wet van elke school vraagt, ook zonder routekaart van je regio:"));
  const wet = el("ul");
  for (const w of geen.wet) wet.append(el("li", {}, el("strong", {}, `${w.term}: `), w.tekst));
  blok.append(wet, el("p", {}, geen.melden), el("p", {}, geen.vinden));
  const links = el("ul");
  for (const l of geen.links) links.append(el("li", {}, el("a", { href: new URL(l.url, wortel).href }, l.titel)));
  blok.append(links);
  return blok;
}
