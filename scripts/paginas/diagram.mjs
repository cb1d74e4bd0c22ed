// Lays out Graphviz DOT sources as SVG with @viz-js/viz (Graphviz compiled to WebAssembly).
// One process per build: reads a JSON array of DOT strings on stdin, writes a JSON array of
// SVG strings (or {"fout": message}) on stdout. No network: the WebAssembly is in the package.
import { instance } from "@viz-js/viz";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const bronnen = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const viz = await instance();
const uit = bronnen.map((dot) => {
  const r = viz.render(dot, { format: "svg", engine: "dot" });
  if (r.status !== "success") {
    return { fout: r.errors.map((e) => e.message).join("; ") };
  }
  return r.output;
});
process.stdout.write(JSON.stringify(uit));
