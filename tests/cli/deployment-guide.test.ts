/**
 * docs/DEPLOYMENT.md, checked against the code: it deploys nothing, but every claim that code can check holds — the
 * settings table lists exactly the settings the code reads, with the defaults the code applies; the commands it shows
 * exist with those options; the service units run what they say; and the Sites.Selected grant it shows is what the
 * publish step needs, against the local Graph.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SessionService } from '../../src/app/session-service';
import { HELP } from '../../src/cli/help';
import { DEFAULT_APP_TYPE, loadConfig, SETTINGS } from '../../src/config';
import { createSession, SESSION_ID } from '../../src/domain/testing/session-spec';
import { GraphGateway } from '../../src/graph/graph-gateway';
import { SessionRecordPublisher } from '../../src/graph/session-record-publisher';
import { SETTING_NAMES } from '../../src/package/package-settings';
import { LiveBus } from '../../src/store/live-bus';
import { SqliteEventStore } from '../../src/store/sqlite-event-store';
import { FakeGraph } from '../support/fake-graph';
import { REPO } from '../support/run-cli';

const guide = readFileSync(join(REPO, 'docs', 'DEPLOYMENT.md'), 'utf8');
const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
/** Set by the runtime, not by whoever deploys: Node's mode, and npm's when npm started the process. */
const RUNTIME_VARIABLES = ['NODE_ENV', 'npm_command'];
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/** The rows of the settings table: each variable named in the first cell, with the default cell. */
function settingsTable(): Map<string, string> {
  const section = guide.split(/^## /m).find((s) => s.startsWith('7. Settings'))!;
  const rows = new Map<string, string>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const [names, defaultCell] = line.split(' | ');
    for (const name of names!.match(/`([^`]+)`/g)!.map((n) => n.slice(1, -1))) {
      expect(rows.has(name)).toBe(false);
      rows.set(name, defaultCell!.trim());
    }
  }
  return rows;
}

/** Every environment variable a source file of Sesiona reads (src/ and bot/, tests and test support aside). */
function settingsReadBySources(): Set<string> {
  const read = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'testing' && entry !== 'node_modules') walk(path);
      } else if (/\.ts$/.test(entry) && !/\.test\.ts$/.test(entry)) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/\bvalue\('([A-Za-z_]+)'\)|\benv\.([A-Za-z_][A-Za-z0-9_]*)|\benv\[['"]([A-Za-z_][A-Za-z0-9_]*)['"]\]/g)) read.add(m[1] ?? m[2] ?? m[3]!);
      }
    }
  };
  walk(join(REPO, 'src'));
  walk(join(REPO, 'bot'));
  return read;
}

describe('docs/DEPLOYMENT.md against the code', () => {
  it('the settings table lists exactly the settings src/config.ts checks at start, the package settings among them', () => {
    expect([...settingsTable().keys()].sort()).toEqual([...SETTINGS].sort());
    for (const name of Object.values(SETTING_NAMES)) expect(SETTINGS).toContain(name);
  });

  it('no source reads a setting that is not in the table', () => {
    const unknown = [...settingsReadBySources()].filter((name) => !(SETTINGS as readonly string[]).includes(name) && !RUNTIME_VARIABLES.includes(name));
    expect(unknown).toEqual([]);
  });

  it('the defaults the table states are the defaults the code applies', () => {
    const table = settingsTable();
    const literal = (name: string) => /^`([^`]*)`$/.exec(table.get(name)!)?.[1];
    const plain = loadConfig({});
    if (!plain.ok) throw new Error(plain.errors.join('\n'));
    const c = plain.config;
    expect(literal('PORT')).toBe(String(c.port));
    expect(literal('HOST')).toBe(c.host);
    expect(literal('SESIONA_DATA_DIR')).toBe(c.dataDir);
    expect(literal('SESIONA_TIME_ZONE')).toBe(c.timeZone);
    expect(literal('SESIONA_MEETING_PRESENCE')).toBe(c.meetingPresence);
    expect(literal('SESIONA_DEBATE_ROUNDS')).toBe(c.debate.roundMinutes.join(','));
    expect(literal('SESIONA_GUESTS_HAVE_VOICE')).toBe(c.debate.guestsHaveVoice ? 'on' : 'off');
    expect(literal('SESIONA_SEPARATE_OPINION_DAYS')).toBe(String(c.separateOpinionDays));
    expect(literal('SESIONA_WITHDRAWAL_AFTER_APPROVAL')).toBe(c.withdrawalAfterApproval);
    expect(Number(literal('SESIONA_PRESENCE_NOTICE_SECONDS')) * 1000).toBe(c.presenceNoticeDelayMs);
    expect(literal('SESIONA_CARD_REPAIR_HOURS')).toBe(String(c.cardRepairHours));
    expect(literal('SESIONA_LINK_DAYS')).toBe(String(c.links.days));
    expect(literal('SESIONA_PUBLIC_READ')).toBe(c.publicRead ? 'on' : 'off');
    expect(literal('SESIONA_GRAPH')).toBe('off');
    expect(c.graph).toBeNull();

    const bot = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's', MicrosoftAppTenantId: TENANT, SESIONA_SSO_AUDIENCE: APP_ID, SESIONA_GRAPH: 'on' });
    if (!bot.ok) throw new Error(bot.errors.join('\n'));
    expect(literal('MicrosoftAppType')).toBe(bot.config.bot!.appType);
    expect(literal('MicrosoftAppType')).toBe(DEFAULT_APP_TYPE);
    expect(literal('SESIONA_READ_ACCESS')).toBe(bot.config.readAccess);
    expect(literal('SESIONA_GRAPH_BASE_URL')).toBe(bot.config.graph!.baseUrl);
    expect(literal('SESIONA_GRAPH_ATTENDANCE')).toBe(bot.config.graph!.attendance ? 'on' : 'off');
    expect(literal('SESIONA_ATTENDANCE_DELAY_SECONDS')).toBe(String(bot.config.graph!.attendanceDelaySeconds));
    expect(literal('SESIONA_MINUTES_FOLDER_ID')).toBe(bot.config.graph!.minutesFolderId);
    expect(bot.config.sso!.jwksUrl.startsWith(`${literal('SESIONA_SSO_AUTHORITY')}/`)).toBe(true);
    expect(bot.config.graph).toMatchObject({ clientId: APP_ID, clientSecret: 's', tenantId: TENANT });
    expect(bot.config.links.secret).toBe('s'); // SESIONA_LINK_SECRET defaults to MicrosoftAppPassword
  });

  it('as the guide says, an app id without a tenant is refused with the reason, and MultiTenant only when set', () => {
    expect(guide).toMatch(/with an app id and no `MicrosoftAppTenantId` the server refuses to start and says so/);
    const refused = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's', SESIONA_PUBLIC_READ: 'on' });
    expect(refused.ok ? [] : refused.errors).toEqual([expect.stringMatching(/^MicrosoftAppTenantId is required: MicrosoftAppType is SingleTenant unless set/)]);
  });

  it('every sesiona command the guide shows exists, with the options it uses', () => {
    const used = [...guide.matchAll(/(?:^|`|\s)sesiona ([a-z]+)([^`\n&|]*)/gm)].filter((m) => m[1] !== 'sesiona');
    expect(used.map((m) => m[1]).sort()).toEqual(expect.arrayContaining(['backup', 'restore', 'serve']));
    for (const [, name, rest] of used) {
      expect(Object.keys(HELP)).toContain(name);
      for (const flag of rest!.match(/--[a-z-]+/g) ?? []) expect(HELP[name!]!.usage).toContain(flag);
    }
  });

  it('the systemd units run the server and the backup the guide describes, on the store they give write access to', () => {
    const unit = readFileSync(join(REPO, 'deploy', 'sesiona.service'), 'utf8');
    const key = (text: string, name: string) => [...text.matchAll(new RegExp(`^${name}=(.*)$`, 'gm'))].map((m) => m[1]!);
    expect(key(unit, 'ExecStart')).toEqual(['/usr/bin/node /opt/sesiona/bin/sesiona.js serve']);
    expect(key(unit, 'Environment')).toContain('SESIONA_DATA_DIR=/var/lib/sesiona');
    expect(key(unit, 'StateDirectory')).toEqual(['sesiona']);
    expect(key(unit, 'ReadWritePaths')).toEqual(['/var/lib/sesiona']);
    expect(key(unit, 'KillSignal')).toEqual(['SIGTERM']);
    expect(key(unit, 'Restart')).toEqual(['on-failure']);
    expect(key(unit, 'EnvironmentFile')).toEqual(['/etc/sesiona/sesiona.env']);

    const backup = readFileSync(join(REPO, 'deploy', 'sesiona-backup.service'), 'utf8');
    expect(key(backup, 'ExecStart')[0]).toMatch(/\/opt\/sesiona\/bin\/sesiona\.js backup "\/var\/backups\/sesiona\/sesiona-\$\(date \+%%F\)\.sqlite" --force'$/);
    expect(key(backup, 'Environment')).toContain('SESIONA_DATA_DIR=/var/lib/sesiona');
    expect(key(backup, 'ReadWritePaths')).toEqual(['/var/lib/sesiona /var/backups/sesiona']);
    expect(HELP.backup!.usage).toContain('--force');
    expect(readFileSync(join(REPO, 'deploy', 'sesiona-backup.timer'), 'utf8')).toMatch(/^OnCalendar=\*-\*-\* 02:30:00$/m);
  });

  it('the environment file template names only settings of the table', () => {
    const template = readFileSync(join(REPO, 'deploy', 'sesiona.env.example'), 'utf8');
    const names = [...template.matchAll(/^#?([A-Za-z_]+)=/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(SETTINGS).toContain(name);
  });

  it('the health check path the guide gives App Service is the one the server answers', () => {
    expect(guide).toMatch(/Monitoring → \*\*Health check\*\*: path `\/healthz`/);
    const routes = readFileSync(join(REPO, 'src', 'http', 'server.ts'), 'utf8');
    expect(routes).toMatch(/['"]\/healthz['"]/);
  });

  describe('the Sites.Selected grant the guide shows, against the local Graph', () => {
    let graph: FakeGraph;
    let store: SqliteEventStore;
    beforeEach(async () => {
      graph = await FakeGraph.start();
      store = new SqliteEventStore(':memory:');
      await new SessionService(store, new LiveBus()).handle(SESSION_ID, createSession());
    });
    afterEach(async () => {
      await store.close();
      await graph.close();
    });

    it('given the site address of the guide and its grant, then the publish step asks Graph what the guide says and uploads to that site only', async () => {
      const siteAddress = /`SESIONA_MINUTES_SITE` \| — \| .*?\(`(https:\/\/[^`]+)`/.exec(guide)![1]!;
      const loaded = loadConfig({ SESIONA_GRAPH: 'on', SESIONA_GRAPH_TOKEN: graph.token, SESIONA_GRAPH_BASE_URL: `${graph.url}/v1.0`, SESIONA_MINUTES_SITE: siteAddress });
      if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
      const settings = loaded.config.graph!;
      const siteId = 'contoso.sharepoint.com,2c6b1b1a-8f8b-4b1e-9c57-1f6a3c7d9e01,4d5e6f70-8192-4a3b-9c4d-5e6f708192a3';
      graph.addSite(settings.minutesSite!, siteId, 'b!minutas');
      graph.addSite('contoso.sharepoint.com:/sites/otra', 'contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222', 'b!otra');

      // the grant, as the guide writes it
      const [, getSite, postPath, body] = /```http\nGET https:\/\/graph\.microsoft\.com\/v1\.0(\S+)\n\nPOST https:\/\/graph\.microsoft\.com\/v1\.0(\S+)\nContent-Type: application\/json\n\n(\{[\s\S]*?\n\})\n```/.exec(guide)!;
      const grant = JSON.parse(body!.replace('<MicrosoftAppId>', APP_ID)) as unknown;
      expect(grant).toEqual({ roles: ['write'], grantedToIdentities: [{ application: { id: APP_ID, displayName: 'Sesiona' } }] });
      const answer = await fetch(`${graph.url}/v1.0${postPath!.replace('{site-id}', encodeURIComponent(siteId))}`, {
        method: 'POST', headers: { authorization: `Bearer ${graph.token}`, 'content-type': 'application/json' }, body: JSON.stringify(grant),
      });
      expect(answer.status).toBe(201);

      const publisher = new SessionRecordPublisher(new GraphGateway({ baseUrl: settings.baseUrl, token: async () => graph.token }), new SessionService(store, new LiveBus()), store, settings);
      await publisher.publishMinutes(SESSION_ID, 'es');
      expect(graph.uploads.map((u) => u.drive)).toEqual(['b!minutas']);
      expect(graph.calls.filter((c) => c.method === 'GET').map((c) => c.path)[0]).toBe(`/v1.0${getSite}`);
      // the other site never granted anything: Sites.Selected reaches nothing there
      const other = await fetch(`${graph.url}/v1.0/sites/contoso.sharepoint.com:/sites/otra`, { headers: { authorization: `Bearer ${graph.token}` } });
      expect(other.status).toBe(403);
    });
  });
});
