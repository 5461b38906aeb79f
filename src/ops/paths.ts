/**
 * Where Sesiona's own files are, whether it runs from its TypeScript sources (this file is src/ops/paths.ts) or from
 * the build (`npm run build` bundles it into dist/sesiona.js): the manifest, the side panel, the demo agenda.
 */
import { basename, dirname, join } from 'node:path';

/** True when this code runs from the build in dist/ (what `npm start` and the `sesiona` bin run). */
export const COMPILED = basename(__dirname) === 'dist';

/** The repository's folder (where package.json is). */
export const REPO_ROOT = COMPILED ? dirname(__dirname) : join(__dirname, '..', '..');

/** Where `npm run build` writes: the server and CLI bundles, the side panel's scripts (dist/tab), the app package. */
export const DIST = join(REPO_ROOT, 'dist');
