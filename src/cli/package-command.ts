/**
 * `sesiona package` (also `npm run package`): builds the Teams app package (zip) for this deployment, after checking
 * it offline against Microsoft's schemas and Teams' icon rules. On any problem nothing is written and every problem
 * is printed with its place, what is wrong and what to do (Spanish and English); the exit code is 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildPackage, MANIFEST_DIR } from '../package/build-package';
import { formatProblems, type PackageProblem, problem } from '../package/package-problem';
import { type PackageSettings, resolvePackageSettings, SETTING_NAMES } from '../package/package-settings';
import type { Subcommand } from './main';

const REPO_ROOT = join(MANIFEST_DIR, '..');
export const DEFAULT_OUT = join(REPO_ROOT, 'dist', 'sesiona-teams-app.zip');

const USAGE = `Usage: sesiona package [--app-id GUID] [--host HOST] [--version X.Y.Z] [--config FILE] [--out FILE]

Builds the Teams app package (manifest.json, icons, language files) into ${relative(process.cwd(), DEFAULT_OUT) || DEFAULT_OUT},
after validating it offline against the vendored Teams schema v1.30 and the icon rules.
Values (flags first, then the --config JSON file, then environment variables):
  --app-id    ${SETTING_NAMES.appId}        Entra app (client) id = Teams app id = bot id = SSO client id
  --host      ${SETTING_NAMES.host}    public HTTPS host, e.g. sesiona.example.org (no https://)
  --version   ${SETTING_NAMES.version}    package version (default: package.json's); raise it for each upload
              ${SETTING_NAMES.websiteUrl}, ${SETTING_NAMES.privacyUrl}, ${SETTING_NAMES.termsUrl}: developer links
  --config    JSON file with those names as keys, e.g. {"MicrosoftAppId": "…", "SESIONA_PUBLIC_HOST": "…"}
  --out       where to write the zip
  --manifest-dir  a customised copy of the manifest/ folder (template, icons, languages, schema)`;

const FLAGS: Record<string, keyof PackageSettings | 'config' | 'out' | 'manifestDir'> = {
  '--app-id': 'appId',
  '--host': 'host',
  '--version': 'version',
  '--config': 'config',
  '--out': 'out',
  '--manifest-dir': 'manifestDir',
};

export type PackageCommandIo = {
  env: Record<string, string | undefined>;
  print: (line: string) => void;
  printError: (line: string) => void;
};

export async function runPackageCommand(args: string[], io: PackageCommandIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.print(USAGE);
    return 0;
  }
  const given: Partial<Record<(typeof FLAGS)[string], string>> = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const key = FLAGS[flag];
    const value = inline ?? args[i + 1];
    if (!key || value === undefined || (inline === undefined && value.startsWith('--'))) {
      io.printError(formatProblems([problem(`sesiona package ${args[i]}`,
        key ? `falta el valor de ${flag}.` : `opción desconocida. Opciones: ${Object.keys(FLAGS).join(', ')}.`,
        key ? `${flag} needs a value.` : `unknown option. Options: ${Object.keys(FLAGS).join(', ')}.`)]));
      io.printError(`\n${USAGE}`);
      return 1;
    }
    given[key] = value;
    if (inline === undefined) i++;
  }

  let file: Record<string, unknown> | null = null;
  if (given.config) {
    const loaded = readConfigFile(given.config);
    if (!loaded.ok) {
      io.printError(formatProblems([loaded.problem]));
      return 1;
    }
    file = loaded.value;
  }

  const manifestDir = given.manifestDir ? resolve(given.manifestDir) : MANIFEST_DIR;
  const resolved = resolvePackageSettings({
    env: io.env,
    flags: { appId: given.appId, host: given.host, version: given.version },
    file,
    defaultVersion: packageJsonVersion(),
  });
  if (!resolved.ok) {
    io.printError(`Sesiona: no se generó el paquete / the package was not built:\n${formatProblems(resolved.problems)}`);
    return 1;
  }
  const built = await buildPackage(resolved.settings, manifestDir);
  if (!built.ok) {
    io.printError(`Sesiona: no se generó el paquete / the package was not built:\n${formatProblems(built.problems)}`);
    return 1;
  }
  const out = given.out ? resolve(given.out) : DEFAULT_OUT;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, built.zip);
  const s = resolved.settings;
  io.print([
    `✓ ${out} (${built.zip.length} bytes): ${built.entries.join(', ')}`,
    `  app ${s.appId} · https://${s.host} · v${s.version} · Teams manifest schema v1.30 (validado sin red / validated offline)`,
    '  es: súbelo en Teams → Aplicaciones → Administrar tus aplicaciones → Cargar una aplicación (o en el centro de administración de Teams).',
    '  en: upload it in Teams → Apps → Manage your apps → Upload an app (or in the Teams admin center).',
  ].join('\n'));
  if (resolved.warnings.length) io.print(formatProblems(resolved.warnings).replace(/^✗/gm, '⚠'));
  return 0;
}

function readConfigFile(path: string): { ok: true; value: Record<string, unknown> } | { ok: false; problem: PackageProblem } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, problem: problem(path, `no se puede leer (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Qué hacer: revisa la ruta de --config.`, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). What to do: check the --config path.`) };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    const known = new Set<string>(Object.values(SETTING_NAMES));
    const unknown = Object.keys(value).filter((k) => !known.has(k));
    if (unknown.length) {
      return { ok: false, problem: problem(path, `claves desconocidas: ${unknown.join(', ')}. Qué hacer: usa solo ${[...known].join(', ')}.`, `unknown keys: ${unknown.join(', ')}. What to do: use only ${[...known].join(', ')}.`) };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch (err) {
    return { ok: false, problem: problem(path, `no es un objeto JSON (${(err as Error).message}). Qué hacer: escribe {"MicrosoftAppId": "…", "SESIONA_PUBLIC_HOST": "…"}.`, `is not a JSON object (${(err as Error).message}). What to do: write {"MicrosoftAppId": "…", "SESIONA_PUBLIC_HOST": "…"}.`) };
  }
}

function packageJsonVersion(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export const packageCommand: Subcommand = {
  run: (args) => runPackageCommand(args, { env: process.env, print: (l) => console.log(l), printError: (l) => console.error(l) }),
};
