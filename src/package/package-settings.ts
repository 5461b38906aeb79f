/**
 * The values of the app package that differ per deployment, from (first wins) command-line flags, a small JSON
 * config file (`--config`), then environment variables. The names are those of src/config.ts where the server reads
 * the same value (MicrosoftAppId, SESIONA_PUBLIC_HOST), so one `.env` serves the server and the package.
 */
import { type PackageProblem, problem } from './package-problem';

export interface PackageSettings {
  /** The Entra app (client) id: Teams app id, bot id and SSO client id. */
  appId: string;
  /** Public host name (no scheme, no path) where Teams reaches Sesiona. */
  host: string;
  /** The app package version, MAJOR.MINOR.PATCH; raise it for every upload of a changed package. */
  version: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
}

/** The setting names, as environment variables and as keys of the `--config` JSON file. */
export const SETTING_NAMES = {
  appId: 'MicrosoftAppId',
  host: 'SESIONA_PUBLIC_HOST',
  version: 'SESIONA_APP_VERSION',
  websiteUrl: 'SESIONA_WEBSITE_URL',
  privacyUrl: 'SESIONA_PRIVACY_URL',
  termsUrl: 'SESIONA_TERMS_URL',
} as const satisfies Record<keyof PackageSettings, string>;

export type SettingSources = {
  env: Record<string, string | undefined>;
  /** Values given as flags (--app-id, --host, --version), keyed like PackageSettings. */
  flags: Partial<Record<keyof PackageSettings, string>>;
  /** The parsed `--config` file, keyed by SETTING_NAMES values. */
  file: Record<string, unknown> | null;
  /** Used when no version is given (package.json's version). */
  defaultVersion: string;
};

export type SettingsResult =
  | { ok: true; settings: PackageSettings; warnings: PackageProblem[] }
  | { ok: false; problems: PackageProblem[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

/** A host name with an optional port: labels of letters, digits and hyphens separated by dots. */
export function isHostName(text: string): boolean {
  const m = /^([^:]+)(?::(\d{1,5}))?$/.exec(text);
  if (!m || m[1]!.length > 253) return false;
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 65535)) return false;
  return m[1]!.split('.').every((label) => LABEL.test(label));
}

export function resolvePackageSettings(sources: SettingSources): SettingsResult {
  const problems: PackageProblem[] = [];
  const warnings: PackageProblem[] = [];
  const pick = (key: keyof PackageSettings): string | null => {
    const name = SETTING_NAMES[key];
    const fromFile = sources.file?.[name];
    for (const v of [sources.flags[key], typeof fromFile === 'string' ? fromFile : undefined, sources.env[name]]) {
      if (v !== undefined && v.trim() !== '') return v.trim();
    }
    return null;
  };

  const appId = pick('appId');
  if (!appId) {
    problems.push(problem('MicrosoftAppId',
      'falta el id de la app. Qué hacer: define MicrosoftAppId (o usa --app-id) con el «Id. de aplicación (cliente)» del registro de la app en Microsoft Entra; es el mismo id del Azure Bot.',
      'the app id is missing. What to do: set MicrosoftAppId (or pass --app-id) to the "Application (client) ID" of the app registration in Microsoft Entra; it is also the Azure Bot\'s id.'));
  } else if (!GUID.test(appId)) {
    problems.push(problem('MicrosoftAppId',
      `«${appId}» no es un GUID. Qué hacer: copia el «Id. de aplicación (cliente)» del registro en Microsoft Entra, con la forma 00000000-0000-0000-0000-000000000000.`,
      `"${appId}" is not a GUID. What to do: copy the "Application (client) ID" of the Microsoft Entra app registration, shaped 00000000-0000-0000-0000-000000000000.`));
  }

  const host = pick('host');
  if (!host) {
    problems.push(problem('SESIONA_PUBLIC_HOST',
      'falta el host público. Qué hacer: define SESIONA_PUBLIC_HOST (o usa --host) con el nombre del host HTTPS donde Teams alcanza a Sesiona, p. ej. sesiona.example.org o el de tu dev tunnel.',
      'the public host is missing. What to do: set SESIONA_PUBLIC_HOST (or pass --host) to the HTTPS host name where Teams reaches Sesiona, e.g. sesiona.example.org or your dev tunnel\'s host.'));
  } else if (!isHostName(host)) {
    problems.push(problem('SESIONA_PUBLIC_HOST',
      `«${host}» no es un nombre de host. Qué hacer: escribe solo el host, sin https://, sin ruta ni barra final (p. ej. sesiona.example.org).`,
      `"${host}" is not a host name. What to do: give the host only, without https://, a path or a trailing slash (e.g. sesiona.example.org).`));
  } else if (/^(localhost|127\.\d+\.\d+\.\d+)(:\d+)?$/i.test(host)) {
    warnings.push(problem('SESIONA_PUBLIC_HOST',
      `«${host}» solo existe en esta máquina: Teams no puede llamar al bot ahí y el panel solo abrirá en tu propio navegador. Usa un dev tunnel o un host público.`,
      `"${host}" exists on this machine only: Teams cannot call the bot there and the panel only opens in your own browser. Use a dev tunnel or a public host.`));
  }

  const version = pick('version') ?? sources.defaultVersion;
  if (!SEMVER.test(version)) {
    problems.push(problem('SESIONA_APP_VERSION',
      `«${version}» no es una versión MAYOR.MENOR.PARCHE. Qué hacer: usa tres números, p. ej. 1.0.3 (Teams exige subirla en cada actualización del paquete).`,
      `"${version}" is not a MAJOR.MINOR.PATCH version. What to do: use three numbers, e.g. 1.0.3 (Teams requires a higher one for every package update).`));
  }

  const base = host && isHostName(host) ? `https://${host}/tab/` : null;
  const url = (key: 'websiteUrl' | 'privacyUrl' | 'termsUrl'): string => {
    const given = pick(key);
    if (given === null) return base ?? '';
    if (!/^https:\/\/[^\s/]+(\/\S*)?$/i.test(given)) {
      problems.push(problem(SETTING_NAMES[key],
        `«${given}» no es un URL https. Qué hacer: usa un URL completo que empiece con https://.`,
        `"${given}" is not an https URL. What to do: use a full URL starting with https://.`));
    }
    return given;
  };
  const websiteUrl = url('websiteUrl');
  const privacyUrl = url('privacyUrl');
  const termsUrl = url('termsUrl');
  if (base && (pick('privacyUrl') === null || pick('termsUrl') === null)) {
    warnings.push(problem('SESIONA_PRIVACY_URL, SESIONA_TERMS_URL',
      `sin valor: el paquete apunta a ${base} como aviso de privacidad y términos de uso. Antes de publicarlo en tu organización, define ambos con las páginas de tu institución.`,
      `not set: the package points to ${base} as privacy notice and terms of use. Before publishing it to your organisation, set both to your institution's pages.`));
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { appId: appId!, host: host!, version, websiteUrl, privacyUrl, termsUrl }, warnings };
}
