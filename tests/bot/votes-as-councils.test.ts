/**
 * Votes as electoral bodies take them, in one session on the seed's order of the day, through /api/messages: item 1
 * approves the minutes of the commission's previous session (held and closed first, in this test); an item added
 * with the order of the day is voted en lo general and, on the part a member reserved, en lo particular, where his
 * proposal wins; a member excused herself from that item; the member who voted against announces a voto particular.
 * Then the minutes of both sessions say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');
const BODY = 'COMISIÓN PROVISIONAL DE VINCULACIÓN CON ORGANISMOS EXTERNOS';
const EARLIER = `orden del día\n${BODY}\nQUINTA SESIÓN ORDINARIA DE 2024\n27 DE MAYO DE 2024\n1. Lista de asistencia y declaración de quórum.\n2. Asuntos generales.`;
const { secretary, chair, luis, sofia, representative } = PEOPLE;
const ROSTER: [string, (typeof PEOPLE)[keyof typeof PEOPLE][]][] = [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['representantes', [representative]]];

describe('votes as councils take them, on the seed\'s order of the day', () => {
  let h: MeetingHarness;
  let earlierId: string;
  const said = async (who: (typeof PEOPLE)[keyof typeof PEOPLE], text: string) => {
    await h.say(who, text);
    return h.lastText();
  };
  const ballots = async (choices: [(typeof PEOPLE)[keyof typeof PEOPLE], 'in-favour' | 'against' | 'abstain'][]) => {
    const voteId = (await h.view()).openVote!.id;
    for (const [who, choice] of choices) await h.click(who, 'ballot', { card: 'vote', voteId, choice });
  };

  beforeAll(async () => {
    h = await MeetingHarness.start();
    // the commission's previous session, held and closed in this meeting
    await h.startSession(EARLIER, ROSTER, [chair, luis, sofia, representative]);
    earlierId = (await h.view()).id;
    await said(secretary, 'siguiente');
    await said(secretary, 'siguiente');
    await said(secretary, 'clausura');
    expect((await h.view()).phase).toBe('closed');
  });
  afterAll(() => h.stop());

  it('1. the next session is created from the seed: its item 1 is linked to the previous session\'s minutes', async () => {
    await h.startSession(`orden del día\n${SEED}`, ROSTER, [chair, luis, sofia, representative], { approveAgenda: false });
    const view = await h.view();
    expect(view.id).not.toBe(earlierId);
    expect(view.previousMinutes).toMatchObject({ item: '1', sessionId: earlierId });
  });

  it('2. an item is proposed and approved with the order of the day ("con las modificaciones")', async () => {
    expect(await said(luis, 'propongo agregar: Proyecto de acuerdo por el que se aprueba el programa de trabajo 2025')).toMatch(/Proyecto de acuerdo por el que se aprueba el programa de trabajo 2025/);
    expect(await said(representative, 'propongo diferir el punto 4')).toMatch(/4/);
    await h.approveAgenda([chair, luis, sofia]);
    const view = await h.view();
    const added = view.agenda.find((i) => /programa de trabajo 2025/.test(i.title))!;
    expect(added).toMatchObject({ kind: 'vote', status: 'pending' });
    expect(view.agenda.find((i) => i.number === '4')!.status).toBe('deferred');
    expect(view.procedureVotes[0]!.changes?.proposals?.map((p) => p.as)).toEqual(['proposal', 'request']);
  });

  it('3. item 1 approves the previous minutes, with a correction noted', async () => {
    await said(secretary, 'siguiente');
    await said(secretary, 'observaciones a la minuta: en la página 2 debe decir «Sofía Consejera»');
    await said(secretary, 'votación');
    await ballots([[chair, 'in-favour'], [luis, 'in-favour'], [sofia, 'in-favour']]);
    await said(secretary, 'cerrar votación');
    await h.app.bot.idle();
    const earlier = await (await fetch(`${h.app.url}/api/sessions/${earlierId}`)).json();
    expect(earlier.minutesApproval).toMatchObject({ item: '1', corrections: ['en la página 2 debe decir «Sofía Consejera»'] });
  });

  it('4. on the added item, Sofía excuses herself and Luis reserves a resolutive point with a proposal', async () => {
    const view = await h.view();
    const added = view.agenda.find((i) => /programa de trabajo 2025/.test(i.title))!;
    expect(await said(sofia, `me excuso del punto ${added.number} por haber participado en la elaboración del proyecto`)).not.toMatch(/Corrígelo|no encontré/i);
    await said(secretary, `punto ${added.number}`);
    await said(luis, 'reservar punto resolutivo tercero: sustituir «30 días naturales» por «15 días hábiles»');
    const item = (await h.view()).agenda.find((i) => i.number === added.number)!;
    expect(item.excusals.map((e) => e.member.name)).toEqual([sofia.name]);
    expect(item.reservations).toEqual([expect.objectContaining({ part: 'punto resolutivo tercero', proposal: 'sustituir «30 días naturales» por «15 días hábiles»' })]);
  });

  it('5. en lo general: approved by the chair\'s casting vote (Sofía excused, her ballot refused); Luis announces a voto particular', async () => {
    const number = (await h.view()).currentItem!;
    await said(secretary, 'votación nominal');
    const open = (await h.view()).openVote!;
    expect(open).toMatchObject({ stage: 'general', excused: [expect.objectContaining({ name: sofia.name })] });
    const refused = await h.click(sofia, 'ballot', { card: 'vote', voteId: open.id, choice: 'in-favour' });
    expect(JSON.stringify(refused.body)).toMatch(/excusad/i);
    await ballots([[chair, 'in-favour'], [luis, 'against']]);
    await said(secretary, 'cerrar votación');
    const general = (await h.view()).agenda.find((i) => i.number === number)!.votes[0]!;
    expect(general).toMatchObject({ stage: 'general', outcome: 'approved-by-majority', basis: 'casting-vote' });
    await said(luis, 'voto particular');
    expect((await h.view()).separateOpinions).toEqual([expect.objectContaining({ kind: 'particular', member: expect.objectContaining({ name: luis.name }) })]);
    // the item cannot be left with a reserved part not voted
    expect(await said(secretary, 'siguiente')).toMatch(/en lo particular/);
  });

  it('6. en lo particular: Luis\'s proposal wins; the item card shows it', async () => {
    const number = (await h.view()).currentItem!;
    await said(secretary, 'votar reserva 1');
    expect((await h.view()).openVote).toMatchObject({ stage: 'particular' });
    await ballots([[chair, 'in-favour'], [luis, 'in-favour']]);
    await said(secretary, 'cerrar votación');
    const item = (await h.view()).agenda.find((i) => i.number === number)!;
    expect(item.reservations[0]!.outcome).toBe('proposal-adopted');
    expect(cardText(h.currentCard(new RegExp(`Punto ${number.replace('.', '\\.')}`))!.card)).toMatch(/propuesta/i);
  });

  it('7. closed, the minutes of this session and of the previous one say it all', async () => {
    await said(secretary, 'siguiente');
    await said(secretary, 'clausura');
    const view = await h.view();
    expect(view.phase).toBe('closed');
    const md = await (await fetch(`${h.app.url}/api/sessions/${view.id}/minutes.md`)).text();
    expect(md).toMatch(/en lo general/);
    expect(md).toMatch(/en lo particular/);
    expect(md).toMatch(/con la modificación/);
    expect(md).toMatch(/Sofía Consejera se excusó/);
    expect(md).toMatch(/voto particular/i);
    expect(md).toMatch(/Quinta Sesión Ordinaria|QUINTA SESIÓN ORDINARIA/i);
    const earlierMd = await (await fetch(`${h.app.url}/api/sessions/${earlierId}/minutes.md`)).text();
    expect(earlierMd).toMatch(/Minuta aprobada en la/i);
  });
});
