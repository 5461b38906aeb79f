/**
 * Stale cards after a crash: the server is killed with `kill -9` while card updates are queued (the connector
 * refuses updates meanwhile, so they stay queued), and started again on the same store and the same connector.
 * After the restart every card in the chat shows what the record says: the vote card says the vote is closed with
 * every ballot. (`npm run soak` does the same with twenty sessions of sixty voters, killed mid-burst.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalBotConnector } from '../../src/local-connector/local-bot-connector';
import type { TeamsPerson } from '../../src/local-connector/teams-activities';
import { checkCards } from '../support/card-check';
import { ChatDriver, until } from '../support/chat-driver';
import { type ServerProcess, startServerProcess } from '../support/server-process';

const secretary: TeamsPerson = { id: '29:marta', name: 'Marta Secretaria', aadObjectId: 'aad-marta' };
const voters: TeamsPerson[] = Array.from({ length: 12 }, (_, i) => ({ id: `29:voter-${i}`, name: `Consejera ${i + 1}`, aadObjectId: `aad-voter-${i}` }));
const AGENDA = 'Orden del día\n1. Lista de asistencia y declaración de quórum.\n2. Proyecto de acuerdo por el que se aprueba el programa anual de trabajo.\n3. Asuntos generales.';
const VOTE_CARD = /Votación económica · Punto 2/;

describe('cards after a crash', () => {
  let dataDir: string;
  let connector: LocalBotConnector;
  let server: ServerProcess | null = null;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sesiona-crash-'));
    connector = await LocalBotConnector.start();
    for (const p of [secretary, ...voters]) connector.addMember(p);
  });
  afterAll(async () => {
    await server?.kill();
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('given card updates queued when the server is killed (kill -9), when it starts again on the same store, then every card shows the record: the vote closed with every ballot', async () => {
    // given: a session under way, a vote with every ballot cast and shown
    server = await startServerProcess(dataDir);
    const chat = new ChatDriver(connector, () => server!.url, 'crash', secretary);
    await chat.startSession(AGENDA, voters);
    const voteId = await chat.openVote('2');
    await Promise.all(voters.map((v, i) => chat.click(v, 'ballot', { card: 'vote', voteId, choice: i < 9 ? 'in-favour' : 'against' })));
    await until('the vote card with every ballot', () => /han votado 12 de 12/.test(chat.cardText(VOTE_CARD) ?? ''));

    // when: the vote is closed while Teams takes no updates, and the server dies before they are sent
    connector.failUpdates(503);
    await chat.say('cerrar votación');
    await server.kill();
    expect(chat.cardText(VOTE_CARD)).toMatch(/Votación abierta: han votado 12 de 12\./);
    connector.failUpdates(null);
    server = await startServerProcess(dataDir);
    await server.waitFor(/card repair: 1 session\(s\)/);

    // then
    expect(chat.cardText(VOTE_CARD)).toMatch(/Votación cerrada: votaron 12 de 12\./);
    const { checked, stale } = await checkCards(join(dataDir, 'sesiona.sqlite'), connector);
    expect(checked).toBeGreaterThanOrEqual(4); // roll call, agenda, item 2, vote
    expect(stale).toEqual([]);
  }, 90_000);
});
