/**
 * Bundles the side panel (tab/src) with esbuild into dist/tab: app.js (the live order of the day, with teams-js)
 * config.js (the configurable tab's configuration page) and upload.js (the "Cargar orden del día" dialog). `npm run build` builds it; the server builds it at
 * start when it is missing or stale (development).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, REPO_ROOT } from '../src/ops/paths';

export const TAB_ROOT = join(REPO_ROOT, 'tab');
export const TAB_DIST = join(DIST, 'tab');
const ENTRIES = { app: join(TAB_ROOT, 'src', 'main.ts'), config: join(TAB_ROOT, 'src', 'config-page.ts'), upload: join(TAB_ROOT, 'src', 'upload-dialog.ts') };

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

export function tabIsStale(): boolean {
  const outputs = Object.keys(ENTRIES).map((name) => join(TAB_DIST, `${name}.js`));
  if (!outputs.every((f) => existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return newest(join(TAB_ROOT, 'src')) > built;
}

export async function buildTab(): Promise<{ bytes: Record<string, number> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = await esbuild.build({
    entryPoints: ENTRIES,
    outdir: TAB_DIST,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    sourcemap: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const bytes: Record<string, number> = {};
  for (const [file, info] of Object.entries(result.metafile.outputs)) bytes[file.split('/').pop()!] = info.bytes;
  return { bytes };
}
