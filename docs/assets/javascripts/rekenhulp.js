// Rekenhulp: the form on the page, Python (calculator) in a Web Worker.
// Answers stay in this page: never stored, never put in the URL, never sent anywhere.
import { aankondigTekst, el, korteRegel, uitkomstDelen } from "./rekenhulp-dom.js";
import { laadRegels, laadRegios, maakKeuzelijst } from "./rekenhulp-regio.js";
import { laadManifest, startPython } from "./rekenhulp-python.js";
import { maakVragen } from "./rekenhulp-vragen.js";
import { versieDelen } from "./rekenhulp-versie.js";

// This file lives in assets/javascripts/, two folders below the site root.
const ROOT = new URL("../../", import.meta.url);
const DEBOUNCE_MS = 150;
const AANKONDIG_MS = 1000; // screen readers hear a new outcome once the typing has paused

const form = document.getElementById("rekenhulp-form");
const status = document.getElementById("rekenhulp-status");
const voortgang = document.getElementById("rekenhulp-voortgang");
const inhoud = document.getElementById("uitkomst-inhoud");
const balk = document.getElementById("uitkomst-balk");
const aankondiging = document.getElementById("uitkomst-aankondiging");
const foutlijst = document.getElementById("foutsamenvatting");
const uitkomst = document.getElementById("rekenhulp-uitkomst");
const siteUrl = (pad) => (pad ? new URL(pad, ROOT).href : null);

let python = null;
let timings = null;
let regioData = { regios: [] };
let regels = null; // {tekst, regels} of the chosen region, when rules come per region
let laatsteVraag = 0;
let timer = null;
let aankondigWekker = null;
let aangekondigd = "";
const vragen = maakVragen(form);

function zetStatus(staat, ...inhoudStatus) {
  if (status.dataset.staat === staat && staat !== "fout" && inhoudStatus.join("") === status.textContent) return;
  status.dataset.staat = staat;
  status.replaceChildren(...inhoudStatus);
}

const mb = (b) => (b / 1e6).toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const FASEN = {
  downloaden: "De rekenhulp wordt geladen. Je kunt de vragen alvast invullen.",
  starten: "Alles is binnen: de rekenhulp wordt gestart.",
  rekenhulp: "Bijna klaar: de rekenhulp wordt gestart.",
};

function toonVoortgang({ fase, bytes, totaal }) {
  zetStatus("laden", FASEN[fase] || FASEN.downloaden);
  voortgang.hidden = false;
  const balkje = voortgang.querySelector("progress");
  const tekst = voortgang.querySelector("span");
  if (totaal) {
    balkje.max = totaal;
    balkje.value = Math.min(bytes, totaal);
    tekst.textContent = `${mb(Math.min(bytes, totaal))} MB van ${mb(totaal)} MB geladen`;
  } else {
    balkje.removeAttribute("value");
    tekst.textContent = `${mb(bytes)} MB geladen`;
  }
}

function start(opnieuw = false) {
  const t0 = performance.now();
  python = startPython({ root: ROOT, opVoortgang: toonVoortgang, opnieuw });
  python.gereed.then((t) => {
    timings = { ...t, ready: performance.now() - t0 };
    voortgang.hidden = true;
    zetStatus("klaar", "De rekenhulp is klaar. De uitkomst verandert mee met je antwoorden.");
    plan();
  }, mislukt);
}

function mislukt(fout) {
  voortgang.hidden = true;
  const knop = el("button", { type: "button", class: "md-button", id: "rekenhulp-opnieuw" }, "Probeer opnieuw");
  knop.addEventListener("click", () => {
    zetStatus("laden", FASEN.downloaden);
    status.focus(); // the button is gone; the news about the new start is here
    start(true);
  });
  zetStatus("fout", el("strong", {}, fout.message), " De stappen van elke regio kun je wel lezen op de ",
    el("a", { href: siteUrl("routekaart/") }, "routekaart-pagina's"), ". ", knop,
    fout.detail ? el("span", { class: "technisch" }, ` (Technische melding: ${fout.detail})`) : "");
  status.dataset.oorzaak = fout.oorzaak || "onbekend";
  inhoud.replaceChildren(el("p", {}, "Er kan nu geen uitkomst berekend worden. Kijk op de ",
    el("a", { href: siteUrl("routekaart/") }, "routekaart van je regio"), " of probeer het opnieuw."));
}

// --- the situation from the visible answers ----------------------------------------------
function getal(tekst) {
  const t = tekst.trim().replace(",", ".");
  // Anything that is not a plain number goes to Python as text: it explains what is wrong.
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : tekst.trim();
}

function situatie() {
  const s = {};
  for (const blok of form.querySelectorAll("[data-veld]:not([hidden])")) {
    if (blok.closest("fieldset.groep[hidden]")) continue;
    const naam = blok.dataset.veld;
    const veld = form.elements[naam];
    if (!veld || veld.value === "") continue;
    if (veld instanceof RadioNodeList) {
      s[naam] = veld.value === "ja" ? true : veld.value === "nee" ? false : veld.value;
    } else if (veld.classList.contains("getal")) {
      s[naam] = getal(veld.value);
    } else {
      s[naam] = veld.value;
    }
  }
  return s;
}

// --- errors, tied to their questions -----------------------------------------------------
function doelVan(naam) {
  const veld = form.querySelector(`#v-${CSS.escape(naam)}`) || form.elements[naam];
  return veld instanceof RadioNodeList ? veld[0] : veld || null;
}

function wisFouten() {
  foutlijst.hidden = true;
  foutlijst.querySelector("ul").replaceChildren();
  for (const p of form.querySelectorAll("p.fout")) { p.hidden = true; p.textContent = ""; }
  for (const v of form.querySelectorAll("[aria-invalid]")) v.removeAttribute("aria-invalid");
  for (const b of form.querySelectorAll(".veld--fout")) b.classList.remove("veld--fout");
}

function toonFouten(fouten) {
  wisFouten();
  const lijst = foutlijst.querySelector("ul");
  for (const fout of fouten) {
    const blok = form.querySelector(`[data-veld="${CSS.escape(fout.veld)}"]`);
    const doel = blok && !blok.hidden ? doelVan(fout.veld) : null;
    if (blok) {
      blok.classList.add("veld--fout");
      const p = blok.querySelector("p.fout");
      if (p) { p.hidden = false; p.replaceChildren(el("span", { class: "md-visually-hidden" }, "Fout: "), vragen.zonderVeldnamen(fout.tekst)); }
      for (const v of blok.querySelectorAll("input:not([type=hidden])")) v.setAttribute("aria-invalid", "true");
    }
    // Every line names its question by the label the form shows (the engine's text may not).
    const naam = blok ? vragen.label(fout.veld) : fout.vraag || "";
    const uitleg = vragen.zonderVeldnamen(fout.tekst);
    const tekst = naam && !uitleg.toLowerCase().startsWith(naam.toLowerCase()) ? `${naam}: ${uitleg}` : uitleg;
    const link = el("a", { href: doel ? `#${doel.id}` : "#rekenhulp-form" }, tekst);
    link.addEventListener("click", (e) => { if (doel) { e.preventDefault(); doel.focus(); } });
    lijst.append(el("li", {}, link));
  }
  foutlijst.hidden = false;
  inhoud.replaceChildren(el("p", {}, "Verbeter eerst de antwoorden die niet kloppen (zie boven het formulier)."));
  toonKort(fouten.length === 1 ? "Eén antwoord klopt niet." : `${fouten.length} antwoorden kloppen niet.`,
    "#foutsamenvatting", "Naar de fouten");
}

// --- the outcome and its one-line summary ------------------------------------------------
function toonKort(tekst, doel = "#rekenhulp-uitkomst", linkTekst = "Naar het antwoord", gezegd = tekst) {
  const link = balk.querySelector("a");
  link.href = doel;
  link.textContent = linkTekst;
  balk.querySelector(".uitkomst-balk-tekst").textContent = tekst;
  balk.dataset.gezegd = gezegd; // what a screen reader is told once the typing has paused
  balk.hidden = false;
  clearTimeout(aankondigWekker);
  aankondigWekker = setTimeout(() => {
    if (gezegd === aangekondigd) return;
    aangekondigd = gezegd;
    aankondiging.textContent = `Uitkomst: ${gezegd}`;
  }, AANKONDIG_MS);
}

// Wide screens: the answer stays beside the form while it fits the screen; a longer answer
// (the reasons unfolded) scrolls with the page, never inside a box of its own.
function pasVastAan() {
  const boven = 3.2 * parseFloat(getComputedStyle(document.documentElement).fontSize); // CSS: top 3.2rem
  uitkomst.classList.toggle("uitkomst--vast", uitkomst.offsetHeight <= innerHeight - boven - 8);
}
new ResizeObserver(pasVastAan).observe(uitkomst);
addEventListener("resize", pasVastAan);

function verbergKort() {
  balk.hidden = true;
  clearTimeout(aankondigWekker);
}

function toonUitkomst(u) {
  wisFouten();
  const open = Boolean(inhoud.querySelector("details[open]"));
  const { delen } = uitkomstDelen(u, siteUrl);
  inhoud.replaceChildren(...delen, ...versieDelen(regels && regels.regels, regels && regels.versie));
  if (open) inhoud.querySelector("details").open = true; // a new answer keeps the reasons open
  toonKort(korteRegel(u), "#rekenhulp-uitkomst", "Naar het antwoord", aankondigTekst(u));
}

function vraagPython(s, regelsTekst) {
  return python.vraag(JSON.stringify(s), regelsTekst);
}

async function bereken() {
  const s = situatie();
  const mijn = ++laatsteVraag;
  if (!s.regio) {
    wisFouten();
    verbergKort();
    inhoud.replaceChildren(el("p", {}, "Kies een regio en vul ten minste één vraag in."));
    return;
  }
  if (status.dataset.staat === "fout") return;
  if (!(regels && regels.slug === s.regio)) {
    // regioGekozen() asks again once the region's rules are in (or says why they are not).
    if (!inhoud.querySelector(".regels-fout")) inhoud.replaceChildren(el("p", {}, "De regels van de regio worden geladen."));
    return;
  }
  if (status.dataset.staat === "laden") {
    inhoud.replaceChildren(el("p", {}, "Even geduld: de rekenhulp wordt geladen."));
  }
  try {
    const antwoord = await vraagPython(s, regels ? regels.tekst : null);
    if (mijn !== laatsteVraag) return; // a newer answer is on its way
    if (antwoord.ok) toonUitkomst(antwoord.result);
    else toonFouten(antwoord.fouten);
  } catch {
    // A failed start is shown by mislukt(); a stopped worker asks for a retry there.
  }
}

function plan() {
  clearTimeout(timer);
  timer = setTimeout(bereken, DEBOUNCE_MS);
}

// --- the region and its questions --------------------------------------------------------
async function regioGekozen(regio, gemeente) {
  regels = null;
  if (regio) {
    vragen.toon(regio, null);
    try {
      const geladen = await laadRegels(ROOT, regio.slug);
      if (form.elements.regio.value !== regio.slug) return; // another region chosen meanwhile
      regels = { ...geladen, slug: regio.slug, versie: regio.versie };
    } catch {
      if (form.elements.regio.value !== regio.slug) return;
      verbergKort();
      inhoud.replaceChildren(el("p", { class: "regels-fout" },
        el("strong", {}, "Er is geen verbinding: de regels van deze regio konden niet geladen worden."),
        " Kies de regio opnieuw om het nog eens te proberen, of lees de ",
        el("a", { href: siteUrl(regio.url || "routekaart/") }, "routekaart van de regio"), "."));
      return;
    }
  }
  vragen.toon(regio, regels && regels.regels, gemeente);
  plan();
}

form.addEventListener("submit", (e) => { e.preventDefault(); bereken(); });
form.addEventListener("input", () => { vragen.toonAfhankelijk(); plan(); });
form.addEventListener("change", (e) => { if (e.target.id !== "v-regio") { vragen.toonAfhankelijk(); plan(); } });
form.addEventListener("reset", () => {
  // After the browser has reset the fields: back to the start, nothing kept anywhere.
  setTimeout(() => {
    keuzelijst.kies("", { stil: true });
    regels = null;
    vragen.toon(null, null);
    wisFouten();
    verbergKort();
    inhoud.replaceChildren(el("p", {}, "Alle antwoorden zijn gewist."));
    form.querySelector("#v-regio").focus();
  });
});

let keuzelijst = null;

// On this page the theme's skip link ("Naar inhoud", the first Tab stop) leads to the region
// chooser, the first thing to fill in.
const skip = document.querySelector("a.md-skip");
if (skip) {
  skip.href = "#v-regio";
  skip.textContent = "Naar de regiokeuze";
  skip.addEventListener("click", (e) => { e.preventDefault(); form.querySelector("#v-regio").focus(); });
}

async function begin() {
  // Start Python first: it takes seconds, the region list only milliseconds.
  start();
  try {
    regioData = await laadRegios(ROOT, await laadManifest(ROOT));
  } catch {
    zetStatus("fout", el("strong", {}, "De lijst met regio's kon niet geladen worden."),
      " Lees de stappen op de ", el("a", { href: siteUrl("routekaart/") }, "routekaart-pagina's"), ".");
    return;
  }
  keuzelijst = maakKeuzelijst({
    invoer: form.querySelector("#v-regio"), lijst: form.querySelector("#v-regio-lijst"),
    verborgen: form.elements.regio, melding: document.getElementById("v-regio-melding"),
    regios: regioData.regios, opKeuze: regioGekozen,
  });
  vragen.toon(null, null);
  // A region page may link here with ?regio=<slug>. We only read the URL, never write it.
  const voorkeur = new URLSearchParams(location.search).get("regio");
  if (voorkeur && regioData.regios.some((r) => r.slug === voorkeur)) keuzelijst.kies(voorkeur);
}

// For the tests and the benchmark: the same call the form makes, with the region's rules.
window.rekenhulp = {
  get gereed() { return python.gereed; },
  get timings() { return timings; },
  // Resolves once the snapshot for a quicker next visit is in the HTTP cache (never, if the
  // start used it already or the connection asks to save data).
  get momentopname() { return python.momentopname; },
  async classify(s) {
    let tekst = null;
    if (s.regio) tekst = await laadRegels(ROOT, s.regio).then((r) => r.tekst, () => "null");
    return vraagPython(s, tekst);
  },
};

begin();
