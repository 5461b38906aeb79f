/**
 * Changes to the order of the day and the previous minutes, through /api/messages: the fifth session of a commission
 * is held and closed; the sixth, in another meeting, has an item 1 that approves the fifth's minutes, linked when
 * the session is created. Before the order of the day is approved a member proposes adding an item and a
 * representative requests deferring one; the order of the day is approved with the changes; corrections to the
 * minutes are noted; item 1 approved marks the fifth's minutes approved; once the order of the day is approved,
 * withdrawing an item is put to the vote.
 */
import { SessionService } from '../../src/app/session-service';
import type { SessionView } from '../../src/app/session-view';
import { asAadObjectId } from '../../src/domain';
import { LiveBus } from '../../src/store/live-bus';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { cardProblems } from '../support/validate-card';

const BODY = 'COMISIÓN PERMANENTE DE VINCULACIÓN CON ORGANISMOS EXTERNOS';
const FIFTH = `${BODY}\nQUINTA SESIÓN ORDINARIA DE 2024\n27 DE MAYO DE 2024\n12:30 HORAS\nOrden del día\n1. Lista de asistencia y declaración de quórum.\n2. Proyecto de acuerdo por el que se aprueba el programa anual de trabajo.\n3. Asuntos generales.`;
const SIXTH = [
  BODY, 'SEXTA SESIÓN ORDINARIA DE 2024', '24 DE JUNIO DE 2024', '12:30 HORAS', 'Orden del día',
  '1. Presentación y, en su caso, aprobación del proyecto de minuta de la quinta sesión ordinaria de 2024.',
  '2. Presentación del informe sobre la suscripción de convenios interinstitucionales.',
  '3. Proyecto de acuerdo por el que se aprueba el calendario de sesiones.',
  '4. Asuntos generales.',
].join('\n');
const ADDED = 'Informe sobre el Programa de Resultados Electorales Preliminares';
const { secretary, chair, luis, sofia, representative, guest } = PEOPLE;
const VOTERS = [chair, luis, sofia];

describe('changes to the order of the day and the previous minutes approved in the session', () => {
  let h: MeetingHarness;
  let fifthId = '';
  beforeAll(async () => {
    // Teams' rate limits are the outbox's own tests' concern: without them two whole sessions take seconds, not a minute
    h = await MeetingHarness.start({ outbox: { limits: [] } });
  });
  afterAll(() => h.stop());

  const meeting = (n: number) => {
    h.chat = { ...h.chat, conversationId: `19:meeting_sesion${n}@thread.v2`, meetingId: `MCMxOTptZWV0aW5nX3Nlc2lvbi${n}` };
  };
  const say = async (text: string, from = secretary, options: { mentions?: typeof secretary[]; locale?: string } = {}) => {
    await h.say(from, text, options);
    return h.lastText();
  };
  const holdSession = (agenda: string, approveAgenda = true) => h.startSession(
    `orden del día\n${agenda}`, [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['representantes', [representative]]], VOTERS, { approveAgenda },
  );
  /** Everyone in favour on the open vote, then closed (unless it closed by itself). */
  const allInFavour = async () => {
    const voteId = (await h.view()).openVote?.id;
    expect(voteId).toBeDefined();
    for (const p of VOTERS) await h.click(p, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });
    if ((await h.view()).openVote) await say('cerrar votación');
    return voteId!;
  };
  const sessionView = async (id: string) => (await (await fetch(`${h.app.url}/api/sessions/${id}`)).json()) as SessionView;

  it('given the fifth session of the commission, when it is held and closed, then its minutes are not approved yet', async () => {
    meeting(5);
    await holdSession(FIFTH);
    await say('clausura');
    const fifth = await h.view();
    expect(fifth.phase).toBe('closed');
    expect(fifth.previousMinutes).toBeNull();
    expect(fifth.minutesApproval).toBeNull();
    fifthId = fifth.id;
  });

  it('given the sixth session created in another meeting, then its item 1 is linked to the fifth session\'s minutes', async () => {
    meeting(6);
    await holdSession(SIXTH, false);
    const sixth = await h.view();
    expect(sixth.agendaApproved).toBe(false);
    expect(sixth.previousMinutes).toEqual({ item: '1', sessionId: fifthId, title: 'QUINTA SESIÓN ORDINARIA DE 2024', date: '2024-05-27', corrections: [] });
    expect(h.logs.filter((l) => l.startsWith('[previous minutes]'))).toEqual([]);
  });

  it('when a member proposes adding an item and a representative requests deferring one, then both are listed with who asked', async () => {
    expect(await say(`propongo agregar: ${ADDED}`, luis)).toBe([
      'Modificaciones propuestas al orden del día (se votan con él):',
      `1. Luis Consejero propone agregar: ${ADDED}`,
      'Para retirar una: «@Sesiona retirar propuesta N».',
    ].join('\n'));
    expect(await say('propose deferring item 2', representative, { locale: 'en-US' })).toBe([
      'Changes proposed to the order of the day (voted with it):',
      `1. Luis Consejero proposes adding: ${ADDED}`,
      '2. Pedro Representante requests deferring item 2',
      'To withdraw one: "@Sesiona withdraw proposal N".',
    ].join('\n'));
    expect(await say('propongo retirar el punto 3', sofia)).toMatch(/^Modificaciones propuestas[\s\S]*\n3\. Sofía Consejera propone retirar el punto 3\n/);
  });

  it('when proposals are withdrawn or asked for wrongly, then the domain says who may and the form is told', async () => {
    expect(await say('retirar propuesta 3', luis)).toBe('Solo Secretaría Técnica o Presidencia puede hacerlo.');
    expect(await say('retirar propuesta 9', sofia)).toMatch(/^No hay una propuesta 9 en la lista\.\nModificaciones propuestas/);
    expect(await say('retirar propuesta 3', sofia)).not.toMatch(/retirar el punto 3/);
    expect((await h.view()).agendaProposals.map((p) => p.change.kind)).toEqual(['add', 'defer']);
    expect(await say('propongo diferir el punto 3', guest)).toMatch(/^Solo /);
    expect(await say('propongo agregar', luis)).toBe('Falta el título del punto que propones agregar: «@Sesiona propongo agregar: Informe sobre …».');
    expect(await say('propongo cambiar todo', luis)).toMatch(/^Di qué modificación del orden del día propones: «@Sesiona propongo retirar el punto 3»/);
    expect(await say('retirar propuesta', luis)).toMatch(/^Di qué propuesta retiras por su número en la lista: «@Sesiona retirar propuesta 1»/);
  });

  it('when the order of the day is put to the vote, then its card lists the changes; approved, they are made and the card says so', async () => {
    await say('aprobar orden del día');
    const open = cardText(h.currentCard(/Orden del día"/)!.card);
    expect(open).toMatch(new RegExp(`Se vota el orden del día con las modificaciones propuestas:\\n1\\. Luis Consejero propone agregar: ${ADDED}\\n2\\. Pedro Representante solicita diferir el punto 2`));
    await allInFavour();
    const view = await h.view();
    expect(view.agendaApproved).toBe(true);
    expect(view.agenda.map((i) => `${i.number}:${i.status}`)).toEqual(['1:pending', '2:deferred', '3:pending', '5:pending', '4:pending']);
    expect(view.agenda[3]!.title).toBe(ADDED);
    const closed = h.currentCard(/Orden del día"/)!.card;
    expect(cardProblems(closed)).toEqual([]);
    expect(cardText(closed)).toMatch(new RegExp(`Se aprobó con las modificaciones:\\n• Se agrega el punto 5\\. ${ADDED}\\n• Se difiere el punto 2\\n`));
    expect(cardText(h.currentCard(/Orden del día · /)!.card)).toMatch(new RegExp(`\\*\\*5\\.\\*\\* ${ADDED}`));
    expect(await say('propongo retirar el punto 3', luis)).toBe('El orden del día ya fue aprobado.');
  });

  it('when corrections are noted and item 1 is approved, then the item card shows the minutes it approves and the fifth records the approval', async () => {
    expect(await say('observaciones a la minuta: En la página 2 dice «Luis» y debe decir «Luisa».', luis)).toBe('Solo Secretaría Técnica o Presidencia puede hacerlo.');
    expect(await say('observaciones a la minuta: En la página 2 dice «Luis» y debe decir «Luisa».'))
      .toBe('Observaciones a la minuta de «QUINTA SESIÓN ORDINARIA DE 2024» registradas (1). Se votan con el punto 1.');
    expect(await say('observaciones a la minuta')).toMatch(/^Escribe las observaciones después de los dos puntos/);
    await say('punto 1');
    const itemCard = h.currentCard(/"Punto 1"/)!.card;
    expect(cardProblems(itemCard)).toEqual([]);
    expect(cardText(itemCard)).toMatch(/Aprueba la minuta de la QUINTA SESIÓN ORDINARIA DE 2024 \(27 de mayo de 2024\)\nObservaciones a la minuta:\n• En la página 2 dice «Luis» y debe decir «Luisa»\./);
    const open = JSON.stringify(itemCard.body).match(/"type":"Action\.OpenUrl","title":"Abrir la minuta de esa sesión","url":"([^"]+)"/);
    expect(open?.[1]).toContain(`/api/sessions/${fifthId}/minutes.docx`);
    expect((await fetch(open![1]!)).status).toBe(200);

    await say('votación');
    const voteId = await allInFavour();
    const sixth = await h.view();
    expect((await sessionView(fifthId)).minutesApproval).toEqual({
      bySessionId: sixth.id, byTitle: 'SEXTA SESIÓN ORDINARIA DE 2024', byDate: '2024-06-24', item: '1', voteId,
      corrections: ['En la página 2 dice «Luis» y debe decir «Luisa».'], at: expect.any(String),
    });
    expect(await say('observaciones a la minuta: otra más')).toBe('El punto 1 ya fue votado.');
  });

  it('when an item of the approved order of the day is to be withdrawn, then it needs a vote; approved, the item is withdrawn', async () => {
    expect(await say('retirar punto 3')).toBe('El orden del día ya está aprobado: retirar el punto 3 lo decide el órgano por votación («votar retiro del punto 3»).');
    expect(await say('votar retiro')).toBe('Di qué punto se somete a votación para retirarlo: «@Sesiona votar retiro del punto 3».');
    await say('votar retiro del punto 3');
    expect((await h.view()).openVote).toMatchObject({ subject: 'item-withdrawal', target: '3' });
    // the vote card names what is voted
    expect(h.currentCard(/"Votación económica · Retiro del punto 3"/)).not.toBeNull();
    await allInFavour();
    const view = await h.view();
    expect(view.agenda.find((i) => i.number === '3')!.status).toBe('withdrawn');
    expect(view.procedureVotes.find((v) => v.subject === 'item-withdrawal')).toMatchObject({ target: '3', outcome: 'approved-unanimously' });
  });
});

describe('the approval of the previous minutes when no instance was running to record it', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start({ outbox: { limits: [] } });
  });
  afterAll(() => h.stop());

  const meeting = (n: number) => {
    h.chat = { ...h.chat, conversationId: `19:meeting_sesion${n}@thread.v2`, meetingId: `MCMxOTptZWV0aW5nX3Nlc2lvbi${n}` };
  };
  const holdSession = (agenda: string) => h.startSession(`orden del día\n${agenda}`, [['presidencia', [chair]], ['integrantes', [luis, sofia]]], VOTERS);

  it('given item 1 approved by an instance that stopped before recording it, when the server starts again, then the fifth records the approval', async () => {
    meeting(5);
    await holdSession(FIFTH);
    await h.say(secretary, 'clausura');
    const fifthId = (await h.view()).id;
    meeting(6);
    await holdSession(SIXTH);
    await h.say(secretary, 'punto 1');
    await h.say(secretary, 'votación');
    const sixth = await h.view();
    for (const p of [chair, luis]) await h.click(p, 'ballot', { card: 'vote', voteId: sixth.openVote!.id, choice: 'in-favour' });

    await h.restart(async (store) => {
      // the last ballot and the close, recorded by another instance that followed nothing
      const service = new SessionService(store, new LiveBus());
      const as = (p: typeof secretary) => ({ id: asAadObjectId(p.aadObjectId), name: p.name });
      await service.handle(sixth.id, { type: 'CastBallot', actor: as(sofia), now: new Date().toISOString(), data: { choice: 'in-favour' } });
      if ((await service.load(sixth.id)).state.openVote) await service.handle(sixth.id, { type: 'CloseVote', actor: as(secretary), now: new Date().toISOString(), data: {} });
      expect((await service.load(sixth.id)).state.votes.at(-1)?.result?.outcome).toBe('approved-unanimously');
      expect((await service.load(fifthId)).state.minutesApproval).toBeNull();
    });

    const fifth = (await (await fetch(`${h.app.url}/api/sessions/${fifthId}`)).json()) as SessionView;
    expect(fifth.minutesApproval).toMatchObject({ bySessionId: sixth.id, byTitle: 'SEXTA SESIÓN ORDINARIA DE 2024', item: '1', voteId: sixth.openVote!.id });
  });
});
