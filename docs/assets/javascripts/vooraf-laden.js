// While a mentor reads the home page or a region's routekaart, fetch what the Rekenhulp needs
// into the browser's HTTP cache, so it is ready sooner when opened next (beslissingen/0011).
// Only when the browser is idle, never on a connection that asks to save data, only files of
// this site, and nothing but the HTTP cache (no Cache Storage, IndexedDB or service worker).

// The same test the Rekenhulp makes (and its script is then in the cache too).
import { zuinig } from "./rekenhulp-python.js";

// This file lives in assets/javascripts/, two folders below the site root.
const ROOT = new URL("../../", import.meta.url);

// Resolves when the file is in (or could not be fetched: then there is nothing to wait for).
function voorafHalen(adres) {
  if (adres.origin !== location.origin) return Promise.resolve(); // never another site, whatever a manifest says
  const link = document.createElement("link");
  link.rel = "prefetch";
  link.href = adres.href;
  const binnen = new Promise((klaar) => { link.onload = klaar; link.onerror = klaar; });
  document.head.append(link);
  return binnen;
}

// What happened, readable in the page (tests): "klaar" (the start's files asked for),
// "momentopname" (the snapshot too, after them), "overgeslagen" or "mislukt".
const meld = (stand) => { document.documentElement.dataset.vooraf = stand; };

async function haalVooraf() {
  if (zuinig()) return meld("overgeslagen");
  const r = await fetch(new URL("assets/runtime/manifest.json", ROOT), { cache: "no-cache" });
  if (!r.ok) return meld("mislukt");
  const manifest = await r.json();
  const runtime = new URL("assets/runtime/", ROOT);
  const paden = [...Object.keys(manifest.bestanden || {}), manifest.worker].filter(Boolean);
  const nodig = paden.map((pad) => voorafHalen(new URL(pad, runtime)));
  if (manifest.regios) nodig.push(voorafHalen(new URL(manifest.regios, ROOT)));
  meld("klaar");
  // The snapshot of a started Python (4 MB) only once what a first start needs is in: on a
  // slow line it must not take bandwidth from those files.
  if (manifest.momentopname) {
    await Promise.all(nodig);
    await voorafHalen(new URL(manifest.momentopname, runtime));
    meld("momentopname");
  }
}

function wanneerRustig(taak) {
  const na = () => (window.requestIdleCallback ? requestIdleCallback(taak, { timeout: 5000 }) : setTimeout(taak, 1000));
  if (document.readyState === "complete") na();
  else addEventListener("load", na, { once: true });
}

wanneerRustig(() => haalVooraf().catch(() => meld("mislukt"))); // only no head start
