#!/usr/bin/env node
// The `peacegraph` bin (package.json "bin"): runs the compiled CLI, so the
// command works the same through npx, npm link or node bin/peacegraph.js.
// It stays plain JavaScript because it must run before anything is built.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'src', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error(`peacegraph: the compiled CLI (dist/src/cli.js) is missing: run \`npm run build\` in ${root} first.`);
  process.exit(1);
}
require(cli).main(process.argv.slice(2));
