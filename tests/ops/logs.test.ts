/**
 * The log operators read: JSON lines with the level and, for what happens while serving a request, the request,
 * session, conversation and actor ids; never a person's name, never the choice of a ballot.
 */
import { loadConfig } from '../../src/config';
import { cast, command, createSession, ROLES, SESSION_ID, voteId, VOTERS } from '../../src/domain/testing/session-spec';
import { type RunningSesiona, startSesiona } from '../../src/http/start-sesiona';
import { LocalBotConnector } from '../../src/local-connector/local-bot-connector';
import { cardAction, type MeetingChat, postActivity } from '../../src/local-connector/teams-activities';
import { createLogger, lineLog, logSettings } from '../../src/ops/logger';
import { createTempStore, type TempStore } from '../support/temp-store';

type Entry = Record<string, unknown> & { level: string; msg: string };

describe('the log', () => {
  let app: RunningSesiona;
  let temp: TempStore;
  let connector: LocalBotConnector;
  const lines: string[] = [];
  const entries = (): Entry[] => lines.map((line) => JSON.parse(line) as Entry);

  beforeAll(async () => {
    temp = createTempStore();
    connector = await LocalBotConnector.start();
    const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const logger = createLogger({ level: 'debug', format: 'json' }, { write: (line: string) => void lines.push(line) });
    app = await startSesiona(loaded.config, { store: temp.store, logger });
  });

  afterAll(async () => {
    await app.stop();
    await connector.close();
    await temp.cleanup();
  });

  it('given the server starts, then each line is a JSON object with its time, level, component and message', () => {
    const listening = entries().find((e) => /^listening on/.test(e.msg));
    expect(listening).toMatchObject({ level: 'info', component: 'sesiona', service: 'sesiona', pid: process.pid });
    expect(new Date(listening!.time as string).toString()).not.toBe('Invalid Date');
  });

  it('given a ballot in an económica vote sent through /api/messages, then the lines of that turn carry its request, session, conversation and actor ids, and none tells the voter\'s name or choice', async () => {
    const handle = async (c: Parameters<RunningSesiona['service']['handle']>[1]) => {
      const result = await app.service.handle(SESSION_ID, c);
      if (!result.ok) throw new Error(`${c.type}: ${result.rejection.reason}`);
    };
    await handle(createSession());
    await handle(command('AssignRoles', cast.secretary, { members: ROLES.map(([a, role]) => ({ id: a.id, name: a.name, role })) }, 1));
    await handle(command('StartRollCall', cast.secretary, {}, 2));
    for (const voter of VOTERS) await handle(command('MarkAttendance', cast.secretary, { memberId: voter.id, present: true }, 3));
    await handle(command('StartSession', cast.secretary, {}, 4));
    await handle(command('OpenVote', cast.secretary, { voteId: voteId('v-agenda'), method: 'economica', subject: 'agenda' }, 5));
    await app.bindings.bind('meeting-1', SESSION_ID, new Date().toISOString());
    const chat: MeetingChat = {
      serviceUrl: connector.url, conversationId: '19:meeting_1@thread.v2', meetingId: 'meeting-1', tenantId: 'tenant', bot: { id: '28:sesiona', name: 'Sesiona' },
    };
    const luis = { id: '29:luis', name: cast.luis.name, aadObjectId: cast.luis.id };
    lines.length = 0;

    const reply = await postActivity(app.url, { ...cardAction(chat, luis, 'ballot', { card: 'vote', voteId: 'v-agenda', choice: 'against' }), id: 'activity-ballot-1' });
    await app.bot.idle();

    expect(reply.status).toBe(200);
    expect((await app.service.view(SESSION_ID))!.openVote).toBeTruthy();
    const served = entries().find((e) => e.component === 'http' && e.path === '/api/messages');
    expect(served).toMatchObject({
      level: 'debug', method: 'POST', status: 200,
      conversationId: chat.conversationId, actorId: cast.luis.id, sessionId: SESSION_ID,
    });
    expect(served!.requestId).toEqual(expect.any(String));
    const everything = lines.join('\n');
    expect(everything).not.toMatch(/Luis|Consejero/);
    expect(everything).not.toMatch(/against|en contra/);
  });

  it('given a level or a format that does not exist, then the settings name the variable and what to put there', () => {
    expect(logSettings({ SESIONA_LOG_LEVEL: 'verbose', SESIONA_LOG_FORMAT: 'xml' }, false)).toEqual({ ok: false, errors: [
      expect.stringMatching(/^SESIONA_LOG_LEVEL="verbose" is not a level: use one of fatal, error, warn, info, debug, trace, silent/),
      expect.stringMatching(/^SESIONA_LOG_FORMAT="xml" is not a format: use json .* or pretty/),
    ] });
  });

  it('given no settings, then info in JSON, and readable lines when the output is a terminal', () => {
    expect(logSettings({}, false)).toEqual({ ok: true, settings: { level: 'info', format: 'json' } });
    expect(logSettings({}, true)).toEqual({ ok: true, settings: { level: 'info', format: 'pretty' } });
  });

  it('given the parts\' plain lines, then the bracketed prefix is the component, and a failure or a local-only mode is a warning', () => {
    const out: string[] = [];
    const log = lineLog(createLogger({ level: 'info', format: 'json' }, { write: (line: string) => void out.push(line) }));
    log('[bot] card repair: 0 session(s)');
    log('[outbox] update of vote-1 failed (HTTP 503); trying again');
    log('[bot] no MicrosoftAppId: the bot accepts anonymous requests on /api/messages (local development only; never expose it like this)');
    log('plain line');
    expect(out.map((line) => JSON.parse(line) as Entry).map(({ level, component, msg }) => [level, component, msg])).toEqual([
      ['info', 'bot', 'card repair: 0 session(s)'],
      ['warn', 'outbox', 'update of vote-1 failed (HTTP 503); trying again'],
      ['warn', 'bot', 'no MicrosoftAppId: the bot accepts anonymous requests on /api/messages (local development only; never expose it like this)'],
      ['info', 'sesiona', 'plain line'],
    ]);
  });

  it('given the pretty format, then a line reads as time, level, [component] and the message', () => {
    const out: string[] = [];
    const logger = createLogger({ level: 'info', format: 'pretty' }, { write: (line: string) => void out.push(line) });
    logger.info({ component: 'bot' }, 'card repair: 0 session(s)');
    expect(out.join('')).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO.*: \[bot\] card repair: 0 session\(s\)\n$/);
  });
});
