// Rekenhulp: the form on the page, Python (calculator) in a Web Worker.
// Answers stay in this page: never stored, never put in the URL, never sent anywhere.
(() => {
  "use strict";

  // This file lives in assets/javascripts/, two folders below the site root.
  const ROOT = new URL("../../", document.currentScript.src);
  // loadPyodide() can hang forever (for example under a CSP without 'wasm-unsafe-eval').
  const START_TIMEOUT_MS = window.REKENHULP_TIMEOUT_MS || 45000;
  const DEBOUNCE_MS = 150;

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
    regio: "Afspraak in de routekaart van de regio (niet wettelijk verplicht)",
    advies: "Landelijk advies; hier (nog) geen wettelijke plicht (zie Waarom)",
  };

  const form = document.getElementById("rekenhulp-form");
  if (!form) return;
  const status = document.getElementById("rekenhulp-status");
  const inhoud = document.getElementById("uitkomst-inhoud");
  const samenvatting = document.getElementById("foutsamenvatting");
  const regioKeuze = form.elements.regio;
  const gemeenteKeuze = form.elements.gemeente;

  let regios = [];
  let worker = null;
  let volgnummer = 0;
  let laatsteVraag = 0;
  let timer = null;
  const wachtend = new Map();
  let klaar, mislukt;
  const gereed = new Promise((resolve, reject) => { klaar = resolve; mislukt = reject; });
  gereed.catch(() => {});

  // --- small DOM helper: text only, never HTML from data ---------------------------------
  function el(tag, attrs = {}, ...kinderen) {
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
  const siteUrl = (pad) => (pad ? new URL(pad, ROOT).href : null);

  function zetStatus(staat, tekst) {
    status.dataset.staat = staat;
    status.textContent = tekst;
  }

  // --- the worker --------------------------------------------------------------------------
  async function startPython() {
    const manifest = await fetch(new URL("assets/runtime/manifest.json", ROOT)).then((r) => {
      if (!r.ok) throw new Error(`manifest.json: HTTP ${r.status}`);
      return r.json();
    });
    const runtime = new URL("assets/runtime/", ROOT);
    worker = new Worker(new URL("assets/javascripts/rekenhulp-worker.js", ROOT), { type: "module" });
    const gestart = new Promise((resolve, reject) => {
      worker.addEventListener("error", (e) => reject(new Error(e.message || "de worker start niet")));
      worker.addEventListener("message", (event) => {
        const msg = event.data;
        if (msg.type === "ready") resolve(msg.timings);
        else if (msg.type === "failed") reject(new Error(msg.message));
        else if (msg.id !== undefined && wachtend.has(msg.id)) {
          const { resolve: ok, reject: nok } = wachtend.get(msg.id);
          wachtend.delete(msg.id);
          if (msg.type === "result") ok(JSON.parse(msg.json));
          else nok(new Error(msg.message));
        }
      });
    });
    worker.postMessage({
      type: "init",
      pyodide: new URL(manifest.pyodide, runtime).href,
      wheel: new URL(manifest.wheel, runtime).href,
    });
    let wekker;
    const teLaat = new Promise((_, reject) => {
      wekker = setTimeout(() => reject(new Error(`Python startte niet binnen ${START_TIMEOUT_MS / 1000} seconden`)), START_TIMEOUT_MS);
    });
    try {
      return await Promise.race([gestart, teLaat]);
    } finally {
      clearTimeout(wekker);
    }
  }

  function vraagPython(situatie) {
    return gereed.then(() => new Promise((resolve, reject) => {
      const id = ++volgnummer;
      wachtend.set(id, { resolve, reject });
      worker.postMessage({ type: "classify", id, situatie: JSON.stringify(situatie) });
    }));
  }

  function pythonMislukt(fout) {
    if (worker) worker.terminate();
    worker = null;
    for (const { reject } of wachtend.values()) reject(fout);
    wachtend.clear();
    zetStatus("fout", "");
    status.append(
      el("strong", {}, "De rekenhulp kan in deze browser niet starten. "),
      `(${fout.message}.) Probeer het later opnieuw of in een recente versie van Edge, Chrome, `
      + "Firefox of Safari. De stappen van elke regio kun je wel lezen op de ",
      el("a", { href: siteUrl("routekaart/") }, "routekaart-pagina's"), ".",
    );
    inhoud.replaceChildren(el("p", {}, "Er kan geen uitkomst berekend worden. Kijk op de ",
      el("a", { href: siteUrl("routekaart/") }, "routekaart van je regio"), "."));
  }

  // --- which questions matter for the chosen region ------------------------------------
  function gekozenRegio() {
    return regios.find((r) => r.slug === regioKeuze.value) || null;
  }

  function waarde(naam) {
    const veld = form.elements[naam];
    return veld ? veld.value : "";
  }

  function toonVelden() {
    const regio = gekozenRegio();
    const velden = new Set(regio ? regio.velden : []);
    if (regio && regio.gemeenten.length) velden.add("gemeente");
    if (regio && regio.sectoren.length > 1) velden.add("onderwijs");
    velden.add("regio");
    for (const blok of form.querySelectorAll("[data-veld]")) {
      let zichtbaar = regio ? velden.has(blok.dataset.veld) : blok.dataset.veld === "regio";
      const voorwaarde = blok.dataset.alleenAls;
      if (zichtbaar && voorwaarde) {
        const [naam, moet] = voorwaarde.split("=");
        zichtbaar = waarde(naam) === moet;
      }
      blok.hidden = !zichtbaar;
    }
    for (const groep of form.querySelectorAll("fieldset.groep")) {
      groep.hidden = !groep.querySelector("[data-veld]:not([hidden])");
    }
  }

  function vulGemeenten() {
    const regio = gekozenRegio();
    const gekozen = gemeenteKeuze.value;
    gemeenteKeuze.replaceChildren(el("option", { value: "" }, "Weet ik niet / kies een gemeente"),
      ...(regio ? regio.gemeenten : []).map((g) => el("option", { value: g.id }, g.naam)));
    gemeenteKeuze.value = regio && regio.gemeenten.some((g) => g.id === gekozen) ? gekozen : "";
  }

  // --- the situation from the visible answers ------------------------------------------
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

  // --- showing errors, tied to their fields ----------------------------------------------
  function label(naam) {
    const blok = form.querySelector(`[data-veld="${naam}"]`);
    const l = blok && blok.querySelector("label[for], legend");
    return l ? l.textContent.trim() : naam;
  }

  function doelVan(naam) {
    const veld = form.elements[naam];
    if (!veld) return null;
    return veld instanceof RadioNodeList ? veld[0] : veld;
  }

  function wisFouten() {
    samenvatting.hidden = true;
    samenvatting.querySelector("ul").replaceChildren();
    for (const p of form.querySelectorAll("p.fout")) { p.hidden = true; p.textContent = ""; }
    for (const v of form.querySelectorAll("[aria-invalid]")) v.removeAttribute("aria-invalid");
    for (const b of form.querySelectorAll(".veld--fout")) b.classList.remove("veld--fout");
  }

  function toonFouten(fouten) {
    wisFouten();
    const lijst = samenvatting.querySelector("ul");
    for (const { veld, tekst } of fouten) {
      const blok = form.querySelector(`[data-veld="${veld}"]`);
      const doel = doelVan(veld);
      if (blok) {
        blok.classList.add("veld--fout");
        const p = blok.querySelector("p.fout");
        p.hidden = false;
        p.replaceChildren(el("span", { class: "md-visually-hidden" }, "Fout: "), tekst);
      }
      if (doel) {
        for (const v of (form.elements[veld] instanceof RadioNodeList ? form.elements[veld] : [doel])) {
          v.setAttribute("aria-invalid", "true");
        }
      }
      const link = el("a", { href: doel ? `#${doel.id}` : "#rekenhulp-form" }, `${label(veld)}: ${tekst}`);
      link.addEventListener("click", (e) => { if (doel) { e.preventDefault(); doel.focus(); } });
      lijst.append(el("li", {}, link));
    }
    samenvatting.hidden = false;
    inhoud.replaceChildren(el("p", {}, "Verbeter eerst de antwoorden die niet kloppen (zie boven het formulier)."));
  }

  // --- showing the result ------------------------------------------------------------
  function bronTekst(item) {
    const bron = el("span", { class: "bron" }, "Bron: ");
    bron.append(item.url ? el("a", { href: siteUrl(item.url) }, item.bron) : item.bron);
    return bron;
  }

  function toonUitkomst(u) {
    wisFouten();
    const delen = [];
    delen.push(el("h3", {}, "Soort verzuim"));
    delen.push(u.soorten.length
      ? el("ul", { class: "soorten" }, u.soorten.map((s) => el("li", { "data-soort": s }, SOORTEN[s] || s)))
      : el("p", {}, "Met deze antwoorden is er geen verzuim vastgesteld."));

    delen.push(el("h3", {}, "Melden"));
    delen.push(u.melden.length
      ? el("ul", { class: "melden" }, u.melden.map((m) => el("li", { "data-bij": m.bij, "data-grondslag": m.grondslag },
        el("strong", {}, `Bij ${m.bij_naam}`), `: ${m.wat}`, m.termijn ? ` (termijn: ${m.termijn})` : "",
        el("br"), el("span", { class: `grondslag grondslag--${m.grondslag}` }, GRONDSLAG[m.grondslag] || m.grondslag),
        el("br"), bronTekst(m))))
      : el("p", {}, "Er hoeft nu niets gemeld te worden."));

    delen.push(el("h3", {}, "Wat nu: stappen uit de routekaart"));
    delen.push(u.stappen.length
      ? el("ol", { class: "stappen" }, u.stappen.map((s) => el("li", { "data-stap": s.id },
        el("a", { href: siteUrl(s.url) }, `Stap ${s.id}: ${s.titel}`), ` (${s.route_titel})`,
        s.partijen.length ? el("p", {}, el("strong", {}, "Wie: "), s.partijen.join(", ")) : null,
        s.acties.length ? el("ul", {}, s.acties.map((a) => el("li", {}, a))) : null,
        s.termijnen.length ? el("p", {}, el("strong", {}, "Termijn: "), s.termijnen.join("; ")) : null)))
      : el("p", {}, "Geen stap van de routekaart van deze regio is nu aan de beurt."));

    delen.push(el("h3", {}, "Waarom"));
    delen.push(el("ul", { class: "uitleg" }, u.uitleg.map((x) => el("li", { "data-regel": x.regel },
      x.tekst, " ", bronTekst(x)))));
    inhoud.replaceChildren(...delen);
  }

  async function bereken() {
    const s = situatie();
    if (!s.regio) {
      laatsteVraag++;
      wisFouten();
      inhoud.replaceChildren(el("p", {}, "Kies een regio en vul ten minste één vraag in."));
      return;
    }
    const mijn = ++laatsteVraag;
    if (!worker && status.dataset.staat === "fout") return;
    if (status.dataset.staat === "laden") {
      inhoud.replaceChildren(el("p", {}, "Even geduld: de rekenhulp wordt geladen."));
    }
    try {
      const antwoord = await vraagPython(s);
      if (mijn !== laatsteVraag) return; // a newer answer is on its way
      if (antwoord.ok) toonUitkomst(antwoord.result);
      else toonFouten(antwoord.fouten);
    } catch (fout) {
      if (status.dataset.staat !== "fout") pythonMislukt(fout);
    }
  }

  function plan() {
    clearTimeout(timer);
    timer = setTimeout(bereken, DEBOUNCE_MS);
  }

  // --- wiring ----------------------------------------------------------------------------
  for (const radio of form.querySelectorAll("input[type=radio]")) {
    radio.id = `v-${radio.name}-${radio.value}`;
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); bereken(); });
  form.addEventListener("input", () => { toonVelden(); plan(); });
  form.addEventListener("change", (e) => {
    if (e.target === regioKeuze) vulGemeenten();
    toonVelden();
    plan();
  });
  form.addEventListener("reset", () => {
    // After the browser has reset the fields: back to the start, nothing kept anywhere.
    setTimeout(() => {
      vulGemeenten();
      toonVelden();
      wisFouten();
      inhoud.replaceChildren(el("p", {}, "Alle antwoorden zijn gewist."));
      regioKeuze.focus();
    });
  });

  async function begin() {
    // Start Python first: it takes seconds, the region list only milliseconds.
    const t0 = performance.now();
    startPython().then((timings) => {
      window.rekenhulp.timings = { ...timings, ready: performance.now() - t0 };
      zetStatus("klaar", "De rekenhulp is klaar. De uitkomst verandert mee met je antwoorden.");
      klaar();
    }).catch((fout) => {
      mislukt(fout);
      pythonMislukt(fout);
    });
    try {
      const data = await fetch(new URL("routekaart/rekenhulp.json", ROOT)).then((r) => r.json());
      regios = data.regios;
    } catch (fout) {
      pythonMislukt(new Error("de lijst met regio's kon niet geladen worden"));
      return;
    }
    regioKeuze.append(...regios.map((r) => el("option", { value: r.slug }, r.naam)));
    // A region page may link here with ?regio=<slug>. We only read the URL, never write it.
    const voorkeur = new URLSearchParams(location.search).get("regio");
    if (voorkeur && regios.some((r) => r.slug === voorkeur)) regioKeuze.value = voorkeur;
    vulGemeenten();
    toonVelden();
    if (regioKeuze.value) plan();
  }

  // For the tests and the benchmark: the same call the form makes.
  window.rekenhulp = {
    gereed,
    classify: (s) => vraagPython(s),
    timings: null,
  };

  begin();
})();
