/**
 * Fills the `{{NAME}}` placeholders of manifest/manifest.template.json (and of the language files) with the
 * deployment's settings, then parses the JSON. A placeholder without a value, or text that is not JSON, is a problem.
 */
import type { PackageSettings } from './package-settings';
import { type PackageProblem, problem } from './package-problem';

export const PLACEHOLDERS: Record<string, (s: PackageSettings) => string> = {
  APP_ID: (s) => s.appId,
  PUBLIC_HOST: (s) => s.host,
  VERSION: (s) => s.version,
  WEBSITE_URL: (s) => s.websiteUrl,
  PRIVACY_URL: (s) => s.privacyUrl,
  TERMS_URL: (s) => s.termsUrl,
};

export type FilledJson = { ok: true; value: unknown } | { ok: false; problems: PackageProblem[] };

/** `file` names the source in messages (e.g. manifest/manifest.template.json). */
export function fillTemplate(file: string, text: string, settings: PackageSettings): FilledJson {
  const unknown = new Set<string>();
  const filled = text.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => {
    const value = PLACEHOLDERS[name];
    if (!value) {
      unknown.add(name);
      return whole;
    }
    // placeholders sit inside JSON strings: escape the value as JSON string content
    return JSON.stringify(value(settings)).slice(1, -1);
  });
  if (unknown.size > 0) {
    const names = [...unknown].map((n) => `{{${n}}}`).join(', ');
    const known = Object.keys(PLACEHOLDERS).map((n) => `{{${n}}}`).join(', ');
    return { ok: false, problems: [problem(file,
      `marcador sin valor: ${names}. Qué hacer: usa solo ${known}.`,
      `placeholder without a value: ${names}. What to do: use only ${known}.`)] };
  }
  try {
    return { ok: true, value: JSON.parse(filled) };
  } catch (err) {
    const message = (err as Error).message;
    return { ok: false, problems: [problem(file,
      `no es JSON válido (${message}). Qué hacer: corrige la sintaxis del archivo (comas, comillas, llaves).`,
      `is not valid JSON (${message}). What to do: fix the file's syntax (commas, quotes, braces).`)] };
  }
}
