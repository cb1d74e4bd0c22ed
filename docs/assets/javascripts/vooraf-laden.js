// While a mentor reads the home page or a region's routekaart, fetch what the Rekenhulp needs
// into the browser's HTTP cache, so it is ready sooner when opened next (beslissingen/0011).
// Only when the browser is idle, never on a connection that asks to save data, only files of
// this site, and nothing but the HTTP cache (no Cache Storage, IndexedDB or service worker).

// This file lives in assets/javascripts/, two folders below the site root.
const ROOT = new URL("../../", import.meta.url);

function zuinig() {
  const verbinding = navigator.connection;
  return Boolean(verbinding && verbinding.saveData);
}

function voorafHalen(adres) {
  if (adres.origin !== location.origin) return; // never another site, whatever a manifest says
  const link = document.createElement("link");
  link.rel = "prefetch";
  link.href = adres.href;
  document.head.append(link);
}

// What happened, readable in the page (tests): "klaar", "overgeslagen" or "mislukt".
const meld = (stand) => { document.documentElement.dataset.vooraf = stand; };

async function haalVooraf() {
  if (zuinig()) return meld("overgeslagen");
  const r = await fetch(new URL("assets/runtime/manifest.json", ROOT), { cache: "no-cache" });
  if (!r.ok) return meld("mislukt");
  const manifest = await r.json();
  const runtime = new URL("assets/runtime/", ROOT);
  const paden = [...Object.keys(manifest.bestanden || {}), manifest.worker].filter(Boolean);
  for (const pad of paden) voorafHalen(new URL(pad, runtime));
  if (manifest.regios) voorafHalen(new URL(manifest.regios, ROOT));
  return meld("klaar");
}

function wanneerRustig(taak) {
  const na = () => (window.requestIdleCallback ? requestIdleCallback(taak, { timeout: 5000 }) : setTimeout(taak, 1000));
  if (document.readyState === "complete") na();
  else addEventListener("load", na, { once: true });
}

wanneerRustig(() => haalVooraf().catch(() => meld("mislukt"))); // only no head start
