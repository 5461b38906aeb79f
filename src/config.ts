/**
 * Configuration from environment variables, validated once at start. Each problem is named with what to do.
 * docs/DEPLOYMENT.md lists every variable (SETTINGS below; tests/cli/deployment-guide.test.ts keeps the two equal).
 */
import type { ReadAccess } from './app/read-access';
import { DEFAULT_DEBATE_RULES, DEFAULT_RULES, DEFAULT_TIME_ZONE, isTimeZone } from './domain/rules';

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

/** Microsoft Graph (optional): the attendance report after the meeting and the publication of the minutes. */
export interface GraphConfig {
  /** https://graph.microsoft.com/v1.0 unless set (tests point it at a local fake). */
  baseUrl: string;
  /** App-only credentials: the bot's Entra app (client secret) in this tenant, unless a fixed token is given. */
  tenantId: string | null;
  clientId: string | null;
  clientSecret: string | null;
  /** A fixed bearer token (development, or a token issued by another process). */
  token: string | null;
  /**
   * Where the minutes are published: a SharePoint site as Graph addresses it (`{hostname}:/{path}` or its id), whose
   * default document library takes them (Sites.Selected); or a drive by its id; and a folder in it.
   */
  minutesSite: string | null;
  minutesDriveId: string | null;
  minutesFolderId: string;
  /** Reconcile the Teams attendance report with the roll call when the meeting ends. */
  attendance: boolean;
  /** Seconds to wait after the meeting ends before asking for the report (Teams needs a few minutes). */
  attendanceDelaySeconds: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  publicHost: string | null;
  bot: BotCredentials | null;
  sso: SsoConfig | null;
  graph: GraphConfig | null;
  /** Answer everyone in this language; null: each person in their Teams language (Spanish unless English). */
  language: 'es' | 'en' | null;
  /** The time zone new sessions tell their times in (IANA name). */
  timeZone: string;
  /** Teams' join/leave events within this many milliseconds are told in one notice. */
  presenceNoticeDelayMs: number;
  /** People allowed to start a session in any meeting (Entra object ids), besides organizers and conductors. */
  sessionStarters: string[];
  /** The rule new sessions take for Teams' join/leave events: ask the secretary, or record them as attendance. */
  meetingPresence: 'ask' | 'record';
  /** On start, the cards of open sessions and of sessions closed within this many hours are repaired. */
  cardRepairHours: number;
  /** The debate rules new sessions take: the rounds' limits in minutes, and whether guests have voice. */
  debate: { roundMinutes: number[]; guestsHaveVoice: boolean };
  /** Days to file a voto particular, concurrente or razonado after the vote (null: no deadline), for new sessions. */
  separateOpinionDays: number | null;
  /** Withdrawing an item from the approved order of the day, for new sessions: by a vote of the body, or by whoever conducts. */
  withdrawalAfterApproval: 'vote' | 'conducting';
  /** Who may follow a session live (src/app/read-access.ts): `open` without sign-in, else SESIONA_READ_ACCESS. */
  readAccess: ReadAccess;
  /** SESIONA_PUBLIC_READ=on: a server Teams reaches (MicrosoftAppId) serves sessions without sign-in, on purpose. */
  publicRead: boolean;
  /** The minutes links the bot posts: the key that signs them (null: unsigned) and how many days they stay valid. */
  links: LinkConfig;
}

export interface LinkConfig {
  secret: string | null;
  days: number;
}

/**
 * Every setting Sesiona reads from the environment. docs/DEPLOYMENT.md's settings table lists exactly these, and
 * tests/cli/deployment-guide.test.ts fails when the two differ; `loadConfig` reads only names from this list. The log's
 * two are read by src/ops/logger.ts; the last four by `sesiona package` (src/package/package-settings.ts).
 */
export const SETTINGS = [
  'PORT', 'HOST', 'SESIONA_DATA_DIR', 'DATABASE_URL', 'SESIONA_PUBLIC_HOST',
  'MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppCertificateThumbprint', 'MicrosoftAppCertificatePrivateKey', 'MicrosoftAppType', 'MicrosoftAppTenantId',
  'SESIONA_SSO_AUDIENCE', 'SESIONA_SSO_TENANT', 'SESIONA_SSO_AUTHORITY', 'SESIONA_SSO_JWKS_URL', 'SESIONA_SSO_ISSUERS', 'SESIONA_READ_ACCESS', 'SESIONA_PUBLIC_READ',
  'SESIONA_LANGUAGE', 'SESIONA_TIME_ZONE', 'SESIONA_MEETING_PRESENCE', 'SESIONA_DEBATE_ROUNDS', 'SESIONA_GUESTS_HAVE_VOICE', 'SESIONA_SEPARATE_OPINION_DAYS',
  'SESIONA_WITHDRAWAL_AFTER_APPROVAL', 'SESIONA_PRESENCE_NOTICE_SECONDS', 'SESIONA_SESSION_STARTERS', 'SESIONA_CARD_REPAIR_HOURS', 'SESIONA_LINK_SECRET', 'SESIONA_LINK_DAYS',
  'SESIONA_GRAPH', 'SESIONA_GRAPH_CLIENT_ID', 'SESIONA_GRAPH_CLIENT_SECRET', 'SESIONA_GRAPH_TENANT', 'SESIONA_GRAPH_TOKEN', 'SESIONA_GRAPH_BASE_URL',
  'SESIONA_GRAPH_ATTENDANCE', 'SESIONA_ATTENDANCE_DELAY_SECONDS', 'SESIONA_MINUTES_SITE', 'SESIONA_MINUTES_DRIVE_ID', 'SESIONA_MINUTES_FOLDER_ID',
  'SESIONA_LOG_LEVEL', 'SESIONA_LOG_FORMAT',
  'SESIONA_APP_VERSION', 'SESIONA_WEBSITE_URL', 'SESIONA_PRIVACY_URL', 'SESIONA_TERMS_URL',
] as const;
export type SettingName = (typeof SETTINGS)[number];

/** MicrosoftAppType when unset: the guide (docs/DEPLOYMENT.md, step 2) registers a single-tenant app. */
export const DEFAULT_APP_TYPE: MicrosoftAppType = 'SingleTenant';

const MIN_LINK_SECRET_LENGTH = 32;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_NAME = /^[a-z0-9.-]+(:\d+)?$/i;

type Env = Record<string, string | undefined>;

const SITE_ID = /^[a-z0-9.-]+\.[a-z]{2,},[0-9a-f-]{36},[0-9a-f-]{36}$/i;

/**
 * A SharePoint site as Graph addresses it: from its address (https://host/sites/name, or host:/sites/name) the form
 * `{hostname}:/{server-relative-path}`; a site id (`{hostname},{guid},{guid}`) as is. Null when it is neither. An
 * address copied from a page of the site (a library, a list) is cut to the site: `/sites/name` or `/teams/name`.
 */
export function graphSiteReference(text: string): string | null {
  if (SITE_ID.test(text)) return text;
  const colon = /^([a-z0-9.-]+\.[a-z]{2,}):(\/.+)$/i.exec(text);
  if (colon) return `${colon[1]!.toLowerCase()}:${colon[2]!.replace(/\/+$/, '')}`;
  try {
    const url = new URL(text);
    const site = /^\/(sites|teams)\/[^/]+/i.exec(decodeURIComponent(url.pathname));
    if (url.protocol !== 'https:' || !site) return null;
    return `${url.hostname}:${site[0]}`;
  } catch {
    return null;
  }
}

export function loadConfig(env: Env = process.env): { ok: true; config: Config } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const value = (name: SettingName) => {
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
    const appTypeText = value('MicrosoftAppType') ?? DEFAULT_APP_TYPE;
    if (!['MultiTenant', 'SingleTenant', 'UserAssignedMSI'].includes(appTypeText)) errors.push(`MicrosoftAppType="${appTypeText}" must be SingleTenant (the default, as docs/DEPLOYMENT.md registers the app), MultiTenant or UserAssignedMSI.`);
    const tenantId = value('MicrosoftAppTenantId');
    if ((appTypeText === 'SingleTenant' || appTypeText === 'UserAssignedMSI') && !tenantId) {
      errors.push(value('MicrosoftAppType')
        ? `MicrosoftAppTenantId is required when MicrosoftAppType is ${appTypeText}: use the Directory (tenant) ID.`
        : `MicrosoftAppTenantId is required: MicrosoftAppType is SingleTenant unless set (the app is registered for one tenant, docs/DEPLOYMENT.md step 2). Set MicrosoftAppTenantId to the Directory (tenant) ID, or MicrosoftAppType=MultiTenant if the app registration is multi-tenant.`);
    }
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

  let graph: GraphConfig | null = null;
  const graphSwitch = value('SESIONA_GRAPH');
  if (graphSwitch && !['on', 'off'].includes(graphSwitch)) errors.push(`SESIONA_GRAPH="${graphSwitch}" must be on or off.`);
  if (graphSwitch === 'on') {
    const token = value('SESIONA_GRAPH_TOKEN');
    const tenantId = value('SESIONA_GRAPH_TENANT') ?? value('MicrosoftAppTenantId');
    const clientId = value('SESIONA_GRAPH_CLIENT_ID') ?? appId;
    const clientSecret = value('SESIONA_GRAPH_CLIENT_SECRET') ?? value('MicrosoftAppPassword');
    if (!token && !(tenantId && clientId && clientSecret)) {
      errors.push('SESIONA_GRAPH=on needs app-only credentials: MicrosoftAppId and MicrosoftAppPassword (or SESIONA_GRAPH_CLIENT_ID and SESIONA_GRAPH_CLIENT_SECRET) and the tenant in MicrosoftAppTenantId (or SESIONA_GRAPH_TENANT); or a fixed token in SESIONA_GRAPH_TOKEN.');
    }
    if (tenantId && !GUID.test(tenantId)) errors.push(`SESIONA_GRAPH_TENANT="${tenantId}" is not a GUID: use the Directory (tenant) ID where the meetings and the minutes folder are.`);
    const baseUrl = (value('SESIONA_GRAPH_BASE_URL') ?? 'https://graph.microsoft.com/v1.0').replace(/\/$/, '');
    try {
      new URL(baseUrl);
    } catch {
      errors.push(`SESIONA_GRAPH_BASE_URL="${baseUrl}" is not a URL: leave it unset for https://graph.microsoft.com/v1.0.`);
    }
    const attendanceText = value('SESIONA_GRAPH_ATTENDANCE') ?? 'on';
    if (!['on', 'off'].includes(attendanceText)) errors.push(`SESIONA_GRAPH_ATTENDANCE="${attendanceText}" must be on or off.`);
    const delayText = value('SESIONA_ATTENDANCE_DELAY_SECONDS') ?? '300';
    const delay = Number(delayText);
    if (!Number.isFinite(delay) || delay < 0 || delay > 86_400) errors.push(`SESIONA_ATTENDANCE_DELAY_SECONDS="${delayText}" must be a number of seconds from 0 to 86400 (default 300).`);
    const siteText = value('SESIONA_MINUTES_SITE');
    const minutesSite = siteText ? graphSiteReference(siteText) : null;
    if (siteText && !minutesSite) {
      errors.push(`SESIONA_MINUTES_SITE="${siteText}" is not a SharePoint site: use its address as the browser shows it, e.g. https://contoso.sharepoint.com/sites/cpvoe (or its Graph id contoso.sharepoint.com,<guid>,<guid>).`);
    }
    graph = {
      baseUrl, tenantId, clientId, clientSecret, token, minutesSite,
      minutesDriveId: value('SESIONA_MINUTES_DRIVE_ID'),
      minutesFolderId: value('SESIONA_MINUTES_FOLDER_ID') ?? 'root',
      attendance: attendanceText === 'on',
      attendanceDelaySeconds: delay,
    };
  }

  const readAccessText = value('SESIONA_READ_ACCESS') ?? 'meeting';
  if (readAccessText !== 'meeting' && readAccessText !== 'tenant') {
    errors.push(`SESIONA_READ_ACCESS="${readAccessText}" must be meeting (each session's live view for the people of its meeting) or tenant (anyone signed in to the tenant, for public sessions).`);
  }
  const publicReadText = value('SESIONA_PUBLIC_READ') ?? 'off';
  if (publicReadText !== 'on' && publicReadText !== 'off') errors.push(`SESIONA_PUBLIC_READ="${publicReadText}" must be on or off.`);
  const publicRead = publicReadText === 'on';
  if (appId && !audience && !publicRead) {
    errors.push('MicrosoftAppId is set but SESIONA_SSO_AUDIENCE is not: this server would show every session, its live stream and its minutes to anyone who reaches it, without signing in. Set SESIONA_SSO_AUDIENCE (docs/DEPLOYMENT.md, step 3), or set SESIONA_PUBLIC_READ=on if every session on this server is public on purpose.');
  }
  if (audience && publicRead) {
    errors.push('SESIONA_PUBLIC_READ=on serves sessions without signing in, but SESIONA_SSO_AUDIENCE asks for Teams sign-in: unset one of them (for sessions open to everyone in the tenant with sign-in, use SESIONA_READ_ACCESS=tenant).');
  }

  const linkSecret = value('SESIONA_LINK_SECRET');
  if (linkSecret && linkSecret.length < MIN_LINK_SECRET_LENGTH) {
    errors.push(`SESIONA_LINK_SECRET is too short (${linkSecret.length} characters): use at least ${MIN_LINK_SECRET_LENGTH} random characters, for example the output of "openssl rand -base64 48".`);
  }
  const linkKey = linkSecret ?? value('MicrosoftAppPassword');
  if (audience && !linkKey) {
    errors.push(`SESIONA_SSO_AUDIENCE is set, so the minutes links the bot posts must be signed, but there is no key: set SESIONA_LINK_SECRET to at least ${MIN_LINK_SECRET_LENGTH} random characters (for example the output of "openssl rand -base64 48"), or MicrosoftAppPassword.`);
  }
  const linkDaysText = value('SESIONA_LINK_DAYS') ?? '7';
  const linkDays = Number(linkDaysText);
  if (!Number.isInteger(linkDays) || linkDays < 1 || linkDays > 365) {
    errors.push(`SESIONA_LINK_DAYS="${linkDaysText}" must be a whole number of days from 1 to 365 (default 7): how long a minutes link posted in the chat stays valid.`);
  }

  const language = value('SESIONA_LANGUAGE');
  if (language && language !== 'es' && language !== 'en') errors.push(`SESIONA_LANGUAGE="${language}" must be es or en (or unset: each person's Teams language).`);

  const timeZone = value('SESIONA_TIME_ZONE') ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    errors.push(`SESIONA_TIME_ZONE="${timeZone}" is not a time zone: use an IANA name such as America/Mexico_City (the default) or America/Tijuana.`);
  }

  const noticeText = value('SESIONA_PRESENCE_NOTICE_SECONDS') ?? '5';
  const noticeSeconds = Number(noticeText);
  if (!Number.isFinite(noticeSeconds) || noticeSeconds < 0 || noticeSeconds > 300) errors.push(`SESIONA_PRESENCE_NOTICE_SECONDS="${noticeText}" must be a number of seconds from 0 to 300 (default 5).`);

  const sessionStarters = (value('SESIONA_SESSION_STARTERS') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of sessionStarters) if (!GUID.test(id)) errors.push(`SESIONA_SESSION_STARTERS has "${id}", which is not an Entra object id (a GUID): list the object ids of the people who may start sessions in any meeting, separated by commas.`);

  const meetingPresence = value('SESIONA_MEETING_PRESENCE') ?? 'ask';
  if (meetingPresence !== 'ask' && meetingPresence !== 'record') errors.push(`SESIONA_MEETING_PRESENCE="${meetingPresence}" must be ask (the secretary certifies who left, the default) or record (Teams' join and leave events are taken as attendance).`);
  const repairText = value('SESIONA_CARD_REPAIR_HOURS') ?? '24';
  const cardRepairHours = Number(repairText);
  if (!Number.isFinite(cardRepairHours) || cardRepairHours < 0 || cardRepairHours > 8_760) errors.push(`SESIONA_CARD_REPAIR_HOURS="${repairText}" must be a number of hours from 0 to 8760 (default 24).`);

  const roundsText = value('SESIONA_DEBATE_ROUNDS') ?? DEFAULT_DEBATE_RULES.roundMinutes.join(',');
  const roundMinutes = roundsText.split(',').map((m) => Number(m.trim()));
  if (roundMinutes.length > 10 || !roundMinutes.every((m) => Number.isFinite(m) && m > 0 && m <= 120)) {
    errors.push(`SESIONA_DEBATE_ROUNDS="${roundsText}" must list each round's time limit in minutes, separated by commas, from 1 to 10 rounds of up to 120 minutes (default ${DEFAULT_DEBATE_RULES.roundMinutes.join(',')}).`);
  }
  const guestsText = value('SESIONA_GUESTS_HAVE_VOICE') ?? 'off';
  if (guestsText !== 'on' && guestsText !== 'off') errors.push(`SESIONA_GUESTS_HAVE_VOICE="${guestsText}" must be on (guests may ask for the floor) or off (the default: only the voting members, the representatives and the secretary).`);

  const opinionText = value('SESIONA_SEPARATE_OPINION_DAYS') ?? String(DEFAULT_RULES.separateOpinionDays);
  const opinionDays = opinionText === 'none' ? null : Number(opinionText);
  if (opinionDays !== null && !(Number.isInteger(opinionDays) && opinionDays >= 1 && opinionDays <= 60)) {
    errors.push(`SESIONA_SEPARATE_OPINION_DAYS="${opinionText}" must be a whole number of days from 1 to 60 (default ${DEFAULT_RULES.separateOpinionDays}), or none for no deadline.`);
  }
  const withdrawalText = value('SESIONA_WITHDRAWAL_AFTER_APPROVAL') ?? DEFAULT_RULES.withdrawalAfterApproval;
  if (withdrawalText !== 'vote' && withdrawalText !== 'conducting') {
    errors.push(`SESIONA_WITHDRAWAL_AFTER_APPROVAL="${withdrawalText}" must be vote (the body votes to withdraw an item from the approved order of the day, the default) or conducting (the secretary or the chair withdraws it).`);
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      port, host: value('HOST') ?? '0.0.0.0', dataDir: value('SESIONA_DATA_DIR') ?? './data', databaseUrl, publicHost, bot, sso, graph,
      language: (language as 'es' | 'en' | null) ?? null, timeZone, presenceNoticeDelayMs: Math.round(noticeSeconds * 1000), sessionStarters,
      meetingPresence: meetingPresence as 'ask' | 'record',
      cardRepairHours,
      debate: { roundMinutes, guestsHaveVoice: guestsText === 'on' },
      separateOpinionDays: opinionDays,
      withdrawalAfterApproval: withdrawalText as 'vote' | 'conducting',
      readAccess: sso ? (readAccessText as ReadAccess) : 'open',
      publicRead,
      links: { secret: linkKey, days: linkDays },
    },
  };
}
