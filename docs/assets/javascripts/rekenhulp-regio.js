// Regions for the Rekenhulp: the list (small, fetched at once), each region's rules (fetched
// only once the region is chosen), and the region chooser, an ARIA 1.2 combobox with a
// listbox popup that finds a region by its name or by a gemeente in it.
import { el } from "./rekenhulp-dom.js";
import { geenRegioBlok, gemeenteIn, gewoon, plaatsTekst } from "../zoeken/plaatsen.js";

// The plain answer for a place no region covers (index.json's geen_regio), kept from laadRegios.
let geenRegio = null;

// Contract 3: docs/assets/regels/index.json (the runtime manifest says where) and one
// <slug>.json per region.
// The index and each region's file are content-addressed (the manifest names the index, the
// index each file): a publication gives them new addresses, so no cache can serve old rules.
const regelsAdres = new Map();

export async function laadRegios(root, manifest) {
  const r = await fetch(new URL(manifest.regios, root));
  if (!r.ok) throw new Error(`regio's: HTTP ${r.status}`);
  const data = await r.json();
  geenRegio = data.geen_regio || null;
  const regios = data.regios;
  for (const regio of regios) if (regio.regels) regelsAdres.set(regio.slug, regio.regels);
  return { regios };
}

// Kept in memory for this page only: a region's rules are fetched at most once per visit.
const regelsCache = new Map();

export function laadRegels(root, slug) {
  if (!regelsCache.has(slug)) {
    const adres = regelsAdres.get(slug) || `assets/regels/${encodeURIComponent(slug)}.json`;
    const belofte = fetch(new URL(adres, root))
      .then((r) => {
        if (!r.ok) throw new Error(`regels van ${slug}: HTTP ${r.status}`);
        return r.text();
      })
      .then((tekst) => ({ tekst, regels: JSON.parse(tekst) }));
    belofte.catch(() => regelsCache.delete(slug));
    regelsCache.set(slug, belofte);
  }
  return regelsCache.get(slug);
}

// A region by its name, partnership or slug, or by one of its gemeenten or their other names
// (accents, hyphens and case ignored: plaatsen.js). A gemeente that starts with what was typed
// comes before a region name that only contains it: "Hengelo" is a place, not a word inside one.
function zoek(regios, vraag) {
  const q = gewoon(vraag);
  const treffers = [];
  for (const regio of regios) {
    const namen = [regio.naam, regio.samenwerkingsverband, regio.slug].map(gewoon);
    if (!q || namen.some((n) => n.startsWith(q))) {
      treffers.push({ regio, plaats: null, rang: 0 });
      continue;
    }
    const plaats = gemeenteIn(regio, q);
    if (plaats) treffers.push({ regio, plaats, rang: plaats.begin ? 1 : 3 });
    else if (namen.some((n) => n.includes(q))) treffers.push({ regio, plaats: null, rang: 2 });
  }
  return treffers.sort((a, b) => a.rang - b.rang || a.regio.naam.localeCompare(b.regio.naam, "nl"));
}

// input[role=combobox] + ul[role=listbox]; the chosen slug goes into a hidden input (name=regio).
export function maakKeuzelijst({ invoer, lijst, verborgen, melding, regios, opKeuze }) {
  let treffers = [];
  // Below the field, outside the listbox: the plain answer when no region covers the place.
  const geenPlek = el("div", { class: "keuzelijst-geen", id: `${lijst.id}-geen`, hidden: "" });
  lijst.parentElement.after(geenPlek);
  let actief = -1;
  let gekozen = null;
  let meldWekker = null;

  const open = () => !lijst.hidden;
  function sluit() {
    lijst.hidden = true;
    invoer.setAttribute("aria-expanded", "false");
    invoer.removeAttribute("aria-activedescendant");
    actief = -1;
  }

  function zetActief(i) {
    const opties = lijst.querySelectorAll("[role=option]");
    if (!opties.length) return;
    actief = (i + opties.length) % opties.length;
    opties.forEach((o, j) => o.classList.toggle("actief", j === actief));
    invoer.setAttribute("aria-activedescendant", opties[actief].id);
    opties[actief].scrollIntoView({ block: "nearest" });
  }

  function toon() {
    treffers = zoek(regios, invoer.value === (gekozen && gekozen.naam) ? "" : invoer.value);
    // "Enschede → Twente": the place as typed first, then the region that covers it.
    lijst.replaceChildren(...treffers.map(({ regio, plaats }) => el("li", {
      role: "option", id: `${lijst.id}-${regio.slug}`, "data-slug": regio.slug,
      "aria-selected": gekozen && gekozen.slug === regio.slug ? "true" : "false",
    }, ...(plaats ? [el("span", { class: "keuzelijst-extra" }, `${plaatsTekst(plaats)} → `), regio.naam] : [regio.naam]))));
    const getypt = invoer.value.trim();
    const niets = !treffers.length && gewoon(getypt).length >= 2;
    if (!treffers.length) {
      lijst.append(el("li", { class: "keuzelijst-leeg", role: "presentation" },
        niets ? "Geen regio gevonden; zie onder het veld" : "Geen regio gevonden"));
    }
    geenPlek.replaceChildren(...(niets ? [geenRegioBlok(geenRegio, getypt, new URL("../../", import.meta.url), "h3")] : []));
    geenPlek.hidden = !niets;
    lijst.hidden = false;
    invoer.setAttribute("aria-expanded", "true");
    actief = -1;
    invoer.removeAttribute("aria-activedescendant");
    // The number of matches, told once the typing pauses (not on every key).
    clearTimeout(meldWekker);
    meldWekker = setTimeout(() => {
      melding.textContent = treffers.length === 1 ? "1 regio gevonden"
        : treffers.length ? `${treffers.length} regio's gevonden`
          : niets ? `Geen regio gevonden. Voor ${getypt} staat (nog) geen routekaart op deze site; wat je wel kunt doen, staat onder het veld.`
            : "Geen regio gevonden";
    }, 700);
  }

  function kies(slug, { gemeente = null, stil = false } = {}) {
    const regio = regios.find((r) => r.slug === slug) || null;
    gekozen = regio;
    invoer.value = regio ? regio.naam : "";
    verborgen.value = regio ? regio.slug : "";
    geenPlek.hidden = true;
    sluit();
    if (!stil) opKeuze(regio, gemeente);
  }

  invoer.addEventListener("input", (e) => {
    e.stopPropagation(); // the text is not an answer; only a choice is
    toon();
  });
  invoer.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open()) toon();
      if (!e.altKey) zetActief(actief < 0 && e.key === "ArrowUp" ? -1 : actief + (e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Enter") {
      if (open() && actief >= 0) {
        e.preventDefault();
        const t = treffers[actief];
        kies(t.regio.slug, { gemeente: t.plaats && t.plaats.gemeente });
      } else if (open() && treffers.length === 1) {
        e.preventDefault();
        kies(treffers[0].regio.slug, { gemeente: treffers[0].plaats && treffers[0].plaats.gemeente });
      }
    } else if (e.key === "Escape") {
      if (open()) { e.preventDefault(); sluit(); invoer.value = gekozen ? gekozen.naam : invoer.value; }
      else if (!gekozen) invoer.value = "";
    } else if (e.key === "Tab" && open()) {
      sluit();
    }
  });
  invoer.addEventListener("click", () => { if (!open()) toon(); });
  invoer.addEventListener("blur", () => {
    // Leaving the field keeps the last choice; half-typed text is not a choice.
    setTimeout(() => {
      if (document.activeElement === invoer) return;
      sluit();
      invoer.value = gekozen ? gekozen.naam : "";
    }, 150);
  });
  // mousedown would move the focus away from the input before the click lands.
  lijst.addEventListener("mousedown", (e) => e.preventDefault());
  lijst.addEventListener("click", (e) => {
    const optie = e.target.closest("[role=option]");
    if (!optie) return;
    const t = treffers.find((x) => x.regio.slug === optie.dataset.slug);
    kies(optie.dataset.slug, { gemeente: t && t.plaats && t.plaats.gemeente });
    invoer.focus();
  });

  invoer.dataset.klaar = "ja"; // for tests: the list is there to choose from
  return { kies, gekozen: () => gekozen };
}
