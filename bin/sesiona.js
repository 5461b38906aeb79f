#!/usr/bin/env node
'use strict';
// The `sesiona` command. It runs the build in dist/ (`npm run build`, run by `npm install`/`npm ci`); with
// SESIONA_FROM_SOURCES=1 it runs the TypeScript sources through tsx instead (development: no build needed).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// Node 22.1+ keeps the compiled code of the modules it loads on disk: every start after the first is faster.
require('node:module').enableCompileCache?.();

const built = join(__dirname, '..', 'dist', 'sesiona.js');
function load() {
  if (process.env.SESIONA_FROM_SOURCES !== '1' && existsSync(built)) return require(built);
  try {
    require.resolve('tsx/cjs');
  } catch {
    console.error('sesiona: dist/sesiona.js is missing: run `npm run build` (npm install runs it).');
    process.exit(1);
  }
  require('tsx/cjs');
  return require('../src/cli/main.ts');
}

load().main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 1; },
);
