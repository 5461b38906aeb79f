#!/usr/bin/env node
'use strict';
// The `sesiona` command. Sources are TypeScript, run through tsx (a runtime dependency), so there is no stale build.
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 1; },
);
