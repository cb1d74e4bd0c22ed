// Starting Python for the Rekenhulp: the worker, its progress, and why a start failed.
//
// No fixed time limit: on a slow school network the start may take minutes, and that is
// fine while bytes arrive. It gives up only when nothing has happened for STIL_MS.

const STIL_MS = window.REKENHULP_STIL_MS || 30000;
// Once every byte is in, only the device works (compiling, starting Python): a slow phone
// under load may take long, but not minutes with nothing happening.
const REKENEN_MS = window.REKENHULP_REKEN_MS || 120000;

// Why a start failed, in words for school staff (never jargon, never a stack trace).
export const OORZAKEN = {
  verbinding: "Er is geen verbinding met de site: de rekenhulp kon zijn bestanden niet ophalen.",
  traag: "De verbinding is te traag: er kwam een halve minuut lang niets meer binnen.",
  browser: "Deze browser is te oud voor de rekenhulp. Gebruik een recente versie van Edge, "
    + "Chrome, Firefox of Safari.",
  onbekend: "De rekenhulp kon niet starten.",
};

export class StartFout extends Error {
  constructor(oorzaak, detail) {
    super(OORZAKEN[oorzaak] || OORZAKEN.onbekend);
    this.oorzaak = oorzaak in OORZAKEN ? oorzaak : "onbekend";
    this.detail = detail || "";
  }
}

// What this build holds (scripts/runtime.py): the content-addressed addresses of every file
// the Rekenhulp fetches, their sizes, where the regions are. The one file with a fixed name:
// always revalidated with the site (a 304 when nothing was published), whatever caching the
// host gives it, so a publication reaches the Rekenhulp on the next visit. Fetched once per
// page; a failed fetch is tried again on the next call ("Probeer opnieuw").
let manifestBelofte = null;
export function laadManifest(root, { opnieuw = false } = {}) {
  if (!manifestBelofte || opnieuw) {
    manifestBelofte = fetch(new URL("assets/runtime/manifest.json", root), { cache: "no-cache" }).then((r) => {
      if (!r.ok) throw new Error(`manifest.json: HTTP ${r.status}`);
      return r.json();
    });
    manifestBelofte.catch(() => { manifestBelofte = null; });
  }
  return manifestBelofte;
}

// Does this connection ask us to fetch nothing we could do without? True when the browser
// asks to save data (Save-Data) or the connection is very slow (2G). Then nothing is fetched
// ahead: no prefetch on the route pages (vooraf-laden.js), no snapshot for a next visit
// (beslissingen/0011, 0012). What a start needs is fetched all the same.
export function zuinig() {
  const verbinding = navigator.connection;
  return Boolean(verbinding && (verbinding.saveData || /(^|-)2g$/.test(verbinding.effectiveType || "")));
}

// The loading statuses in their order (the page words them).
const FASEN = ["downloaden", "starten"];

function browserKanHet() {
  return typeof Worker === "function" && typeof WebAssembly === "object"
    && typeof TransformStream === "function" && typeof Blob === "function";
}

// A worker from a blob: URL inherits the page's Content-Security-Policy, so it can fetch
// nothing the page itself could not; the real script is imported from the site.
let cspWeigert = false;
document.addEventListener("securitypolicyviolation", (e) => {
  if (String(e.blockedURI).startsWith("blob") || e.violatedDirective.startsWith("worker-src")) cspWeigert = true;
});

function maakWorker(script) {
  const code = `import ${JSON.stringify(script)};\n`;
  const adres = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  try {
    return new Worker(adres, { type: "module" });
  } finally {
    // The worker has its own reference once it is created.
    setTimeout(() => URL.revokeObjectURL(adres), 60000);
  }
}

// Starts Python once. opVoortgang({fase, bytes, totaal}) hears about every step.
// Returns {gereed: Promise<timings>, vraag(situatieJson, regelsJson): Promise<antwoord>,
// momentopname: Promise (resolves once the snapshot is cached for the next visit), stop()}.
export function startPython({ root, opVoortgang, opnieuw = false }) {
  let worker = null;
  let volgnummer = 0;
  const wachtend = new Map();
  let stilWekker = null;
  let klaar, mislukt;
  const gereed = new Promise((resolve, reject) => { klaar = resolve; mislukt = reject; });
  gereed.catch(() => {});
  let afgelopen = false;
  // Resolves when the worker has put the snapshot in the HTTP cache for the next visit.
  let bewaard;
  const momentopname = new Promise((resolve) => { bewaard = resolve; });

  function stop(fout) {
    if (afgelopen) return;
    afgelopen = true;
    clearInterval(stilWekker);
    if (worker) worker.terminate();
    worker = null;
    for (const { reject } of wachtend.values()) reject(fout);
    wachtend.clear();
    if (fout) mislukt(fout);
  }

  async function begin() {
    if (!browserKanHet()) throw new StartFout("browser");
    const runtime = new URL("assets/runtime/", root);
    let manifest;
    try {
      manifest = await laadManifest(root, { opnieuw }); // a retry reads it anew
    } catch (fout) {
      throw new StartFout("verbinding", String(fout.message || fout));
    }
    const totaal = Object.values(manifest.bestanden || {}).reduce((a, b) => a + b, 0);
    let bytes = 0;
    let laatste = performance.now();
    let hallo = false;
    // One status at a time and never back: downloading (until every byte is in), starting.
    let fase = "downloaden";
    const volgende = (nieuw) => {
      if (FASEN.indexOf(nieuw) > FASEN.indexOf(fase)) fase = nieuw;
      return fase;
    };
    opVoortgang({ fase, bytes, totaal });
    // The stall detector: any message from the worker is a sign of life.
    let open = 0;
    let binnen = false; // a download has finished and none is open: the device is working
    stilWekker = setInterval(() => {
      const stil = performance.now() - laatste;
      if (!binnen && stil > STIL_MS) stop(new StartFout("traag", `${STIL_MS / 1000} s niets binnengekomen`));
      if (binnen && stil > REKENEN_MS) stop(new StartFout("onbekend", `Python startte niet binnen ${REKENEN_MS / 1000} s`));
    }, 1000);

    // Content-addressed like the rest (an older build's manifest may not name it).
    const script = new URL(manifest.worker || "assets/javascripts/rekenhulp-worker.js",
      manifest.worker ? runtime : root).href;
    try {
      worker = maakWorker(script);
    } catch (fout) {
      throw new StartFout("browser", String(fout.message || fout));
    }
    worker.addEventListener("error", async (e) => {
      e.preventDefault();
      if (hallo) return stop(new StartFout("onbekend", e.message));
      // A site whose policy forbids blob: workers is a mistake of the site, not of the browser.
      await new Promise((r) => setTimeout(r, 50));
      if (cspWeigert) return stop(new StartFout("onbekend", "de Content-Security-Policy van de site staat de worker niet toe (worker-src blob:)"));
      // The worker did not even start: is the site unreachable, or is the browser too old?
      const bereikbaar = await fetch(script, { method: "HEAD" }).then((r) => r.ok, () => false);
      stop(new StartFout(bereikbaar ? "browser" : "verbinding", e.message || "de worker start niet"));
    });
    worker.addEventListener("message", (event) => {
      const msg = event.data;
      laatste = performance.now();
      if (msg.type === "hallo") {
        hallo = true;
        const adres = (pad) => (pad ? new URL(pad, runtime).href : null);
        worker.postMessage({
          type: "init", pyodide: adres(manifest.pyodide), stdlib: adres(manifest.stdlib),
          calculator: adres(manifest.calculator), wheel: adres(manifest.wheel), lock: manifest.lock || null,
          momentopname: adres(manifest.momentopname), bewaren: !zuinig(),
        });
      } else if (msg.type === "voortgang") {
        bytes += msg.bytes || 0;
        open += msg.open || 0;
        binnen = open === 0 && msg.open === -1 ? true : open === 0 && binnen;
        const allesBinnen = binnen && (!totaal || bytes >= totaal);
        opVoortgang({ fase: volgende(allesBinnen || msg.fase === "rekenhulp" ? "starten" : "downloaden"), bytes, totaal });
      } else if (msg.type === "ready") {
        clearInterval(stilWekker);
        klaar(msg.timings);
      } else if (msg.type === "bewaard") {
        bewaard(true);
      } else if (msg.type === "failed") {
        stop(new StartFout(msg.oorzaak, msg.message));
      } else if (msg.id !== undefined && wachtend.has(msg.id)) {
        const { resolve, reject } = wachtend.get(msg.id);
        wachtend.delete(msg.id);
        if (msg.type === "result") resolve(JSON.parse(msg.json));
        else reject(new Error(msg.message));
      }
    });
  }

  begin().catch((fout) => stop(fout instanceof StartFout ? fout : new StartFout("onbekend", String(fout))));

  function vraag(situatieJson, regelsJson) {
    return gereed.then(() => new Promise((resolve, reject) => {
      if (!worker) return reject(new Error("de rekenhulp is gestopt"));
      const id = ++volgnummer;
      wachtend.set(id, { resolve, reject });
      worker.postMessage({ type: "classify", id, situatie: situatieJson, regels: regelsJson });
    }));
  }

  return { gereed, vraag, momentopname, stop: () => stop(new StartFout("onbekend", "gestopt")) };
}
