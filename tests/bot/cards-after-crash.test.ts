/**
 * Stale cards after a crash: the server is killed with `kill -9` while card updates are queued (the connector
 * refuses updates meanwhile, so they stay queued), and started again on the same store and the same connector.
 * After the restart every card in the chat shows what the record says: the vote card says the vote is closed with
 * every ballot.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalBotConnector } from '../../src/local-connector/local-bot-connector';
import { cardAction, type MeetingChat, messageToBot, postActivity, type TeamsPerson } from '../../src/local-connector/teams-activities';
import { cardText } from '../../src/simulate/card-text';
import { checkCards } from '../support/card-check';
import { type ServerProcess, startServerProcess } from '../support/server-process';

const secretary: TeamsPerson = { id: '29:marta', name: 'Marta Secretaria', aadObjectId: 'aad-marta' };
const voters: TeamsPerson[] = Array.from({ length: 12 }, (_, i) => ({ id: `29:voter-${i}`, name: `Consejera ${i + 1}`, aadObjectId: `aad-voter-${i}` }));
const AGENDA = 'Orden del día\n1. Lista de asistencia y declaración de quórum.\n2. Proyecto de acuerdo por el que se aprueba el programa anual de trabajo.\n3. Asuntos generales.';

async function until<T>(what: string, probe: () => T | null | undefined | false, ms = 15_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
    const found = probe();
    if (found) return found;
  }
  throw new Error(`timed out waiting for ${what}`);
}

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
    const chat: MeetingChat = {
      serviceUrl: connector.url, conversationId: '19:meeting_crash@thread.v2', meetingId: 'crash-meeting', tenantId: 'tenant', bot: { id: '28:sesiona', name: 'Sesiona' }, locale: 'es-MX',
    };
    const cards = () => connector.activities(chat.conversationId).filter((c) => c.body?.attachments?.[0]?.content?.type === 'AdaptiveCard');
    const voteCard = () => cards().map((c) => ({ id: c.activityId!, text: cardText(connector.message(c.activityId!).attachments[0].content) })).find((c) => /Votación económica · Punto 2/.test(c.text));
    const say = async (text: string, mentions?: TeamsPerson[]) => expect((await postActivity(server!.url, messageToBot(chat, secretary, text, { mentions }))).status).toBe(200);
    const click = async (who: TeamsPerson, verb: string, data: Record<string, unknown>) => {
      const reply = await postActivity(server!.url, cardAction(chat, who, verb, data));
      expect(reply).toMatchObject({ status: 200, body: { type: 'application/vnd.microsoft.card.adaptive' } });
    };

    // given: a session under way, a vote with every ballot cast and shown
    server = await startServerProcess(dataDir);
    await say(AGENDA);
    const draft = await until('the draft card', () => cards().pop()?.body.attachments[0].content.actions?.[0]?.data?.draftId);
    await click(secretary, 'confirm-agenda', { card: 'draft', draftId: draft });
    await say('integrantes', voters);
    await say('pase de lista');
    for (const v of voters) await click(v, 'present', { card: 'roll-call' });
    await say('iniciar sesión');
    await say('punto 2');
    await say('votación');
    const voteId = await until('the vote card', () => voteCard() && cards().map((c) => c.body.attachments[0].content.actions?.find((a: { data?: { voteId?: string } }) => a.data?.voteId)?.data.voteId).find(Boolean));
    await Promise.all(voters.map((v, i) => click(v, 'ballot', { card: 'vote', voteId, choice: i < 9 ? 'in-favour' : 'against' })));
    await until('the vote card with every ballot', () => /han votado 12 de 12/.test(voteCard()?.text ?? ''));

    // when: the vote is closed while Teams takes no updates, and the server dies before they are sent
    connector.failUpdates(503);
    await say('cerrar votación');
    await server.kill();
    expect(voteCard()!.text).toMatch(/Votación abierta: han votado 12 de 12\./);
    connector.failUpdates(null);
    server = await startServerProcess(dataDir);
    await server.waitFor(/card repair: 1 session\(s\)/);

    // then
    expect(voteCard()!.text).toMatch(/Votación cerrada: votaron 12 de 12\./);
    const { checked, stale } = await checkCards(join(dataDir, 'sesiona.sqlite'), connector);
    expect(checked).toBeGreaterThanOrEqual(4); // roll call, agenda, item 2, vote
    expect(stale).toEqual([]);
  }, 90_000);
});
