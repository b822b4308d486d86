// Typeset TeX with the pinned KaTeX, for the build: one JSON request per line on stdin,
// {"tex": "...", "display": true|false}; one JSON answer per line on stdout, {"html": "..."}
// or {"error": "..."}. One process serves a whole build (site_tools/katex_render.py).
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const require = createRequire(import.meta.url);
const katex = require("../node_modules/katex/dist/katex.js");

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  const { tex, display } = JSON.parse(line);
  let answer;
  try {
    answer = { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "error" }) };
  } catch (error) {
    answer = { error: String(error.message || error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
