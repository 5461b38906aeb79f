/**
 * Builds the installable Teams app package: manifest.json (the template filled with the deployment's settings),
 * the two icons and the language files, zipped flat. Nothing is written unless every check passes: the manifest
 * and language files against the vendored schemas (offline), the icons' sizes and transparency, the language
 * files' keys, and the links between settings, SSO resource and valid domains.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { REPO_ROOT } from '../ops/paths';
import { iconProblems, type IconRole } from './icon-check';
import { languageFileProblems } from './localization-check';
import { fillTemplate } from './manifest-template';
import { MANIFEST_SCHEMA_URL, schemaProblems } from './manifest-schema';
import { type PackageProblem, problem } from './package-problem';
import type { PackageSettings } from './package-settings';

/** The repository's manifest/ folder: manifest.template.json, icons/, languages/, schema/. */
export const MANIFEST_DIR = join(REPO_ROOT, 'manifest');

export type BuiltPackage = {
  ok: true;
  zip: Buffer;
  /** The files in the zip, in order. */
  entries: string[];
  manifest: Record<string, unknown>;
};

export type PackageResult = BuiltPackage | { ok: false; problems: PackageProblem[] };

/** Zip entries get this date so two builds of the same input are byte-identical. */
const FIXED_DATE = new Date('2020-01-01T00:00:00Z');

type Manifest = {
  id?: unknown;
  icons?: { color?: unknown; outline?: unknown };
  localizationInfo?: { defaultLanguageTag?: unknown; defaultLanguageFile?: unknown; additionalLanguages?: { languageTag?: unknown; file?: unknown }[] };
  bots?: { botId?: unknown }[];
  configurableTabs?: { configurationUrl?: unknown }[];
  validDomains?: unknown[];
  webApplicationInfo?: { id?: unknown; resource?: unknown };
};

export async function buildPackage(settings: PackageSettings, manifestDir: string = MANIFEST_DIR): Promise<PackageResult> {
  const schemaDir = join(manifestDir, 'schema');
  const templatePath = join(manifestDir, 'manifest.template.json');
  if (!existsSync(templatePath)) {
    return { ok: false, problems: [problem(templatePath,
      'no existe. Qué hacer: ejecuta el comando desde la copia del repositorio de Sesiona (la carpeta manifest/ es parte del código).',
      'does not exist. What to do: run the command from a checkout of the Sesiona repository (the manifest/ folder is part of the code).')] };
  }
  const filled = fillTemplate('manifest/manifest.template.json', readFileSync(templatePath, 'utf8'), settings);
  if (!filled.ok) return filled;
  const manifest = filled.value as Manifest & Record<string, unknown>;

  const fixTemplate = { es: 'corrige ese campo en manifest/manifest.template.json.', en: 'fix that field in manifest/manifest.template.json.' };
  const problems: PackageProblem[] = [...schemaProblems(schemaDir, 'manifest', manifest, 'manifest.json', fixTemplate)];
  if (manifest.$schema !== MANIFEST_SCHEMA_URL) {
    problems.push(problem('manifest.json /$schema',
      `«${String(manifest.$schema)}» no es el esquema con el que se valida el paquete. Qué hacer: usa ${MANIFEST_SCHEMA_URL} en manifest/manifest.template.json.`,
      `"${String(manifest.$schema)}" is not the schema the package is validated against. What to do: use ${MANIFEST_SCHEMA_URL} in manifest/manifest.template.json.`));
  }
  problems.push(...linkProblems(manifest, settings));

  const files = new Map<string, Buffer>();
  const take = (where: string, name: unknown, folder: 'icons' | 'languages'): { name: string; bytes: Buffer } | null => {
    if (typeof name !== 'string' || name === '') return null; // the schema check already names it
    if (!/^[A-Za-z0-9._-]+$/.test(name) || name.startsWith('.')) {
      problems.push(problem(where,
        `«${name}» debe ser un nombre de archivo sin carpetas. Qué hacer: los archivos van en la raíz del paquete; usa solo el nombre (p. ej. color.png).`,
        `"${name}" must be a file name without folders. What to do: files sit at the root of the package; give the name only (e.g. color.png).`));
      return null;
    }
    const path = join(manifestDir, folder, name);
    if (!existsSync(path)) {
      problems.push(problem(where,
        `el archivo «${name}» no existe en manifest/${folder}/. Qué hacer: ${folder === 'icons' ? 'genera los iconos con «npm run icons» o' : 'crea el archivo de idioma o'} corrige el nombre en manifest/manifest.template.json.`,
        `the file "${name}" does not exist in manifest/${folder}/. What to do: ${folder === 'icons' ? 'generate the icons with "npm run icons" or' : 'create the language file or'} fix the name in manifest/manifest.template.json.`));
      return null;
    }
    return { name, bytes: readFileSync(path) };
  };

  for (const role of ['color', 'outline'] as IconRole[]) {
    const icon = take(`manifest.json /icons/${role}`, manifest.icons?.[role], 'icons');
    if (!icon) continue;
    problems.push(...iconProblems(role, `manifest/icons/${icon.name}`, icon.bytes));
    files.set(icon.name, icon.bytes);
  }

  const info = manifest.localizationInfo;
  const languages: { where: string; tag: string; file: unknown }[] = [
    ...(info?.defaultLanguageFile !== undefined ? [{ where: 'manifest.json /localizationInfo/defaultLanguageFile', tag: String(info.defaultLanguageTag), file: info.defaultLanguageFile }] : []),
    ...(info?.additionalLanguages ?? []).map((l, i) => ({ where: `manifest.json /localizationInfo/additionalLanguages/${i}/file`, tag: String(l.languageTag), file: l.file })),
  ];
  const seen = new Set<unknown>();
  for (const language of languages) {
    if (seen.has(language.file)) continue; // one file may serve two tags (en-US, en): check it once
    seen.add(language.file);
    const source = take(language.where, language.file, 'languages');
    if (!source) continue;
    const content = fillTemplate(`manifest/languages/${source.name}`, source.bytes.toString('utf8'), settings);
    if (!content.ok) {
      problems.push(...content.problems);
      continue;
    }
    problems.push(...languageFileProblems(schemaDir, source.name, language.tag, content.value, manifest));
    files.set(source.name, Buffer.from(`${JSON.stringify(content.value, null, 2)}\n`));
  }

  if (problems.length > 0) return { ok: false, problems };

  const zip = new JSZip();
  const entries = ['manifest.json', ...files.keys()];
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: FIXED_DATE });
  for (const [name, bytes] of files) zip.file(name, bytes, { date: FIXED_DATE });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return { ok: true, zip: bytes, entries, manifest };
}

/** What the schema cannot see: the ids agree, the SSO resource and the tab live on a valid domain. */
function linkProblems(m: Manifest, s: PackageSettings): PackageProblem[] {
  const out: PackageProblem[] = [];
  const fix = { es: 'usa {{APP_ID}} y {{PUBLIC_HOST}} en manifest/manifest.template.json en vez de valores fijos.', en: 'use {{APP_ID}} and {{PUBLIC_HOST}} in manifest/manifest.template.json instead of fixed values.' };
  const sameId = (where: string, value: unknown) => {
    if (value !== undefined && value !== s.appId) {
      out.push(problem(where, `es «${String(value)}» pero el id de la app es «${s.appId}»: el bot, la app y el SSO usan el mismo registro de Entra. Qué hacer: ${fix.es}`,
        `is "${String(value)}" but the app id is "${s.appId}": the bot, the app and SSO share one Entra registration. What to do: ${fix.en}`));
    }
  };
  sameId('manifest.json /id', m.id);
  (m.bots ?? []).forEach((b, i) => sameId(`manifest.json /bots/${i}/botId`, b.botId));
  sameId('manifest.json /webApplicationInfo/id', m.webApplicationInfo?.id);

  const domains = (m.validDomains ?? []).filter((d): d is string => typeof d === 'string');
  const expectedResource = `api://${s.host}/${s.appId}`;
  if (m.webApplicationInfo && m.webApplicationInfo.resource !== expectedResource) {
    out.push(problem('manifest.json /webApplicationInfo/resource',
      `es «${String(m.webApplicationInfo.resource)}»; el SSO de Teams exige el URI de id de aplicación ${expectedResource} (el mismo que expones en Entra). Qué hacer: ${fix.es}`,
      `is "${String(m.webApplicationInfo.resource)}"; Teams SSO needs the Application ID URI ${expectedResource} (the one exposed in Entra). What to do: ${fix.en}`));
  }
  if (!domains.includes(s.host)) {
    out.push(problem('manifest.json /validDomains',
      `no incluye «${s.host}»: Teams no cargaría el panel ni aceptaría el SSO. Qué hacer: ${fix.es}`,
      `does not include "${s.host}": Teams would not load the panel nor accept SSO. What to do: ${fix.en}`));
  }
  (m.configurableTabs ?? []).forEach((tab, i) => {
    if (typeof tab.configurationUrl !== 'string') return;
    let host: string | null = null;
    try {
      const u = new URL(tab.configurationUrl);
      host = u.protocol === 'https:' ? u.host : null;
    } catch {
      host = null;
    }
    if (host === null || !domains.includes(host)) {
      out.push(problem(`manifest.json /configurableTabs/${i}/configurationUrl`,
        `«${tab.configurationUrl}» debe ser https en un dominio de validDomains. Qué hacer: usa https://{{PUBLIC_HOST}}/tab/config.html.`,
        `"${tab.configurationUrl}" must be https on a domain listed in validDomains. What to do: use https://{{PUBLIC_HOST}}/tab/config.html.`));
    }
  });
  return out;
}
