// Pyodide runs here, in a module Web Worker, so the page stays responsive while Python starts.
// Protocol (every message has a type; replies to a request carry its id):
//   page -> worker  {type: "init", pyodide: URL of the runtime folder, wheel: URL of our wheel}
//   worker -> page  {type: "ready", timings} | {type: "failed", message}
//   page -> worker  {type: "classify", id, situatie: JSON string}
//   worker -> page  {type: "result", id, json: JSON string} | {type: "error", id, message}
// JSON strings cross the boundary, so no Python proxies leak into JavaScript.

let ready = null;

async function start({ pyodide: runtimeUrl, wheel }) {
  const t0 = performance.now();
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtimeUrl).href);
  const pyodide = await loadPyodide({ indexURL: runtimeUrl, stdout: () => {}, stderr: () => {} });
  const t1 = performance.now();
  await pyodide.loadPackage(wheel, { messageCallback: () => {}, errorCallback: () => {} });
  const calculator = pyodide.pyimport("calculator");
  // One call warms the rules cache, so the first real answer is as fast as the rest.
  calculator.regios_json();
  const t2 = performance.now();
  return { calculator, timings: { loadPyodide: t1 - t0, wheel: t2 - t1, total: t2 - t0 } };
}

self.addEventListener("message", async (event) => {
  const msg = event.data;
  if (msg.type === "init") {
    ready = start(msg);
    try {
      const { timings } = await ready;
      self.postMessage({ type: "ready", timings });
    } catch (error) {
      self.postMessage({ type: "failed", message: String(error && error.message || error) });
    }
    return;
  }
  if (msg.type === "classify") {
    try {
      // Messages that arrive while Python starts wait here, in order.
      const { calculator } = await ready;
      const t0 = performance.now();
      const json = calculator.classify_response_json(msg.situatie);
      self.postMessage({ type: "result", id: msg.id, json, ms: performance.now() - t0 });
    } catch (error) {
      self.postMessage({ type: "error", id: msg.id, message: String(error && error.message || error) });
    }
  }
});
