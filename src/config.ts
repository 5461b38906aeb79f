/**
 * Configuration from environment variables, validated once at start. Each problem is named with what to do.
 * The README lists every variable.
 */
export type MicrosoftAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotCredentials {
  appId: string;
  password: string | null;
  certificateThumbprint: string | null;
  certificatePrivateKey: string | null;
  tenantId: string | null;
  appType: MicrosoftAppType;
}

export interface SsoConfig {
  /** Accepted audiences: the app's client id and its Application ID URI. */
  audiences: string[];
  tenantId: string;
  /** Where the tenant's signing keys are (JWKS). */
  jwksUrl: string;
  /** Accepted issuers (v1 and v2 endpoints of the tenant). */
  issuers: string[];
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  publicHost: string | null;
  bot: BotCredentials | null;
  sso: SsoConfig | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_NAME = /^[a-z0-9.-]+(:\d+)?$/i;

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): { ok: true; config: Config } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : null;
  };

  const portText = value('PORT') ?? '3978';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) errors.push(`PORT="${portText}" is not a port number: use an integer from 1 to 65535 (default 3978).`);

  const databaseUrl = value('DATABASE_URL');
  if (databaseUrl) {
    try {
      const u = new URL(databaseUrl);
      if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') errors.push(`DATABASE_URL must be a PostgreSQL URL (postgres://user@host:5432/db), not "${u.protocol}".`);
    } catch {
      errors.push('DATABASE_URL is not a URL: use postgres://user:password@host:5432/database, or leave it unset for the embedded SQLite store.');
    }
  }

  const publicHost = value('SESIONA_PUBLIC_HOST');
  if (publicHost && !HOST_NAME.test(publicHost)) errors.push(`SESIONA_PUBLIC_HOST="${publicHost}" must be a host name such as sesiona.example.org, without https:// or a path.`);

  let bot: BotCredentials | null = null;
  const appId = value('MicrosoftAppId');
  if (appId) {
    if (!GUID.test(appId)) errors.push(`MicrosoftAppId="${appId}" is not a GUID: copy the Application (client) ID of the bot's Entra app registration.`);
    const appTypeText = value('MicrosoftAppType') ?? 'MultiTenant';
    if (!['MultiTenant', 'SingleTenant', 'UserAssignedMSI'].includes(appTypeText)) errors.push(`MicrosoftAppType="${appTypeText}" must be MultiTenant, SingleTenant or UserAssignedMSI.`);
    const tenantId = value('MicrosoftAppTenantId');
    if ((appTypeText === 'SingleTenant' || appTypeText === 'UserAssignedMSI') && !tenantId) errors.push(`MicrosoftAppTenantId is required when MicrosoftAppType is ${appTypeText}: use the Directory (tenant) ID.`);
    const password = value('MicrosoftAppPassword');
    const certificateThumbprint = value('MicrosoftAppCertificateThumbprint');
    const certificatePrivateKey = value('MicrosoftAppCertificatePrivateKey');
    if (appTypeText !== 'UserAssignedMSI' && !password && !(certificateThumbprint && certificatePrivateKey)) {
      errors.push('MicrosoftAppId is set but there is no credential: set MicrosoftAppPassword (a client secret) or both MicrosoftAppCertificateThumbprint and MicrosoftAppCertificatePrivateKey.');
    }
    bot = { appId, password, certificateThumbprint, certificatePrivateKey, tenantId, appType: appTypeText as MicrosoftAppType };
  }

  let sso: SsoConfig | null = null;
  const audience = value('SESIONA_SSO_AUDIENCE');
  const ssoTenant = value('SESIONA_SSO_TENANT') ?? value('MicrosoftAppTenantId');
  if (audience) {
    if (!ssoTenant) errors.push('SESIONA_SSO_AUDIENCE is set but the tenant is unknown: set SESIONA_SSO_TENANT (or MicrosoftAppTenantId) to the Directory (tenant) ID.');
    else {
      const authority = (value('SESIONA_SSO_AUTHORITY') ?? 'https://login.microsoftonline.com').replace(/\/$/, '');
      const audiences = audience.split(',').map((a) => a.trim()).filter(Boolean);
      sso = {
        audiences,
        tenantId: ssoTenant,
        jwksUrl: value('SESIONA_SSO_JWKS_URL') ?? `${authority}/${ssoTenant}/discovery/v2.0/keys`,
        issuers: (value('SESIONA_SSO_ISSUERS') ?? `https://login.microsoftonline.com/${ssoTenant}/v2.0,https://sts.windows.net/${ssoTenant}/`).split(',').map((s) => s.trim()),
      };
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: { port, host: value('HOST') ?? '0.0.0.0', dataDir: value('SESIONA_DATA_DIR') ?? './data', databaseUrl, publicHost, bot, sso },
  };
}
