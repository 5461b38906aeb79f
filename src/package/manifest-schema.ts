/**
 * Validation against Microsoft's JSON schemas vendored in manifest/schema/ (offline: the files are read from disk,
 * nothing is fetched). Each schema error becomes a problem naming the field path, what is wrong and what to do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { type PackageProblem, problem } from './package-problem';

export const SCHEMA_VERSION = '1.30';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`;

export type SchemaName = 'manifest' | 'localization';
const FILES: Record<SchemaName, string> = { manifest: 'MicrosoftTeams.schema.json', localization: 'MicrosoftTeams.Localization.schema.json' };

const compiled = new Map<string, ValidateFunction>();

/** The vendored schema, compiled once per process. */
function validatorFor(schemaDir: string, name: SchemaName): ValidateFunction {
  const path = join(schemaDir, `v${SCHEMA_VERSION}`, FILES[name]);
  const cached = compiled.get(path);
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  // The files are draft-04; Ajv's default dialect evaluates every keyword they use the same way. The `$schema`
  // line is dropped so Ajv does not look for the draft-04 meta-schema, and patterns are compiled without the `u`
  // flag because the localization schema's key patterns (`\b]`) are not valid Unicode-mode expressions.
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, unicodeRegExp: false, validateSchema: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  compiled.set(path, validate);
  return validate;
}

/**
 * Problems of `value` against the schema; `file` names the document in messages (`manifest.json`, `en-US.json`),
 * `fix` says where to correct it.
 */
export function schemaProblems(schemaDir: string, name: SchemaName, value: unknown, file: string, fix: { es: string; en: string }): PackageProblem[] {
  const validate = validatorFor(schemaDir, name);
  if (validate(value)) return [];
  const seen = new Set<string>();
  const out: PackageProblem[] = [];
  for (const error of validate.errors ?? []) {
    const said = describe(error);
    if (!said) continue;
    const where = `${file} ${error.instancePath === '' ? '/' : error.instancePath}`;
    const key = `${where}|${said.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem(where, `${said.es} Qué hacer: ${fix.es}`, `${said.en} What to do: ${fix.en}`));
  }
  if (out.length === 0) {
    // only summarising errors (e.g. a oneOf that several branches satisfy): report the first as it is
    const first = validate.errors?.[0];
    const where = `${file} ${first?.instancePath || '/'}`;
    out.push(problem(where, `no cumple el esquema v${SCHEMA_VERSION} (${first?.message ?? '?'}). Qué hacer: ${fix.es}`, `does not satisfy the v${SCHEMA_VERSION} schema (${first?.message ?? '?'}). What to do: ${fix.en}`));
  }
  return out;
}

const quote = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const shorten = (v: unknown) => {
  const s = quote(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** What the error means, in both languages; null for errors that only summarise others (anyOf, oneOf, if). */
function describe(e: ErrorObject): { es: string; en: string } | null {
  const p = e.params as Record<string, unknown>;
  const data = e.data;
  switch (e.keyword) {
    case 'required':
      return { es: `falta la propiedad obligatoria «${p.missingProperty}».`, en: `the required property "${p.missingProperty}" is missing.` };
    case 'additionalProperties':
      return { es: `«${p.additionalProperty}» no es una propiedad admitida aquí por el esquema v${SCHEMA_VERSION}.`, en: `"${p.additionalProperty}" is not a property the v${SCHEMA_VERSION} schema allows here.` };
    case 'maxLength':
      return { es: `tiene ${String(data).length} caracteres; el máximo es ${p.limit}.`, en: `has ${String(data).length} characters; the maximum is ${p.limit}.` };
    case 'minLength':
      return { es: `debe tener al menos ${p.limit} caracteres.`, en: `must have at least ${p.limit} characters.` };
    case 'maxItems':
      return { es: `tiene ${Array.isArray(data) ? data.length : '?'} elementos; el máximo es ${p.limit}.`, en: `has ${Array.isArray(data) ? data.length : '?'} entries; the maximum is ${p.limit}.` };
    case 'minItems':
      return { es: `debe tener al menos ${p.limit} elementos.`, en: `must have at least ${p.limit} entries.` };
    case 'uniqueItems':
      return { es: `los elementos ${p.j} y ${p.i} están repetidos.`, en: `entries ${p.j} and ${p.i} are the same.` };
    case 'pattern':
      return { es: `«${shorten(data)}» no tiene la forma exigida (patrón ${p.pattern}).`, en: `"${shorten(data)}" does not have the required form (pattern ${p.pattern}).` };
    case 'format':
      return { es: `«${shorten(data)}» no es un ${p.format} válido.`, en: `"${shorten(data)}" is not a valid ${p.format}.` };
    case 'enum':
      return { es: `«${shorten(data)}» no es uno de los valores admitidos: ${(p.allowedValues as unknown[]).map(quote).join(', ')}.`, en: `"${shorten(data)}" is not one of the allowed values: ${(p.allowedValues as unknown[]).map(quote).join(', ')}.` };
    case 'const':
      return { es: `debe ser «${quote(p.allowedValue)}», no «${shorten(data)}».`, en: `must be "${quote(p.allowedValue)}", not "${shorten(data)}".` };
    case 'type':
      return { es: `debe ser de tipo ${p.type}, no ${describeType(data)}.`, en: `must be of type ${p.type}, not ${describeType(data)}.` };
    case 'maximum':
    case 'minimum':
      return { es: `el valor ${shorten(data)} no cumple el límite ${e.keyword === 'maximum' ? '≤' : '≥'} ${p.limit}.`, en: `the value ${shorten(data)} breaks the limit ${e.keyword === 'maximum' ? '≤' : '≥'} ${p.limit}.` };
    case 'anyOf':
    case 'oneOf':
    case 'if':
    case 'not':
      return e.keyword === 'not' ? { es: 'tiene una combinación de valores que el esquema prohíbe.', en: 'has a combination of values the schema forbids.' } : null;
    default:
      return { es: `${e.message ?? 'no cumple el esquema'}.`, en: `${e.message ?? 'does not satisfy the schema'}.` };
  }
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
