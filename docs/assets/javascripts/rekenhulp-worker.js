// Pyodide runs here, in a module Web Worker, so the page stays responsive while Python starts.
// The page never loads this file directly: it starts a blob: worker whose only line imports
// it, so the worker inherits the page's Content-Security-Policy (no fetch to other origins).
// Protocol (every message has a type; replies to a request carry its id):
//   worker -> page  {type: "hallo"}                        the script runs
//   page -> worker  {type: "init", pyodide, wheel, stdlib}  URLs (stdlib may be null)
//   worker -> page  {type: "voortgang", fase, bestand, bytes, open}  bytes arriving, downloads
//                   starting (open: 1) and complete (open: -1)
//   worker -> page  {type: "ready", timings} | {type: "failed", oorzaak, message}
//   page -> worker  {type: "classify", id, situatie: JSON string, regels: JSON string | null}
//   worker -> page  {type: "result", id, json: JSON string} | {type: "error", id, message}
// JSON strings cross the boundary, so no Python proxies leak into JavaScript.

let ready = null;
let netwerkFout = false;

const meld = (bericht) => self.postMessage(bericht);

// Pyodide fetches its files with the global fetch(). Counting the bytes of each response as
// they arrive gives the page real progress, and tells a network failure from other failures.
function telBytes() {
  const echt = self.fetch.bind(self);
  self.fetch = async (invoer, opties) => {
    const adres = invoer instanceof Request ? invoer.url : String(invoer);
    const bestand = new URL(adres, self.location.href).pathname.split("/").pop();
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
    meld({ type: "voortgang", fase: "downloaden", bestand, bytes: 0, open: 1 });
    const teller = new TransformStream({
      transform(stuk, uit) {
        meld({ type: "voortgang", fase: "downloaden", bestand, bytes: stuk.byteLength });
        uit.enqueue(stuk);
      },
      flush() {
        meld({ type: "voortgang", fase: "starten", bestand, bytes: 0, open: -1 });
      },
    });
    return new Response(antwoord.body.pipeThrough(teller), {
      status: antwoord.status, statusText: antwoord.statusText, headers: antwoord.headers,
    });
  };
}

async function start({ pyodide: runtimeUrl, wheel, stdlib }) {
  const t0 = performance.now();
  telBytes();
  // The two scripts Pyodide imports, fetched first so their bytes count too; the imports
  // then come from the browser's HTTP cache.
  for (const naam of ["pyodide.mjs", "pyodide.asm.mjs"]) {
    await self.fetch(new URL(naam, runtimeUrl)).then((r) => r.arrayBuffer());
  }
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtimeUrl).href);
  const opties = { indexURL: runtimeUrl, stdout: () => {}, stderr: () => {} };
  // A standard library trimmed to what the calculator imports (scripts/runtime.py).
  if (stdlib) opties.stdLibURL = stdlib;
  const pyodide = await loadPyodide(opties);
  const t1 = performance.now();
  meld({ type: "voortgang", fase: "rekenhulp" });
  await pyodide.loadPackage(wheel, { messageCallback: () => {}, errorCallback: () => {} });
  const calculator = pyodide.runPython("import calculator\ncalculator");
  // One call warms the engine (imports, first paths), so the first real answer is as fast as
  // the rest; without rules it answers with a message, which is thrown away.
  calculator.classify_response_json("{}", null);
  const t2 = performance.now();
  return { calculator, timings: { loadPyodide: t1 - t0, wheel: t2 - t1, total: t2 - t0 } };
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
