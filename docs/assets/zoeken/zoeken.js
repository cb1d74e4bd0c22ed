// Search page (/zoeken/): Pagefind's JS API over the index built after `mkdocs build`.
// Nothing is loaded until someone searches (or opens a filter). Results are built as DOM
// nodes; Pagefind's excerpts are reduced to text plus <mark>, so page text never becomes markup.
// A gemeente finds its region first (the region list of the Rekenhulp, plaatsen.js); a word the
// index does not hold gets no results, not Pagefind's matches on a shorter prefix of it
// ("Alkmaar" is not "al" or "als"), and a place no region covers gets the plain answer.
import { geenRegioBlok, gemeenteVan, gewoon, plaatsTekst } from "./plaatsen.js";

const wortel = new URL("../../", import.meta.url);            // the site root, also under a sub-path
const formulier = document.getElementById("zoeken-formulier");
const invoer = document.getElementById("zoeken-q");
const regioKeuze = document.getElementById("zoeken-regio");
const sectorKeuze = document.getElementById("zoeken-sector");
const status = document.getElementById("zoeken-status");
const lijst = document.getElementById("zoeken-resultaten");
const kop = document.getElementById("zoeken-kop");
const antwoord = document.getElementById("zoeken-antwoord");
const PER_KEER = 10;

let pagefind = null;
let filtersGeladen = false;
let zoekNummer = 0;

async function laadPagefind() {
  if (!pagefind) {
    pagefind = await import(new URL("pagefind/pagefind.js", wortel).href);
    // noWorker: Pagefind then runs under this page's CSP (a worker loaded from a URL would not).
    await pagefind.options({ baseUrl: wortel.pathname, excerptLength: 24, noWorker: true });
    pagefind.init();
  }
  return pagefind;
}

// The regions with their gemeenten (small; the same file the Rekenhulp's chooser reads).
let regioIndex = null;
function laadRegioIndex() {
  if (!regioIndex) {
    regioIndex = fetch(new URL("assets/regels/index.json", wortel))
      .then((r) => (r.ok ? r.json() : { regios: [] }))
      .catch(() => ({ regios: [] }));
  }
  return regioIndex;
}

// Pagefind substitutes the longest prefix it holds for a word it does not ("alkmaar" -> "al"),
// and it does so for every result. So: does each typed word (two letters or more) have a
// related word among the words the best result matched? Related: they share a start, and
// differ at most in an ending (a Dutch stem: "meldingen" and "melden").
function verwant(term, woord) {
  let n = 0;
  while (n < term.length && n < woord.length && term[n] === woord[n]) n += 1;
  return n === term.length || n === woord.length ? n >= Math.min(3, term.length)
    : n >= 3 && n >= Math.min(term.length, woord.length) - 3;
}

async function welGevonden(vraag, eerste) {
  const termen = gewoon(vraag).split(" ").filter((t) => t.length >= 2);
  if (!termen.length || !eerste) return Boolean(eerste);
  const data = await eerste.data();
  const woorden = data.content.split(/\s+/);
  const geraakt = (data.locations || []).map((i) => gewoon(woorden[i] || "")).filter(Boolean);
  return termen.every((t) => geraakt.some((w) => w.split(" ").some((x) => verwant(t, x))));
}

async function laadFilters() {
  if (filtersGeladen) return;
  filtersGeladen = true;
  const pf = await laadPagefind();
  const filters = await pf.filters();
  vulKeuze(regioKeuze, filters.regio);
  vulKeuze(sectorKeuze, filters.sector);
}

function vulKeuze(select, waarden) {
  const gekozen = select.value || new URLSearchParams(location.search).get(select.name) || "";
  const namen = Object.keys(waarden || {}).sort((a, b) => a.localeCompare(b, "nl"));
  for (const naam of namen) {
    if ([...select.options].some((o) => o.value === naam)) continue;
    select.add(new Option(naam, naam));
  }
  select.value = namen.includes(gekozen) ? gekozen : "";
}

// Pagefind's excerpt is HTML with <mark> around the hits: keep only its text and the marks.
function uittreksel(html) {
  const p = document.createElement("p");
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  for (const knoop of doc.body.childNodes) {
    if (knoop.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = knoop.textContent;
      p.append(mark);
    } else {
      p.append(document.createTextNode(knoop.textContent));
    }
  }
  return p;
}

function link(url, tekst) {
  const a = document.createElement("a");
  a.href = url;
  a.textContent = tekst;
  return a;
}

function resultaat(data) {
  const li = document.createElement("li");
  li.append(link(data.url, data.meta.title || data.url));
  const regio = (data.filters.regio || []).join(", ");
  const sector = (data.filters.sector || []).join(", ");
  if (regio || sector) {
    const span = document.createElement("span");
    span.className = "zoeken-regio";
    span.textContent = [regio, sector].filter(Boolean).join(" · ");
    li.append(span);
  }
  li.append(uittreksel(data.excerpt));
  const onder = (data.sub_results || []).filter((s) => s.url !== data.url).slice(0, 3);
  if (onder.length) {
    const ul = document.createElement("ul");
    for (const s of onder) {
      const sub = document.createElement("li");
      sub.append(link(s.url, s.title));
      sub.append(uittreksel(s.excerpt));
      ul.append(sub);
    }
    li.append(ul);
  }
  return li;
}

function gekozenFilters() {
  const filters = {};
  if (regioKeuze.value) filters.regio = regioKeuze.value;
  if (sectorKeuze.value) filters.sector = sectorKeuze.value;
  return filters;
}

// "Enschede hoort bij de routekaart van Twente": the first result for a gemeente.
function plaatsResultaat(plaats) {
  const li = document.createElement("li");
  li.className = "zoeken-plaats";
  li.append(link(new URL(plaats.regio.url, wortel).href, `${plaatsTekst(plaats)} → ${plaats.regio.naam}`));
  const p = document.createElement("p");
  p.append(`${plaatsTekst(plaats)} hoort bij de routekaart van ${plaats.regio.naam}. `,
    link(new URL(`rekenhulp/?regio=${encodeURIComponent(plaats.regio.slug)}`, wortel).href,
      `Start de rekenhulp voor ${plaats.regio.naam}`), ".");
  li.append(p);
  return li;
}

async function zoek({ focus = false } = {}) {
  const vraag = invoer.value.trim();
  const filters = gekozenFilters();
  const nummer = ++zoekNummer;
  antwoord.replaceChildren();
  if (!vraag && !Object.keys(filters).length) {
    lijst.replaceChildren();
    status.textContent = "";
    kop.hidden = true;
    return;
  }
  status.textContent = "Zoeken…";
  try {
    const [pf, index] = await Promise.all([laadPagefind(), laadRegioIndex()]);
    laadFilters().catch(() => {});
    const plaats = vraag ? gemeenteVan(index.regios || [], vraag) : null;
    let resultaten = (await pf.search(vraag || null, { filters })).results;
    if (vraag && !plaats && !(await welGevonden(vraag, resultaten[0]))) resultaten = [];
    if (plaats && !filters.regio) {
      // The region's own pages first, then the rest.
      const eigen = (await pf.search(vraag, { filters: { ...filters, regio: plaats.regio.naam } })).results;
      const ids = new Set(eigen.map((r) => r.id));
      resultaten = [...eigen, ...resultaten.filter((r) => !ids.has(r.id))];
    }
    if (nummer !== zoekNummer) return;                     // a newer search has started
    lijst.replaceChildren(...(plaats ? [plaatsResultaat(plaats)] : []));
    await toon(resultaten, 0, nummer, vraag, plaats ? 1 : 0);
    if (!resultaten.length && !plaats && vraag) {
      antwoord.replaceChildren(geenRegioBlok(index.geen_regio, vraag, wortel));
    }
    kop.hidden = false;
    if (focus) kop.focus();
  } catch (fout) {
    status.textContent = "Zoeken lukt nu niet. Probeer het opnieuw, of kies een regio op de pagina Regio's.";
    console.error(fout);
  }
}

async function toon(resultaten, vanaf, nummer, vraag, extra = 0) {
  const deel = await Promise.all(resultaten.slice(vanaf, vanaf + PER_KEER).map((r) => r.data()));
  if (nummer !== zoekNummer) return;
  document.getElementById("zoeken-meer")?.remove();
  for (const data of deel) lijst.append(resultaat(data));
  const n = resultaten.length + extra;
  const waarop = vraag ? ` voor ‘${vraag}’` : "";
  status.textContent = n === 0 ? `Geen resultaten${waarop}.`
    : n === 1 ? `1 resultaat${waarop}.` : `${n} resultaten${waarop}.`;
  if (vanaf + PER_KEER < resultaten.length) {
    const knop = document.createElement("button");
    knop.type = "button";
    knop.id = "zoeken-meer";
    knop.className = "md-button";
    knop.textContent = "Meer resultaten";
    knop.addEventListener("click", async () => {
      const eerste = lijst.children.length;
      await toon(resultaten, vanaf + PER_KEER, nummer, vraag, extra);
      lijst.children[eerste]?.querySelector("a")?.focus();
    });
    lijst.after(knop);
  }
}

let wacht = null;
// After a search the visitor asked for (Enter, the button, arriving with ?q=), the focus moves
// to the results heading; while typing it stays in the field.
formulier.addEventListener("submit", (e) => {
  e.preventDefault();
  clearTimeout(wacht);
  zoek({ focus: true });
});
invoer.addEventListener("input", () => {
  clearTimeout(wacht);
  wacht = setTimeout(zoek, 300);
});
for (const keuze of [regioKeuze, sectorKeuze]) {
  keuze.addEventListener("focus", () => laadFilters().catch(() => {}));
  keuze.addEventListener("change", zoek);
}

// Arriving from the header form: /zoeken/?q=...
const params = new URLSearchParams(location.search);
invoer.value = params.get("q") || "";
if (invoer.value || params.get("regio") || params.get("sector")) {
  const metFocus = () => zoek({ focus: true });
  laadFilters().then(metFocus, metFocus);
} else {
  invoer.focus();
}
