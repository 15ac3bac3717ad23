/**
 * The real-code bench's floor for a static pass on TypeScript's parser (bench/real.ts): reads
 * each file named on the command line and parses it with TypeScript's `createSourceFile`, as
 * Touchpoint does, and nothing else. Prints the number of files parsed.
 */
'use strict';
const { readFileSync } = require('node:fs');
const ts = require('typescript');

const files = process.argv.slice(2);
for (const file of files) {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.JSX;
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, kind);
}
process.stdout.write(`${files.length}\n`);
