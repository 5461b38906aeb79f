import { loadConfig } from './config';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const LINK_SECRET = 'k'.repeat(32);

const errorsOf = (env: Record<string, string>) => {
  const loaded = loadConfig(env);
  return loaded.ok ? [] : loaded.errors;
};

describe('configuration from the environment', () => {
  it('given nothing set, then the defaults are the embedded store on port 3978, anonymous bot, no SSO', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      config: {
        port: 3978, host: '0.0.0.0', dataDir: './data', databaseUrl: null, publicHost: null, bot: null, sso: null, graph: null, language: null,
        timeZone: 'America/Mexico_City', presenceNoticeDelayMs: 5000, sessionStarters: [], meetingPresence: 'ask', cardRepairHours: 24, debate: { roundMinutes: [10, 5, 3], guestsHaveVoice: false }, separateOpinionDays: 2, withdrawalAfterApproval: 'vote',
        readAccess: 'open', publicRead: false, links: { secret: null, days: 7 },
      },
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT="abc" is not a port number/],
    [{ PORT: '70000' }, /PORT="70000"/],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, /DATABASE_URL must be a PostgreSQL URL/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a URL/],
    [{ SESIONA_PUBLIC_HOST: 'https://sesiona.example.org/' }, /SESIONA_PUBLIC_HOST=.* must be a host name/],
    [{ MicrosoftAppId: 'my-bot', SESIONA_PUBLIC_READ: 'on' }, /MicrosoftAppId="my-bot" is not a GUID/],
    [{ MicrosoftAppId: APP_ID }, /no credential: set MicrosoftAppPassword/],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId is required/],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', SESIONA_PUBLIC_READ: 'on' }, /^MicrosoftAppTenantId is required: MicrosoftAppType is SingleTenant unless set .* or MicrosoftAppType=MultiTenant if the app registration is multi-tenant\.$/],
    [{ SESIONA_GRAPH: 'on', SESIONA_GRAPH_TOKEN: 't', SESIONA_MINUTES_SITE: 'cpvoe' }, /SESIONA_MINUTES_SITE="cpvoe" is not a SharePoint site: use its address as the browser shows it/],
    [{ SESIONA_GRAPH: 'on', SESIONA_GRAPH_TOKEN: 't', SESIONA_MINUTES_SITE: 'http://contoso.sharepoint.com/sites/cpvoe' }, /SESIONA_MINUTES_SITE=.* is not a SharePoint site/],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'Anything' }, /MicrosoftAppType="Anything" must be/],
    [{ SESIONA_SSO_AUDIENCE: APP_ID }, /SESIONA_SSO_AUDIENCE is set but the tenant is unknown/],
    [{ SESIONA_LANGUAGE: 'fr' }, /SESIONA_LANGUAGE="fr" must be es or en/],
    [{ SESIONA_TIME_ZONE: 'Mexico City' }, /SESIONA_TIME_ZONE="Mexico City" is not a time zone: use an IANA name such as America\/Mexico_City/],
    [{ SESIONA_PRESENCE_NOTICE_SECONDS: 'soon' }, /SESIONA_PRESENCE_NOTICE_SECONDS="soon" must be a number of seconds from 0 to 300/],
    [{ SESIONA_SESSION_STARTERS: 'marta@example.org' }, /SESIONA_SESSION_STARTERS has "marta@example.org", which is not an Entra object id/],
    [{ SESIONA_MEETING_PRESENCE: 'maybe' }, /SESIONA_MEETING_PRESENCE="maybe" must be ask .* or record/],
    [{ SESIONA_DEBATE_ROUNDS: '10,cinco' }, /SESIONA_DEBATE_ROUNDS="10,cinco" must list each round's time limit in minutes/],
    [{ SESIONA_DEBATE_ROUNDS: '10,,3' }, /SESIONA_DEBATE_ROUNDS="10,,3" must list/],
    [{ SESIONA_SEPARATE_OPINION_DAYS: 'dos' }, /SESIONA_SEPARATE_OPINION_DAYS="dos" must be a whole number of days from 1 to 60 .* or none/],
    [{ SESIONA_WITHDRAWAL_AFTER_APPROVAL: 'chair' }, /SESIONA_WITHDRAWAL_AFTER_APPROVAL="chair" must be vote .* or conducting/],
    [{ SESIONA_GUESTS_HAVE_VOICE: 'yes' }, /SESIONA_GUESTS_HAVE_VOICE="yes" must be on .* or off/],
    [{ SESIONA_GRAPH: 'yes' }, /SESIONA_GRAPH="yes" must be on or off/],
    [{ SESIONA_CARD_REPAIR_HOURS: 'a day' }, /SESIONA_CARD_REPAIR_HOURS="a day" must be a number of hours/],
    [{ SESIONA_GRAPH: 'on' }, /SESIONA_GRAPH=on needs app-only credentials/],
    [{ SESIONA_GRAPH: 'on', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }, /SESIONA_GRAPH=on needs app-only credentials[\s\S]*MicrosoftAppTenantId/],
    [{ SESIONA_GRAPH: 'on', SESIONA_GRAPH_TOKEN: 't', SESIONA_GRAPH_TENANT: 'contoso' }, /SESIONA_GRAPH_TENANT="contoso" is not a GUID/],
    [{ SESIONA_GRAPH: 'on', SESIONA_GRAPH_TOKEN: 't', SESIONA_ATTENDANCE_DELAY_SECONDS: 'soon' }, /SESIONA_ATTENDANCE_DELAY_SECONDS="soon" must be a number of seconds/],
    [{ SESIONA_GRAPH: 'on', SESIONA_GRAPH_TOKEN: 't', SESIONA_GRAPH_ATTENDANCE: 'maybe' }, /SESIONA_GRAPH_ATTENDANCE="maybe" must be on or off/],
    [{ SESIONA_READ_ACCESS: 'everyone' }, /SESIONA_READ_ACCESS="everyone" must be meeting .* or tenant/],
    [{ SESIONA_PUBLIC_READ: 'yes' }, /SESIONA_PUBLIC_READ="yes" must be on or off/],
    [{ SESIONA_LINK_DAYS: '0' }, /SESIONA_LINK_DAYS="0" must be a whole number of days from 1 to 365/],
    [{ SESIONA_LINK_DAYS: 'una semana' }, /SESIONA_LINK_DAYS="una semana"/],
    [{ SESIONA_LINK_SECRET: 'short' }, /SESIONA_LINK_SECRET is too short \(5 characters\): use at least 32 random characters/],
    [{ SESIONA_SSO_AUDIENCE: APP_ID, SESIONA_SSO_TENANT: TENANT }, /SESIONA_SSO_AUDIENCE is set, so the minutes links .* must be signed.*set SESIONA_LINK_SECRET/],
    [{ SESIONA_SSO_AUDIENCE: APP_ID, SESIONA_SSO_TENANT: TENANT, SESIONA_LINK_SECRET: LINK_SECRET, SESIONA_PUBLIC_READ: 'on' }, /SESIONA_PUBLIC_READ=on .* but SESIONA_SSO_AUDIENCE asks for Teams sign-in/],
  ])('given %j, then the start is refused with a message naming the variable', (env, message) => {
    const errors = errorsOf(env as Record<string, string>);
    expect(errors.some((e) => message.test(e))).toBe(true);
  });

  it('given several problems, then all of them are reported at once', () => {
    expect(errorsOf({ PORT: 'x', DATABASE_URL: 'mysql://x', MicrosoftAppId: 'y', MicrosoftAppPassword: 'p', MicrosoftAppTenantId: TENANT, SESIONA_PUBLIC_READ: 'on' })).toHaveLength(3);
  });

  it('given a bot Teams reaches (MicrosoftAppId) without sign-in for the side panel, then the start is refused, saying what anyone could read and the two ways out', () => {
    const errors = errorsOf({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret', MicrosoftAppTenantId: TENANT });
    expect(errors).toEqual([expect.stringMatching(/^MicrosoftAppId is set but SESIONA_SSO_AUDIENCE is not: this server would show every session, its live stream and its minutes to anyone/)]);
    expect(errors[0]).toMatch(/Set SESIONA_SSO_AUDIENCE .* or set SESIONA_PUBLIC_READ=on if every session on this server is public on purpose/);
  });

  it('given that bot with SESIONA_PUBLIC_READ=on, then it starts with reading open, on purpose', () => {
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret', MicrosoftAppTenantId: TENANT, SESIONA_PUBLIC_READ: 'on' })).toMatchObject({ ok: true, config: { readAccess: 'open', publicRead: true } });
  });

  it('given SSO, then sessions are followed by the people of their meeting unless SESIONA_READ_ACCESS=tenant, and links last SESIONA_LINK_DAYS', () => {
    const sso = { SESIONA_SSO_AUDIENCE: APP_ID, SESIONA_SSO_TENANT: TENANT, SESIONA_LINK_SECRET: LINK_SECRET };
    expect(loadConfig(sso)).toMatchObject({ ok: true, config: { readAccess: 'meeting', links: { secret: LINK_SECRET, days: 7 } } });
    expect(loadConfig({ ...sso, SESIONA_READ_ACCESS: 'tenant', SESIONA_LINK_DAYS: '30' })).toMatchObject({ ok: true, config: { readAccess: 'tenant', links: { days: 30 } } });
  });

  it('given no SESIONA_LINK_SECRET, then the bot\'s client secret signs the links', () => {
    const loaded = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret', MicrosoftAppTenantId: TENANT, SESIONA_SSO_AUDIENCE: APP_ID });
    expect(loaded).toMatchObject({ ok: true, config: { links: { secret: 's3cret' } } });
  });

  it('given a short SESIONA_LINK_SECRET, then the message does not repeat the secret', () => {
    expect(errorsOf({ SESIONA_LINK_SECRET: 'my-little-secret' }).join(' ')).not.toMatch(/my-little-secret/);
  });

  it('given a bot with a secret and SSO for a tenant, then the credentials and the tenant keys are configured', () => {
    const loaded = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT, SESIONA_SSO_AUDIENCE: `${APP_ID}, api://sesiona.example.org/${APP_ID}` });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.config.bot).toMatchObject({ appId: APP_ID, password: 's3cret', appType: 'SingleTenant', tenantId: TENANT });
    expect(loaded.config.sso).toEqual({
      audiences: [APP_ID, `api://sesiona.example.org/${APP_ID}`],
      tenantId: TENANT,
      jwksUrl: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
      issuers: [`https://login.microsoftonline.com/${TENANT}/v2.0`, `https://sts.windows.net/${TENANT}/`],
    });
  });

  it('given Graph on with the bot credentials and a minutes folder, then the bot app is used in its tenant', () => {
    const loaded = loadConfig({
      MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT, SESIONA_SSO_AUDIENCE: APP_ID,
      SESIONA_GRAPH: 'on', SESIONA_MINUTES_DRIVE_ID: 'b!drive', SESIONA_MINUTES_FOLDER_ID: '01FOLDER',
    });
    expect(loaded.ok && loaded.config.graph).toEqual({
      baseUrl: 'https://graph.microsoft.com/v1.0', tenantId: TENANT, clientId: APP_ID, clientSecret: 's3cret', token: null,
      minutesSite: null, minutesDriveId: 'b!drive', minutesFolderId: '01FOLDER', attendance: true, attendanceDelaySeconds: 300,
    });
  });

  it('given a bot without MicrosoftAppType, then it is the single-tenant app the guide registers; MultiTenant only when said', () => {
    const single = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret', MicrosoftAppTenantId: TENANT, SESIONA_PUBLIC_READ: 'on' });
    expect(single.ok && single.config.bot).toMatchObject({ appType: 'SingleTenant', tenantId: TENANT });
    const multi = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret', MicrosoftAppType: 'MultiTenant', SESIONA_PUBLIC_READ: 'on' });
    expect(multi.ok && multi.config.bot).toMatchObject({ appType: 'MultiTenant', tenantId: null });
  });

  it.each([
    ['https://contoso.sharepoint.com/sites/cpvoe', 'contoso.sharepoint.com:/sites/cpvoe'],
    ['https://contoso.sharepoint.com/sites/Comisión%20CPVOE/', 'contoso.sharepoint.com:/sites/Comisión CPVOE'],
    ['https://contoso.sharepoint.com/sites/cpvoe/Documentos%20compartidos/Forms/AllItems.aspx', 'contoso.sharepoint.com:/sites/cpvoe'],
    ['contoso.sharepoint.com:/teams/cpvoe', 'contoso.sharepoint.com:/teams/cpvoe'],
    ['contoso.sharepoint.com,2c6b1b1a-8f8b-4b1e-9c57-1f6a3c7d9e01,4d5e6f70-8192-4a3b-9c4d-5e6f708192a3', 'contoso.sharepoint.com,2c6b1b1a-8f8b-4b1e-9c57-1f6a3c7d9e01,4d5e6f70-8192-4a3b-9c4d-5e6f708192a3'],
  ])('given SESIONA_MINUTES_SITE=%s, then Graph addresses the site as %s', (site, reference) => {
    const loaded = loadConfig({ SESIONA_GRAPH: 'on', SESIONA_GRAPH_TOKEN: 't', SESIONA_MINUTES_SITE: site });
    expect(loaded.ok && loaded.config.graph).toMatchObject({ minutesSite: reference, minutesDriveId: null, minutesFolderId: 'root' });
  });

  it('given Graph off or unset, then there is no Graph and nothing else changes', () => {
    expect(loadConfig({ SESIONA_GRAPH: 'off' })).toMatchObject({ ok: true, config: { graph: null } });
  });
});
