/**
 * `npm run build` (also run by `npm install`/`npm ci` through `prepare`): compiles Sesiona to dist/ with esbuild, so
 * that `npm start` and the `sesiona` command run plain JavaScript instead of compiling TypeScript at every start.
 *
 * - dist/sesiona.js: the command line and the server (src/cli/main.ts and everything it loads), one file;
 *   packages in node_modules stay outside it and are loaded from there.
 * - dist/agenda-worker.js: the worker thread that reads an agenda document (src/agenda-import/agenda-worker.ts),
 *   where import-in-worker.ts looks for it (beside the code that starts it).
 * - dist/tab/: the side panel's scripts (tab/build.ts).
 *
 * Each file is written beside its final name and renamed over it, so a server or a test that starts meanwhile reads
 * either the old build or the new one, never half of one. Type checking stays `npm run typecheck` (tsc --noEmit).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildTab } from '../../tab/build';
import { DIST, REPO_ROOT } from './paths';

const ENTRIES = {
  sesiona: join(REPO_ROOT, 'src', 'cli', 'main.ts'),
  'agenda-worker': join(REPO_ROOT, 'src', 'agenda-import', 'agenda-worker.ts'),
};

/** The Node versions Sesiona supports (package.json `engines`): the oldest one is what the bundle may use. */
const TARGET = 'node20';

export async function buildSesiona(): Promise<{ files: Record<string, number> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = await esbuild.build({
    entryPoints: ENTRIES,
    outdir: DIST,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  const files: Record<string, number> = {};
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    files[relative(REPO_ROOT, file.path)] = file.contents.length;
  }
  const tab = await buildTab();
  for (const [name, bytes] of Object.entries(tab.bytes)) files[join('dist', 'tab', name)] = bytes;
  return { files };
}

if (require.main === module) {
  const started = Date.now();
  buildSesiona().then(({ files }) => {
    const list = Object.entries(files).filter(([name]) => !name.endsWith('.map')).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KB`);
    console.log(`sesiona built in ${Date.now() - started} ms: ${list.join(', ')}`);
  }, (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
