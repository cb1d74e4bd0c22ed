// Search page (/zoeken/): Pagefind's JS API over the index built after `mkdocs build`.
// Nothing is loaded until someone searches (or opens a filter). Results are built as DOM
// nodes; Pagefind's excerpts are reduced to text plus <mark>, so page text never becomes markup.

const wortel = new URL("../../", import.meta.url);            // the site root, also under a sub-path
const formulier = document.getElementById("zoeken-formulier");
const invoer = document.getElementById("zoeken-q");
const regioKeuze = document.getElementById("zoeken-regio");
const sectorKeuze = document.getElementById("zoeken-sector");
const status = document.getElementById("zoeken-status");
const lijst = document.getElementById("zoeken-resultaten");
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

async function zoek() {
  const vraag = invoer.value.trim();
  const filters = gekozenFilters();
  const nummer = ++zoekNummer;
  if (!vraag && !Object.keys(filters).length) {
    lijst.replaceChildren();
    status.textContent = "";
    return;
  }
  status.textContent = "Zoeken…";
  try {
    const pf = await laadPagefind();
    laadFilters().catch(() => {});
    const uitkomst = await pf.search(vraag || null, { filters });
    if (nummer !== zoekNummer) return;                     // a newer search has started
    lijst.replaceChildren();
    await toon(uitkomst.results, 0, nummer, vraag);
  } catch (fout) {
    status.textContent = "Zoeken lukt nu niet. Probeer het opnieuw, of kies een regio op de pagina Regio's.";
    console.error(fout);
  }
}

async function toon(resultaten, vanaf, nummer, vraag) {
  const deel = await Promise.all(resultaten.slice(vanaf, vanaf + PER_KEER).map((r) => r.data()));
  if (nummer !== zoekNummer) return;
  document.getElementById("zoeken-meer")?.remove();
  for (const data of deel) lijst.append(resultaat(data));
  const n = resultaten.length;
  const waarop = vraag ? ` voor ‘${vraag}’` : "";
  status.textContent = n === 0 ? `Geen resultaten${waarop}.`
    : n === 1 ? `1 resultaat${waarop}.` : `${n} resultaten${waarop}.`;
  if (vanaf + PER_KEER < n) {
    const knop = document.createElement("button");
    knop.type = "button";
    knop.id = "zoeken-meer";
    knop.className = "md-button";
    knop.textContent = "Meer resultaten";
    knop.addEventListener("click", async () => {
      const eerste = lijst.children.length;
      await toon(resultaten, vanaf + PER_KEER, nummer, vraag);
      lijst.children[eerste]?.querySelector("a")?.focus();
    });
    lijst.after(knop);
  }
}

let wacht = null;
formulier.addEventListener("submit", (e) => {
  e.preventDefault();
  clearTimeout(wacht);
  zoek();
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
  laadFilters().then(zoek, zoek);
} else {
  invoer.focus();
}
