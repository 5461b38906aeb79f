/**
 * The fault suite of /api/messages: fast-check posts garbage bodies and Teams activities with fields removed or
 * replaced by values of any type to a running Sesiona in the middle of a session (a vote open). Whatever comes in,
 * the answer is never 5xx, no turn fails, a refused activity records nothing, and /healthz still answers.
 */
import fc from 'fast-check';
import {
  cardAction, installationAdd, type MeetingChat, meetingEvent, messageToBot, participantsEvent, type TeamsPerson,
} from '../../src/local-connector/teams-activities';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { storeSnapshot } from '../support/store-snapshot';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Informe trimestral.\n3. Asuntos generales.';
const { secretary, chair, luis, sofia, representative } = PEOPLE;
const STRANGER: TeamsPerson = { id: '29:zoe', name: 'Zoe Sin Rol', aadObjectId: 'aad-zoe-0000' };
const DELETE = Symbol('delete');

type Path = (string | number)[];

/** Sets (or deletes) a field deep in an activity, making the objects and lists on the way. */
function setPath(target: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const next = node[path[i]!];
    if (typeof next !== 'object' || next === null) node[path[i]!] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[path[i]!] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === DELETE) delete node[last];
  else node[last] = value;
}

/** Where the bot reads: every field the edge checks, and some it does not. */
const PATHS: Path[] = [
  ['type'], ['id'], ['name'], ['text'], ['textFormat'], ['locale'], ['channelId'], ['timestamp'], ['action'], ['replyToId'],
  ['from'], ['from', 'id'], ['from', 'name'], ['from', 'aadObjectId'], ['recipient'], ['recipient', 'id'],
  ['conversation'], ['conversation', 'id'], ['conversation', 'tenantId'], ['conversation', 'isGroup'],
  ['channelData'], ['channelData', 'meeting'], ['channelData', 'meeting', 'id'], ['channelData', 'tenant'], ['channelData', 'eventType'],
  ['entities'], ['entities', 0], ['entities', 0, 'type'], ['entities', 0, 'mentioned'], ['entities', 1, 'mentioned', 'name'], ['entities', 1, 'text'],
  ['attachments'], ['attachments', 0, 'contentType'], ['attachments', 0, 'name'], ['attachments', 0, 'content'],
  ['value'], ['value', 'action'], ['value', 'action', 'type'], ['value', 'action', 'verb'], ['value', 'action', 'data'],
  ['value', 'action', 'data', 'choice'], ['value', 'action', 'data', 'voteId'], ['value', 'action', 'data', 'card'],
  ['value', 'action', 'data', 'memberId'], ['value', 'action', 'data', 'command'], ['value', 'action', 'data', 'number'],
  ['value', 'members'], ['value', 'members', 0], ['value', 'members', 0, 'user'], ['value', 'members', 0, 'user', 'aadObjectId'],
  ['membersAdded'], ['membersAdded', 0], ['membersAdded', 0, 'id'], ['membersRemoved'], ['reactionsAdded'], ['reactionsAdded', 0], ['reactionsRemoved'],
];

/** Values of every JSON type, and strings the bot gives meaning to. */
const anyValue = fc.oneof(
  fc.constant(DELETE), fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 40 }), fc.string({ minLength: 241, maxLength: 400 }),
  fc.constantFrom('', 'mention', 'Action.Execute', 'ballot', 'in-favour', 'vote', 'roll-call', 'present', 'command', 'next', '29:luis', 'aad-luis-0000'),
  fc.constantFrom('message', 'invoke', 'event', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'typing', 'endOfConversation'),
  fc.constantFrom(
    'adaptiveCard/action', 'application/search', 'fileConsent/invoke', 'task/fetch', 'task/submit', 'composeExtension/query', 'composeExtension/submitAction',
    'signin/verifyState', 'signin/tokenExchange', 'config/fetch', 'tab/fetch', 'actionableMessage/executeAction', 'message/submitAction', 'handoff/action',
    'application/vnd.microsoft.meetingStart', 'application/vnd.microsoft.meetingEnd', 'application/vnd.microsoft.meetingParticipantJoin',
    'application/vnd.microsoft.meetingParticipantLeave', 'application/vnd.microsoft.readReceipt', 'tokens/response',
    'channelCreated', 'channelRenamed', 'teamRenamed', 'teamMemberAdded', 'add', 'remove', 'add-upgrade',
  ),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

/**
 * Addresses the bot calls: `serviceUrl` (its replies: this meeting's connector, or something that is not an
 * address) and the files it downloads (nothing that answers). Never anything beyond loopback.
 */
const serviceUrlValue = (connector: string) => fc.constantFrom(connector, 'not an address', 'javascript:alert(1)', 'ftp://127.0.0.1/', 42, null, DELETE);
const downloadValue = fc.constantFrom('http://127.0.0.1:1/orden.docx', 'not an address', 42, null, DELETE);

const mutation = (connector: string) => fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.constantFrom(...PATHS), anyValue) },
  { weight: 1, arbitrary: fc.tuple(fc.constant<Path>(['serviceUrl']), serviceUrlValue(connector)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom<Path>(['attachments', 0, 'contentUrl'], ['attachments', 0, 'content', 'downloadUrl']), downloadValue) },
);

const person = fc.constantFrom(secretary, chair, luis, sofia, representative, STRANGER);
const command = fc.oneof(
  fc.constantFrom('estado', 'ayuda', 'presente', 'votación', 'cerrar votación', 'siguiente', 'punto 2', 'receso', 'reanudar', 'acuerdo: Publicar el calendario', 'asunto general: otro', 'integrantes', 'minuta', 'seguimiento'),
  fc.string({ maxLength: 60 }),
);
const cardData = fc.record({
  card: fc.constantFrom('vote', 'roll-call', 'agenda', 'item', 'help', 'draft'),
  voteId: fc.string({ maxLength: 12 }),
  choice: fc.constantFrom('in-favour', 'against', 'abstain', 'maybe'),
}, { requiredKeys: ['card'] });

/** A Teams activity of the meeting, as Teams sends it. */
const teamsActivity = (chat: () => MeetingChat) => fc.oneof(
  fc.tuple(person, command, fc.array(person, { maxLength: 2 })).map(([from, text, mentions]) => messageToBot(chat(), from, text, { mentions })),
  fc.tuple(person, fc.constantFrom('ballot', 'present', 'refresh', 'help', 'command', 'mark-present', 'confirm-agenda', 'nonsense'), cardData).map(([from, verb, data]) => cardAction(chat(), from, verb, data)),
  fc.tuple(person, fc.constantFrom('join', 'leave') as fc.Arbitrary<'join' | 'leave'>, fc.array(person, { maxLength: 3 })).map(([from, kind, people]) => participantsEvent(chat(), from, kind, people)),
  fc.tuple(person, fc.constantFrom('start', 'end') as fc.Arbitrary<'start' | 'end'>).map(([from, kind]) => meetingEvent(chat(), from, kind)),
  person.map((from) => installationAdd(chat(), from)),
  person.map((from) => ({ ...messageToBot(chat(), from, ''), type: 'typing', text: undefined, entities: undefined })),
);

describe('fault suite: whatever is posted to /api/messages', () => {
  let h: MeetingHarness;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    // no rate windows: hundreds of replies in one conversation would otherwise wait for Teams' limits
    h = await MeetingHarness.start({ outbox: { limits: [] } });
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['representantes', [representative]]], [chair, luis, sofia]);
    await h.say(secretary, 'punto 1');
    await h.say(secretary, 'votación');
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await h.stop();
  });

  /** Turns on an activity that came in that failed (the outbox's own deliveries are proactive turns, not counted). */
  const turnFailures = () => h.logs.filter((l) => /turn failed|could not be processed/.test(l) && !/ContinueConversation/.test(l));

  /** Posts a body; checks the answer is not 5xx, and that a refusal recorded nothing. */
  async function postAndCheck(body: string, contentType = 'application/json'): Promise<number> {
    const before = await storeSnapshot(h.app.store);
    const res = await fetch(`${h.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const text = await res.text();
    await h.app.bot.idle();
    expect(res.status).toBeLessThan(500);
    expect(text).not.toMatch(/\bat \w+ \(|TypeError|node_modules/);
    if (res.status >= 400) expect(await storeSnapshot(h.app.store)).toEqual(before);
    expect(turnFailures()).toEqual([]);
    return res.status;
  }

  it('given garbage bodies (any JSON, any text), then each is refused with 4xx and nothing is recorded', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 }), fc.constantFrom('{', '{"type":', 'null', '[]', '""', '{"type":"message"}')),
        fc.constantFrom('application/json', 'text/plain'),
        async (body, contentType) => {
          expect(await postAndCheck(body, contentType)).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('given Teams activities with fields removed or of any type, then never 5xx, no turn fails, a refused one records nothing', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(teamsActivity(() => h.chat), fc.array(mutation(h.connector.url), { maxLength: 3 }), async (activity, mutations) => {
        const mutated = structuredClone(activity) as Record<string, unknown>;
        for (const [path, value] of mutations) setPath(mutated, path, value);
        const status = await postAndCheck(JSON.stringify(mutated));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }),
      { numRuns: 300 },
    );
    // both sides were exercised: activities taken and activities refused
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(400)).toBeGreaterThan(0);
  });

  it('afterwards, the server is up: /healthz answers and the session goes on', async () => {
    expect(unhandled).toEqual([]);
    const health = await fetch(`${h.app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const { reply } = await h.say(secretary, 'estado');
    expect(reply.status).toBe(200);
    expect(h.lastText()).toMatch(/PRIMERA SESIÓN ORDINARIA/);
  });
});
