/**
 * A language file of the package (`localizationInfo.additionalLanguages[].file`): valid against the vendored
 * localization schema (so every key is one Teams can translate), every key names a string that exists in the
 * manifest, and every translatable string of the manifest has its translation (otherwise that language's users
 * would see the default language's text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALIZATION_SCHEMA_URL, SCHEMA_VERSION, schemaProblems } from './manifest-schema';
import { type PackageProblem, problem } from './package-problem';

const NOT_STRINGS = new Set(['$schema', 'localizationKeys']);

/** The manifest's string values keyed the way language files name them: `bots[0].commandLists[1].commands[0].title`. */
export function manifestStrings(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') out.set(path, v);
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, inner] of Object.entries(v)) walk(inner, path ? `${path}.${k}` : k);
  };
  walk(value, prefix);
  return out;
}

/** Which manifest keys a language file may translate, read from the localization schema itself. */
function translatableKeys(schemaDir: string): (key: string) => boolean {
  const schema = JSON.parse(readFileSync(join(schemaDir, `v${SCHEMA_VERSION}`, 'MicrosoftTeams.Localization.schema.json'), 'utf8')) as {
    properties: Record<string, unknown>;
    patternProperties?: Record<string, unknown>;
  };
  const names = new Set(Object.keys(schema.properties).filter((k) => !NOT_STRINGS.has(k)));
  const patterns = Object.keys(schema.patternProperties ?? {}).filter((p) => !p.startsWith('^\\[\\[')).map((p) => new RegExp(p));
  return (key) => names.has(key) || patterns.some((re) => re.test(key));
}

export function languageFileProblems(schemaDir: string, file: string, languageTag: string, content: unknown, manifest: unknown): PackageProblem[] {
  const fix = {
    es: `corrige manifest/languages/${file} (sus claves son rutas del manifiesto, p. ej. "bots[0].commandLists[0].commands[0].title").`,
    en: `fix manifest/languages/${file} (its keys are manifest paths, e.g. "bots[0].commandLists[0].commands[0].title").`,
  };
  const problems = schemaProblems(schemaDir, 'localization', content, file, fix);
  if (!content || typeof content !== 'object' || Array.isArray(content)) return problems;
  const entries = content as Record<string, unknown>;

  if (entries.$schema !== undefined && entries.$schema !== LOCALIZATION_SCHEMA_URL) {
    problems.push(problem(`${file} /$schema`,
      `«${String(entries.$schema)}» no es el esquema de localización de la versión del manifiesto. Qué hacer: usa ${LOCALIZATION_SCHEMA_URL} (manifiesto y archivos de idioma deben tener la misma versión).`,
      `"${String(entries.$schema)}" is not the localization schema of the manifest's version. What to do: use ${LOCALIZATION_SCHEMA_URL} (the manifest and its language files must share one version).`));
  }

  const strings = manifestStrings(manifest);
  for (const key of Object.keys(entries)) {
    if (NOT_STRINGS.has(key)) continue;
    if (!strings.has(key)) {
      problems.push(problem(`${file} /${key}`,
        `la clave «${key}» traduce un valor que no existe en el manifiesto. Qué hacer: quítala o corrige el índice para que apunte a un texto del manifiesto.`,
        `the key "${key}" translates a value the manifest does not have. What to do: remove it or fix the index so it points at a text of the manifest.`));
    }
  }

  const translatable = translatableKeys(schemaDir);
  for (const [key] of strings) {
    if (translatable(key) && !(key in entries)) {
      problems.push(problem(`${file} /${key}`,
        `falta la traducción (${languageTag}) de «${key}»: quien use Teams en ese idioma vería «${strings.get(key)}». Qué hacer: agrega la clave "${key}" al archivo.`,
        `the ${languageTag} translation of "${key}" is missing: people using Teams in that language would see "${strings.get(key)}". What to do: add the key "${key}" to the file.`));
    }
  }
  return problems;
}
