/**
 * Sixty voting members vote within two seconds while the local Bot Connector enforces Teams' rate limits:
 * every ballot counts, the connector never sees more than Teams allows, and the final card shows 60 ballots.
 */
import { cardAction, postActivity, type TeamsPerson } from '../../src/local-connector/teams-activities';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';

const voters: TeamsPerson[] = Array.from({ length: 60 }, (_, i) => ({ id: `29:voter-${i}`, name: `Consejera ${i + 1}`, aadObjectId: `aad-voter-${i}` }));
const AGENDA = 'Orden del día\n1. Lista de asistencia y declaración de quórum.\n2. Proyecto de acuerdo por el que se aprueba el programa anual de trabajo.\n3. Asuntos generales.';

describe('sixty voters under Teams rate limits', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start({ connector: { enforceTeamsLimits: true }, people: [PEOPLE.secretary, ...voters] });
  });
  afterAll(() => h.stop());

  it('every ballot counts and the connector never sees more than Teams allows', async () => {
    const { secretary } = PEOPLE;
    await h.say(secretary, AGENDA);
    const draftId = h.postedCards().pop()!.card.actions[0].data.draftId;
    await h.click(secretary, 'confirm-agenda', { card: 'draft', draftId });
    await h.say(secretary, 'integrantes', { mentions: voters });
    expect((await h.view()).members).toHaveLength(61);

    await h.say(secretary, 'pase de lista');
    await Promise.all(voters.map((v) => h.click(v, 'present', { card: 'roll-call' })));
    await h.say(secretary, 'iniciar sesión');
    await h.approveAgenda(voters);
    await h.say(secretary, 'punto 2');
    await h.say(secretary, 'votación');
    const voteId = (await h.view()).openVote!.id;

    const started = Date.now();
    const replies = await Promise.all(voters.map((v, i) =>
      postActivity(h.app.url, cardAction(h.chat, v, 'ballot', { card: 'vote', voteId, choice: i < 45 ? 'in-favour' : i < 55 ? 'against' : 'abstain' }))));
    const elapsed = Date.now() - started;
    await h.app.bot.idle();
    expect(elapsed).toBeLessThan(2_000);
    expect(replies.every((r) => r.status === 200 && r.body.type === 'application/vnd.microsoft.card.adaptive')).toBe(true);

    await h.say(secretary, 'cerrar votación');
    await h.app.bot.idle();
    const view = await h.view();
    expect(view.agenda[1]!.vote).toMatchObject({ status: 'closed', outcome: 'approved-by-majority', tally: { inFavour: 45, against: 10, abstain: 5 } });
    expect(view.agenda[1]!.vote!.ballots).toHaveLength(60);

    const card = cardText(h.currentCard(/Votación económica · Punto 2/)!.card);
    expect(card).toMatch(/Votación cerrada: votaron 60 de 60\./);
    expect(card).toMatch(/A favor: 45\nEn contra: 10\nAbstención: 5/);

    const rate = h.connector.maxObservedRate(h.chat.conversationId);
    expect(rate.per1s).toBeLessThanOrEqual(7);
    expect(rate.per2s).toBeLessThanOrEqual(8);
    expect(rate.per30s).toBeLessThanOrEqual(60);
    expect(h.connector.calls.filter((c) => c.status === 429)).toEqual([]);
    // many ballots became few card updates
    const voteCardId = h.currentCard(/Votación económica · Punto 2/)!.id;
    expect(h.connector.updates().filter((u) => u.activityId === voteCardId).length).toBeLessThan(20);
  });
});
