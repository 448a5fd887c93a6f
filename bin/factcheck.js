#!/usr/bin/env node
'use strict';
// The CLI entry: runs the bundled CLI (build it first with `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('factcheck: dist/cli.js is missing; run `npm run build` first\n');
  process.exit(2);
}
require(cli);
