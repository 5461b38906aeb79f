import { FakeGraph } from '../../tests/support/fake-graph';
import { SessionService } from '../app/session-service';
import { createSession, SESSION_ID } from '../domain/testing/session-spec';
import { LiveBus } from '../store/live-bus';
import { SqliteEventStore } from '../store/sqlite-event-store';
import { GraphGateway, GraphProblem } from './graph-gateway';
import { minutesDestination, minutesFileName, type PublishSettings, SessionRecordPublisher } from './session-record-publisher';

describe('the name of the published minutes', () => {
  it('given a title with characters SharePoint refuses, then they become spaces and the date and language are in the name', () => {
    expect(minutesFileName('Sexta Sesión Ordinaria: "CPVOE" 2024/06 #1 | 100%', '2024-06-24', 'es')).toBe('Minuta - Sexta Sesión Ordinaria CPVOE 2024 06 1 100 - 2024-06-24.docx');
    expect(minutesFileName('  ...Sixth session.  ', null, 'en')).toBe('Minutes - Sixth session.docx');
    expect(minutesFileName('***', null, 'es')).toBe('Minuta - sesion.docx');
  });
});

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SITE = 'contoso.sharepoint.com:/sites/cpvoe';
const SITE_ID = 'contoso.sharepoint.com,2c6b1b1a-8f8b-4b1e-9c57-1f6a3c7d9e01,4d5e6f70-8192-4a3b-9c4d-5e6f708192a3';

describe('publishing the minutes to one SharePoint site, with Sites.Selected', () => {
  let graph: FakeGraph;
  let store: SqliteEventStore;
  const publisherFor = (settings: PublishSettings) => new SessionRecordPublisher(
    new GraphGateway({ baseUrl: `${graph.url}/v1.0`, token: async () => graph.token, retryDelaySeconds: 0.05 }),
    new SessionService(store, new LiveBus()), store, settings,
  );
  beforeEach(async () => {
    graph = await FakeGraph.start();
    store = new SqliteEventStore(':memory:');
    const created = await new SessionService(store, new LiveBus()).handle(SESSION_ID, createSession());
    if (!created.ok) throw new Error(created.rejection.reason);
  });
  afterEach(async () => {
    await store.close();
    await graph.close();
  });

  it('given the site has not granted the app, when the minutes are published, then the secretary reads Sites.Selected and the one grant to ask for, and nothing is uploaded', async () => {
    graph.addSite(SITE, SITE_ID, 'b!site-library');
    const publisher = publisherFor({ minutesSite: SITE, minutesDriveId: null, minutesFolderId: 'root' });
    expect(publisher.publishesMinutes).toBe(true);
    const problem = await publisher.publishMinutes(SESSION_ID, 'es').catch((e: GraphProblem) => e) as GraphProblem;
    expect(problem).toBeInstanceOf(GraphProblem);
    expect(problem.permission).toBe('Sites.Selected');
    expect(problem.text.es).toMatch(/^Microsoft Graph no permitió publicar la minuta en el sitio contoso\.sharepoint\.com:\/sites\/cpvoe \(SESIONA_MINUTES_SITE\): la aplicación de Sesiona necesita el permiso de aplicación Sites\.Selected con consentimiento de la persona administradora y el permiso de escritura sobre ese sitio, que concede una persona administradora con POST \/sites\/\{id-del-sitio\}\/permissions y \{"roles": \["write"\]/);
    expect(problem.text.en).toMatch(/needs the application permission Sites\.Selected with admin consent and a write grant on that site, which an administrator gives with POST \/sites\/\{site-id\}\/permissions/);
    expect(problem.text.en).not.toMatch(/Files\.ReadWrite\.All/);
    expect(graph.uploads).toEqual([]);
  });

  it('given the write grant on the site, when the minutes are published twice, then they go to the site\'s default library, found once', async () => {
    graph.addSite(SITE, SITE_ID, 'b!site-library');
    const grant = await fetch(`${graph.url}/v1.0/sites/${encodeURIComponent(SITE_ID)}/permissions`, {
      method: 'POST', headers: { authorization: `Bearer ${graph.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['write'], grantedToIdentities: [{ application: { id: APP_ID, displayName: 'Sesiona' } }] }),
    });
    expect(grant.status).toBe(201);
    const publisher = publisherFor({ minutesSite: SITE, minutesDriveId: null, minutesFolderId: '01MINUTAS' });
    const first = await publisher.publishMinutes(SESSION_ID, 'es');
    await publisher.publishMinutes(SESSION_ID, 'en');
    expect(first.name).toMatch(/^Minuta - .*\.docx$/);
    expect(graph.uploads.map((u) => [u.drive, u.folder])).toEqual([['b!site-library', '01MINUTAS'], ['b!site-library', '01MINUTAS']]);
    const lookups = graph.calls.filter((c) => c.method === 'GET' && c.path.startsWith('/v1.0/sites/')).map((c) => c.path);
    expect(lookups).toEqual([`/v1.0/sites/${SITE}?$select=id`, `/v1.0/sites/${encodeURIComponent(SITE_ID)}/drive?$select=id`]);
  });

  it('given a site that does not exist, then the message names SESIONA_MINUTES_SITE and the answer of Graph', async () => {
    const publisher = publisherFor({ minutesSite: 'contoso.sharepoint.com:/sites/nope', minutesDriveId: null, minutesFolderId: 'root' });
    const problem = await publisher.publishMinutes(SESSION_ID, 'en').catch((e: GraphProblem) => e) as GraphProblem;
    expect(problem.text.en).toMatch(/^Could not publish the minutes to the site contoso\.sharepoint\.com:\/sites\/nope \(SESIONA_MINUTES_SITE\) \(Microsoft Graph answered 404/);
  });

  it('given only a drive id (the tenant-wide fallback), then a refusal names Files.ReadWrite.All and how to need less', async () => {
    graph.failNext(/content$/, 403);
    const publisher = publisherFor({ minutesSite: null, minutesDriveId: 'b!drive', minutesFolderId: 'root' });
    const problem = await publisher.publishMinutes(SESSION_ID, 'en').catch((e: GraphProblem) => e) as GraphProblem;
    expect(problem.permission).toBe('Files.ReadWrite.All');
    expect(problem.text.en).toMatch(/Files\.ReadWrite\.All with admin consent \(or, with less privilege, Sites\.Selected and a write grant on the site of that library: give the site in SESIONA_MINUTES_SITE/);
  });

  it('the start log says where the minutes go and with which permission', () => {
    expect(minutesDestination({ minutesSite: SITE, minutesDriveId: null, minutesFolderId: 'root' })).toBe(`published to the default document library of site ${SITE}, folder root (Sites.Selected with a write grant on that site)`);
    expect(minutesDestination({ minutesSite: null, minutesDriveId: null, minutesFolderId: 'root' })).toBe('not published (SESIONA_MINUTES_SITE and SESIONA_MINUTES_DRIVE_ID unset)');
  });
});
