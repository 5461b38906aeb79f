/**
 * Two instances of Sesiona behind one load balancer, on one PostgreSQL: Teams sends each activity to either.
 * The secretary's messages and the voters' clicks alternate between them; the cards are drawn by the instance that
 * leads the conversation (a PostgreSQL lease), so the chat's cards end as the record says and Teams' rate limits
 * (enforced by the local Bot Connector) are never exceeded by the two together.
 */
import { loadConfig } from '../../src/config';
import { type RunningSesiona, startSesiona } from '../../src/http/start-sesiona';
import { LocalBotConnector } from '../../src/local-connector/local-bot-connector';
import type { TeamsPerson } from '../../src/local-connector/teams-activities';
import { PostgresEventStore } from '../../src/store/postgres-event-store';
import { dropSchemas, TEST_DATABASE_URL } from '../../src/store/testing/test-database';
import { ChatDriver, until } from '../support/chat-driver';

const secretary: TeamsPerson = { id: '29:marta', name: 'Marta Secretaria', aadObjectId: 'aad-marta' };
const voters: TeamsPerson[] = Array.from({ length: 9 }, (_, i) => ({ id: `29:voter-${i}`, name: `Consejera ${i + 1}`, aadObjectId: `aad-voter-${i}` }));
const AGENDA = 'Orden del día\n1. Lista de asistencia y declaración de quórum.\n2. Proyecto de acuerdo por el que se aprueba el programa anual de trabajo.\n3. Asuntos generales.';
const VOTE_CARD = /Votación económica · Punto 2/;

describe('two instances on one PostgreSQL', () => {
  const schema = `sesiona_two_${process.pid}`;
  let connector: LocalBotConnector;
  const instances: RunningSesiona[] = [];

  beforeAll(async () => {
    connector = await LocalBotConnector.start({ enforceTeamsLimits: true });
    for (const p of [secretary, ...voters]) connector.addMember(p);
    const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1', SESIONA_PRESENCE_NOTICE_SECONDS: '0.2' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    for (let i = 0; i < 2; i++) {
      const store = await PostgresEventStore.open(TEST_DATABASE_URL, schema);
      instances.push(await startSesiona(loaded.config, { store, log: () => undefined, outbox: { baseDelayMs: 50 } }));
    }
  });
  afterAll(async () => {
    for (const i of instances) await i.stop();
    await connector.close();
    await dropSchemas([schema]);
  });

  it('given messages and clicks alternating between two instances, when a vote is taken and closed, then every card ends as the record says and Teams never answers 429', async () => {
    // given: the session started through instance A
    const [a, b] = instances as [RunningSesiona, RunningSesiona];
    let turn = 0;
    const chat = new ChatDriver(connector, () => (turn++ % 2 === 0 ? a.url : b.url), 'two', secretary);
    await chat.startSession(AGENDA, voters);

    // when: item 2 is voted, each ballot going to the other instance than the last, and the vote closed
    const voteId = await chat.openVote('2');
    await Promise.all(voters.map((v, i) => chat.click(v, 'ballot', { card: 'vote', voteId, choice: i < 6 ? 'in-favour' : 'against' })));
    await chat.say('cerrar votación');

    // then: the vote card says what the record says, and both instances read the same record
    await until('the closed vote card', () => /Votación cerrada: votaron 9 de 9\./.test(chat.cardText(VOTE_CARD) ?? ''));
    const sessionId = (await a.bindings.sessionFor(chat.chat.meetingId!))!;
    const [viewA, viewB] = [await a.service.view(sessionId), await b.service.view(sessionId)];
    expect(viewB).toEqual(viewA);
    expect(connector.calls.filter((c) => c.status === 429)).toEqual([]);
    const rate = connector.maxObservedRate(chat.chat.conversationId);
    expect(rate.per1s).toBeLessThanOrEqual(7);
    expect(rate.per30s).toBeLessThanOrEqual(60);
  }, 120_000);
});
