// Pyodide runs here, in a module Web Worker, so the page stays responsive while Python starts.
// The page never loads this file directly: it starts a blob: worker whose only line imports
// it, so the worker inherits the page's Content-Security-Policy (no fetch to other origins).
// Protocol (every message has a type; replies to a request carry its id):
//   worker -> page  {type: "hallo"}                        the script runs
//   page -> worker  {type: "init", pyodide, stdlib, calculator, wheel, lock, momentopname, bewaren}
//                   URLs (calculator null: the wheel instead; momentopname null: none), the lock
//                   file information for loadPyodide, and whether the snapshot may be fetched
//                   for a next visit (false when the connection asks to save data)
//   worker -> page  {type: "voortgang", fase, bytes, open}  bytes arriving, downloads
//                   starting (open: 1) and complete (open: -1)
//   worker -> page  {type: "ready", timings} | {type: "failed", oorzaak, message}
//                   timings.start: "momentopname" (started from the snapshot), "gewoon" or
//                   "momentopname mislukt" (the cached snapshot was unusable: a usual start);
//                   timings.bewaren: the snapshot is being fetched for the next visit
//   worker -> page  {type: "bewaard"}   the snapshot is now in the HTTP cache, for the next visit
//   page -> worker  {type: "classify", id, situatie: JSON string, regels: JSON string | null}
//   worker -> page  {type: "result", id, json: JSON string} | {type: "error", id, message}
// JSON strings cross the boundary, so no Python proxies leak into JavaScript.

let ready = null;
let netwerkFout = false;
// The browser's own fetch, before telBytes() wraps it: for what is not a download the visitor
// waits for (the snapshot, from the cache or in the background).
const echteFetch = self.fetch.bind(self);

const meld = (bericht) => self.postMessage(bericht);

// Pyodide fetches its files with the global fetch(). Counting the bytes of each response as
// they arrive gives the page real progress, and tells a network failure from other failures.
// The bytes are counted on a clone: Pyodide gets the browser's own Response, with its URL,
// so the browser can keep and reuse the compiled WebAssembly (a new Response has no URL).
function telBytes() {
  const echt = self.fetch.bind(self);
  self.fetch = async (invoer, opties) => {
    let antwoord;
    try {
      antwoord = await echt(invoer, opties);
    } catch (fout) {
      netwerkFout = true;
      throw fout;
    }
    if (!antwoord.ok) netwerkFout = true;
    if (!antwoord.ok || !antwoord.body) return antwoord;
    // open: +1 when a download starts, -1 when its last byte is in (the page's stall detector).
    meld({ type: "voortgang", fase: "downloaden", bytes: 0, open: 1 });
    const lezer = antwoord.clone().body.getReader();
    (async () => {
      for (;;) {
        const { done, value } = await lezer.read();
        if (done) break;
        meld({ type: "voortgang", fase: "downloaden", bytes: value.byteLength });
      }
      meld({ type: "voortgang", fase: "starten", bytes: 0, open: -1 });
    })().catch(() => {}); // a broken download rejects for Pyodide too, and is reported there
    return antwoord;
  };
}

async function haal(adres) {
  const r = await self.fetch(adres);
  if (!r.ok) throw new Error(`${adres}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

// The memory snapshot of Python with the calculator imported (scripts/runtime.py), only if the
// browser has it in its HTTP cache already: a first visit never waits for its 4 MB. Resolves
// as soon as the cache answers: to null, or to a promise of the unpacked snapshot, so that
// unpacking runs alongside the scripts and the WebAssembly.
async function uitCache(adres) {
  if (!adres || typeof DecompressionStream !== "function") return null;
  let r;
  try {
    r = await echteFetch(adres, { cache: "only-if-cached", mode: "same-origin" });
  } catch {
    return null; // not in the cache (or a browser without only-if-cached): start as usual
  }
  if (!r.ok) return null;
  const uitpakken = (async () => {
    let data = new Uint8Array(await r.arrayBuffer());
    // Stored gzipped (scripts/runtime.py); a host that sends a .gz with Content-Encoding: gzip
    // has had it unpacked by the browser already.
    if (data[0] === 0x1f && data[1] === 0x8b) {
      const uitgepakt = new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"));
      data = new Uint8Array(await new Response(uitgepakt).arrayBuffer());
    }
    return metLegeBlokken(data);
  })();
  uitpakken.catch(() => {});
  return { uitpakken };
}

// The snapshot is stored without its empty blocks (scripts/runtime.py, zonder_lege_blokken):
// two thirds of Python's memory is zeros. Layout, little-endian uint32: "MOPN", length, block
// size, n, the n block numbers, then the n blocks. Returns the whole memory.
function metLegeBlokken(pakket) {
  const kop = new DataView(pakket.buffer, pakket.byteOffset, pakket.byteLength);
  if (String.fromCharCode(...pakket.subarray(0, 4)) !== "MOPN") throw new Error("geen momentopname");
  const lengte = kop.getUint32(4, true);
  const blok = kop.getUint32(8, true);
  const n = kop.getUint32(12, true);
  const geheugen = new Uint8Array(lengte); // zeros, like the blocks left out
  let begin = 16 + 4 * n;
  for (let k = 0; k < n; k++) {
    const nummer = kop.getUint32(16 + 4 * k, true);
    const grootte = Math.min(blok, lengte - nummer * blok); // the last block may be shorter
    geheugen.set(pakket.subarray(begin, begin + grootte), nummer * blok);
    begin += grootte;
  }
  if (begin !== pakket.length) throw new Error("momentopname onvolledig");
  return geheugen;
}

// After a usual start, fetch the snapshot into the HTTP cache for the next visit, at low
// priority (the page says not to on a connection that asks to save data). HTTP cache only.
async function bewaarVoorVolgendeKeer(adres) {
  try {
    const r = await echteFetch(adres, { priority: "low" });
    if (!r.ok || !r.body) return;
    await r.body.pipeTo(new WritableStream()); // read to the end, so the cache keeps it whole
    meld({ type: "bewaard" });
  } catch {
    // only no head start next time
  }
}

// Returns [pyodide, how it started]: "momentopname", "gewoon" (no snapshot in the cache) or
// "momentopname mislukt" (the cached one could not be used: damaged, or not this Pyodide's).
async function startPython(loadPyodide, opties, momentopname) {
  const opname = await momentopname;
  if (opname) {
    try {
      return [await loadPyodide({ ...opties, _loadSnapshot: opname.uitpakken }), "momentopname"];
    } catch {
      return [await loadPyodide(opties), "momentopname mislukt"];
    }
  }
  return [await loadPyodide(opties), "gewoon"];
}

// Every phase in ms, for the benchmark and the decisions (beslissingen/0011, 0012).
async function start({ pyodide: runtimeUrl, stdlib, calculator, wheel, lock, momentopname, bewaren }) {
  const t0 = performance.now();
  const fasen = {};
  const sinds = (t) => Math.round(performance.now() - t);
  const echtInst = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (...args) => {
    const t = performance.now();
    fasen.wasmIn = sinds(t0);
    try { return await echtInst.apply(WebAssembly, args); } finally {
      fasen.wasm = sinds(t); // compile and instantiate, streaming the download if it is not in
      fasen.wasmKlaar = sinds(t0);
    }
  };
  const opname = uitCache(momentopname).then((o) => {
    o?.uitpakken.then(() => { fasen.momentopnameKlaar = sinds(t0); }, () => {}); // read and unpacked
    return o;
  });
  telBytes();
  // The calculator in parallel with Pyodide, not after it: one step less on a slow line.
  const rekenhulp = haal(calculator || wheel);
  rekenhulp.catch(() => {});
  // The two scripts Pyodide imports, fetched first so their bytes count too; the imports
  // then come from the browser's HTTP cache.
  await Promise.all(["pyodide.mjs", "pyodide.asm.mjs"].map((naam) =>
    self.fetch(new URL(naam, runtimeUrl)).then((r) => r.arrayBuffer())));
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtimeUrl).href);
  fasen.scripts = sinds(t0);
  // Pyodide imports this 1.25 MB script inside loadPyodide; imported here first to time it
  // as a phase of its own (it shares the thread with unpacking the snapshot).
  await import(new URL("pyodide.asm.mjs", runtimeUrl).href);
  fasen.asm = sinds(t0);
  // A standard library trimmed to what the calculator imports and precompiled, and no lock
  // file of Pyodide's packages: none is ever loaded (scripts/runtime.py).
  const opties = { indexURL: runtimeUrl, stdLibURL: stdlib, stdout: () => {}, stderr: () => {} };
  if (lock) opties.lockFileContents = lock;
  const [pyodide, hoe] = await startPython(loadPyodide, opties, opname);
  fasen.interpreter = sinds(t0) - (fasen.wasmKlaar || 0);
  const t1 = performance.now();
  meld({ type: "voortgang", fase: "rekenhulp" });
  const bytes = await rekenhulp;
  fasen.wachtOpRekenhulp = sinds(t1);
  const t2 = performance.now();
  // From a snapshot too: its modules are imported, but the calculator reads a data file on
  // its first answer, and the file system is not part of the snapshot.
  if (calculator) {
    const sp = pyodide.runPython("import sys; next(p for p in sys.path if p.endswith('site-packages'))");
    pyodide.unpackArchive(bytes, "zip", { extractDir: sp });
  } else {
    pyodide.unpackArchive(bytes, "wheel");
  }
  const module = pyodide.runPython("import calculator\ncalculator");
  fasen.import = sinds(t2);
  // One call warms the engine (imports, first paths), so the first real answer is as fast as
  // the rest; without rules it answers with a message, which is thrown away.
  const t3 = performance.now();
  module.classify_response_json("{}", null);
  fasen.eersteAanroep = sinds(t3);
  const bewaar = Boolean(momentopname && bewaren && hoe === "gewoon");
  if (bewaar) bewaarVoorVolgendeKeer(momentopname);
  return { calculator: module, timings: { total: sinds(t0), start: hoe, bewaren: bewaar, fasen } };
}

function oorzaak(fout) {
  // A connection that breaks mid-file rejects with a TypeError ("network error").
  if (netwerkFout || (fout instanceof TypeError && /network|fetch/i.test(fout.message))) return "verbinding";
  if (fout instanceof WebAssembly.CompileError || fout instanceof WebAssembly.LinkError
      || fout instanceof SyntaxError) return "browser";
  return "onbekend";
}

self.addEventListener("message", async (event) => {
  const msg = event.data;
  if (msg.type === "init") {
    ready = start(msg);
    try {
      const { timings } = await ready;
      meld({ type: "ready", timings });
    } catch (fout) {
      meld({ type: "failed", oorzaak: oorzaak(fout), message: String(fout && fout.message || fout) });
    }
    return;
  }
  if (msg.type === "classify") {
    try {
      // Messages that arrive while Python starts wait here, in order.
      const { calculator } = await ready;
      const t0 = performance.now();
      // The region's rules travel with every question (contract 3); none: a Dutch message.
      const json = calculator.classify_response_json(msg.situatie, msg.regels ?? null);
      meld({ type: "result", id: msg.id, json, ms: performance.now() - t0 });
    } catch (fout) {
      meld({ type: "error", id: msg.id, message: String(fout && fout.message || fout) });
    }
  }
});

meld({ type: "hallo" });
