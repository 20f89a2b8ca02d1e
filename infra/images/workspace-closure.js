// Prints the directories of a workspace package and of every workspace package it depends on
// (transitively), one a line: what an image of that package must carry besides node_modules.
//   node workspace-closure.js @mentorship/school   (run from the repository root)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dirs = ['packages', 'services']
  .flatMap((d) => fs.readdirSync(d).map((n) => path.join(d, n)))
  .filter((d) => fs.existsSync(path.join(d, 'package.json')));
const byName = new Map(dirs.map((d) => [JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')).name, d]));
const seen = new Set();
const visit = (name) => {
  const dir = byName.get(name);
  if (!dir) throw new Error(`${name} is not a workspace package`);
  if (seen.has(dir)) return;
  seen.add(dir);
  const { dependencies = {} } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  for (const [dep, range] of Object.entries(dependencies)) if (String(range).startsWith('workspace:')) visit(dep);
};
visit(process.argv[2]);
console.log([...seen].sort().join('\n'));
