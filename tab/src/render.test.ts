/** @jest-environment jsdom */
import { toSessionView } from '../../src/app/session-view';
import { fold } from '../../src/domain';
import { approveAgenda, at, ballot, cast, command, inSession, item, run, SESSION_ID, started, voteId, VOTERS } from '../../src/domain/testing/session-spec';
import { renderScreen, renderSession } from './render';
import { renderStage } from './render-stage';

function viewAfter(extra: Parameters<typeof run>[0] = []) {
  const events = run(extra, inSession());
  return toSessionView(fold(events), events.length);
}

const mount = (html: string) => {
  document.body.innerHTML = `<main id="app">${html}</main>`;
  return document.getElementById('app')!;
};

describe('rendering the side panel from the read model', () => {
  it('given a session in progress, then header, state, quorum and the agenda tree with statuses in words', () => {
    const app = mount(renderSession(viewAfter([command('StartItem', cast.secretary, { number: item('3.a') })]), 'es'));
    expect(app.querySelector('h1')?.textContent).toBe('Sexta Sesión Ordinaria');
    expect(app.querySelector('.phase .label')?.textContent).toBe('En sesión');
    expect(app.querySelector('.quorum-line')?.textContent).toMatch(/Hay quórum: 3 de 3 presentes \(se requieren 2\)/);
    const items = [...app.querySelectorAll('li.item')].map((li) => li.getAttribute('data-number'));
    expect(items).toEqual(['1', '2', '3', '3.a', '3.b', '4']);
    expect(app.querySelector('ol.items > li.item[data-number="3"] ol.sub-items')).not.toBeNull();
  });

  it('marks the current item with aria-current, and only that one', () => {
    const app = mount(renderSession(viewAfter([command('StartItem', cast.secretary, { number: item('2') })]), 'es'));
    const current = app.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]!.getAttribute('data-number')).toBe('2');
    expect(current[0]!.querySelector('.status')?.textContent).toBe('En curso');
  });

  it('given an open económica vote, then who voted without their choices or the count', () => {
    const app = mount(renderSession(viewAfter([
      command('StartItem', cast.secretary, { number: item('1') }),
      command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }),
      ballot(cast.luis, 'against'),
    ]), 'es'));
    expect(app.querySelector('.open-vote h2')?.textContent).toBe('Votación en curso: Votación económica · Punto 1');
    expect(app.querySelector('.voted-count')?.textContent).toBe('1');
    expect(app.querySelector('.voters')?.textContent).toBe('Luis Consejero');
    expect(app.querySelector('.tally')).toBeNull();
  });

  it('given a closed vote, then the result next to the item, in words and numbers', () => {
    const app = mount(renderSession(viewAfter([
      command('StartItem', cast.secretary, { number: item('1') }),
      command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'nominal' }),
      ballot(cast.chair, 'in-favour'), ballot(cast.luis, 'against'), ballot(cast.sofia, 'abstain'),
      command('CloseVote', cast.secretary, {}),
      command('RecordAgreement', cast.secretary, { agreementId: 'a1' as never, text: 'Se aprueba <la> minuta.' }),
    ]), 'en'));
    expect(app.querySelector('li.item[data-number="1"] .result')?.textContent).toBe("Approved by the chair's casting vote (tie) (1–1–1)");
    expect(app.querySelector('.all-agreements li')?.textContent).toBe('1 Se aprueba <la> minuta.');
    expect(app.innerHTML).not.toMatch(/<la>/);
  });

  it('given agreements with an area and a due date and a follow-up taken up on item 2, then both show, done or open in words', () => {
    const entry = (n: number, text: string) => ({
      agreementId: `prev-${n}` as never, sourceSessionId: 'quinta' as never, sourceTitle: 'Quinta Sesión Ordinaria', sourceDate: '2024-05-27',
      item: item('3.b'), text, responsible: n === 1 ? 'DVOE' : null, dueDate: n === 1 ? '2024-06-30' : null,
    });
    const app = mount(renderSession(viewAfter([
      command('ImportFollowUp', cast.secretary, { entries: [entry(1, 'Entregar el informe'), entry(2, 'Publicar la convocatoria')] }),
      command('StartItem', cast.secretary, { number: item('2') }),
      command('MarkAgreementDone', cast.secretary, { agreementId: 'prev-1' as never, note: null }),
      command('RecordAgreement', cast.secretary, { agreementId: 'a1' as never, text: 'Informar al Consejo.', responsible: 'UTCS', dueDate: '2024-07-15' }),
    ]), 'es'));
    const followUp = [...app.querySelectorAll('li.item[data-number="2"] .follow-up li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(followUp).toEqual([
      '✔ Entregar el informe — Responsable: DVOE · Plazo: 30 de junio de 2024 (de Quinta Sesión Ordinaria) — Cumplido',
      '○ Publicar la convocatoria (de Quinta Sesión Ordinaria) — Pendiente',
    ]);
    expect(app.querySelector('li.item[data-number="2"] .follow-up h3')?.textContent).toBe('Seguimiento de acuerdos');
    expect(app.querySelector('.all-agreements li')?.textContent).toBe('2 Informar al Consejo. — Responsable: UTCS · Plazo: 15 de julio de 2024');
    expect(app.querySelectorAll('.follow-up')).toHaveLength(1);
  });

  it('given the session date and time, then they are written out as people write them', () => {
    const app = mount(renderSession(viewAfter(), 'es'));
    expect(app.querySelector('.when')?.textContent).toBe('lunes 24 de junio de 2024, 12:30 horas');
    expect(mount(renderSession(viewAfter(), 'en')).querySelector('.when')?.textContent).toBe('Monday, June 24, 2024, 12:30');
  });

  it('given the attendance, then every roster member is listed, the secretary too, marked when they do not count for quorum', () => {
    const app = mount(renderSession(viewAfter(), 'es'));
    const rows = [...app.querySelectorAll('.attendance li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toBe('✔ Marta Secretaria (Secretaría Técnica · no cuenta para el quórum)');
    expect(rows).toContain('✔ Luis Consejero (Consejería con voz y voto)');
    expect(rows).toContain('○ Pedro Representante (Representación · no cuenta para el quórum) — sin registrar');
  });

  it('given two of three voting members left, then "Sin quórum" is shown prominently with the numbers, and when each left', () => {
    const app = mount(renderSession(viewAfter([
      command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false }, 75),
      command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }, 76),
    ]), 'es'));
    const banner = app.querySelector('.banner.no-quorum');
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(banner?.textContent).toBe('⚠ Sin quórum: 1 de 3 presentes (se requieren 2). No se puede votar hasta recuperar el quórum.');
    expect(app.querySelector('.quorum-line')?.textContent).toMatch(/No hay quórum: 1 de 3/);
    expect([...app.querySelectorAll('.attendance li.is-gone')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()))
      .toEqual(['⇠ Luis Consejero (Consejería con voz y voto) — se retiró a las 13:45 h', '⇠ Sofía Consejera (Consejería con voz y voto) — se retiró a las 13:46 h']);
  });

  it('given a tie with the chair abstaining, then the panel says it was not approved by the tie', () => {
    const app = mount(renderSession(viewAfter([
      command('StartItem', cast.secretary, { number: item('1') }),
      command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }),
      ballot(cast.chair, 'abstain'), ballot(cast.luis, 'in-favour'), ballot(cast.sofia, 'against'),
      command('CloseVote', cast.secretary, {}),
    ]), 'es'));
    expect(app.querySelector('li.item[data-number="1"] .result')?.textContent).toBe('No aprobado por empate (1–1–1)');
  });

  it('given the order of the day voted, then the panel says how, with the count', () => {
    expect(mount(renderSession(viewAfter(), 'es')).querySelector('.procedure-votes')?.textContent).toBe('Orden del día: Aprobado por unanimidad (3–0–0)');
  });

  it('given a recess or a closed session, then a banner says so in words', () => {
    expect(mount(renderSession(viewAfter([command('Recess', cast.secretary, {})]), 'es')).querySelector('.banner')?.textContent).toBe('La sesión está en receso.');
    expect(mount(renderSession(viewAfter([command('CloseSession', cast.secretary, {})]), 'en')).querySelector('.banner')?.textContent).toBe('The session has been closed.');
  });

  it.each(['no-session', 'not-found', 'token', 'forbidden', 'no-link', 'error'] as const)('the "%s" screen has a title and what to do, in both languages', (screen) => {
    for (const lang of ['es', 'en'] as const) {
      const el = mount(renderScreen(screen, lang));
      expect(el.querySelector('[role="alert"] h1')?.textContent?.length).toBeGreaterThan(5);
      expect(el.querySelector('[role="alert"] p')?.textContent?.length).toBeGreaterThan(20);
    }
  });

  it('given a 403 (not part of the session), then the screen says so and who to ask, in both languages', () => {
    const es = mount(renderScreen('forbidden', 'es'));
    expect(es.querySelector('[role="alert"] h1')?.textContent).toBe('No formas parte de esta sesión');
    expect(es.querySelector('[role="alert"] p')?.textContent).toMatch(/pide a la Secretaría Técnica que te agregue a la reunión o a la integración/);
    const en = mount(renderScreen('forbidden', 'en'));
    expect(en.querySelector('[role="alert"] h1')?.textContent).toBe('You are not part of this session');
    expect(en.querySelector('[role="alert"] p')?.textContent).toMatch(/ask the technical secretary to add you/);
  });
});

describe('the debate of the item under way on the side panel', () => {
  const debating = (extra: Parameters<typeof run>[0] = []) => viewAfter([
    command('StartItem', cast.secretary, { number: item('2') }, 10),
    command('AskForFloor', cast.luis, {}, 10),
    command('AskForFloor', cast.sofia, {}, 10),
    command('AskForFloor', cast.chair, {}, 11),
    command('GiveFloor', cast.secretary, {}, 12),
    ...extra,
  ]);
  const seconds = (minute: number, s = 0) => Date.parse(at(minute)) + s * 1000;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

  it('given Luis has the floor in round 1 (10 minutes), when 15 s have passed, then his name, the part, the round and "quedan 9:45", with those waiting numbered', () => {
    const app = mount(renderSession(debating(), 'es', seconds(12, 15)));
    const debate = app.querySelector('section.debate')!;
    expect(text(debate.querySelector('h2'))).toBe('Lista de oradores · Punto 2');
    expect(text(debate.querySelector('.round-line'))).toBe('Ronda 1 · 10 min por intervención · abierta · 2 rondas más');
    expect(text(debate.querySelector('.floor-label'))).toBe('Tiene la palabra');
    expect(text(debate.querySelector('.speaker'))).toBe('Luis Consejero');
    expect(text(debate.querySelector('.floor-part'))).toBe('Intervención · Ronda 1 · límite 10:00');
    const clock = debate.querySelector('[data-clock]')!;
    expect(text(clock)).toBe('▶ quedan 9:45');
    expect(clock.getAttribute('role')).toBe('timer');
    expect(clock.className).toBe('floor-clock state-running');
    expect(text(debate.querySelector('h3'))).toBe('En espera (2)');
    expect([...debate.querySelectorAll('ol.queue > li')].map(text)).toEqual(['Sofía Consejera', 'Ana Presidenta']);
  });

  it('given Luis spoke 20 s beyond his 10 minutes, then the clock says "over by 0:20" in words (and is marked exceeded), in English', () => {
    const app = mount(renderSession(debating(), 'en', seconds(22, 20)));
    expect(text(app.querySelector('.debate h2'))).toBe('List of speakers · Item 2');
    expect(text(app.querySelector('.round-line'))).toBe('Round 1 · 10 min per intervention · open · 2 more rounds');
    const clock = app.querySelector('[data-clock]')!;
    expect(text(clock)).toBe('⚠ over by 0:20');
    expect(clock.className).toBe('floor-clock state-exceeded');
    expect(text(app.querySelector('.debate h3'))).toBe('Waiting (2)');
  });

  it('given Sofía asked a moción al orador, then the clock is paused in words and the motion pending, in both languages', () => {
    const asked = debating([command('AskMotionToSpeaker', cast.sofia, { motionId: 'm1', text: '¿Cuál es la fuente?' }, 13)]);
    const es = mount(renderSession(asked, 'es', seconds(20)));
    expect(text(es.querySelector('[data-clock]'))).toBe('❚❚ quedan 9:00 en pausa (moción)');
    expect(es.querySelector('[data-clock]')!.className).toBe('floor-clock state-running is-paused');
    expect(text(es.querySelector('.pending-motion'))).toBe('⚑ Moción al orador de Sofía Consejera — pendiente: «¿Cuál es la fuente?»');
    const en = mount(renderSession(asked, 'en', seconds(20)));
    expect(text(en.querySelector('[data-clock]'))).toBe('❚❚ 9:00 left paused (motion)');
    expect(text(en.querySelector('.pending-motion'))).toBe('⚑ Motion to the speaker by Sofía Consejera — pending: «¿Cuál es la fuente?»');
  });

  it('given Luis accepted the motion, then Sofía has the floor for her question with a minute, "quedan 0:30" after 30 s', () => {
    const app = mount(renderSession(debating([
      command('AskMotionToSpeaker', cast.sofia, { motionId: 'm1' }, 13),
      command('AnswerMotionToSpeaker', cast.luis, { accept: true }, 13),
    ]), 'es', seconds(13, 30)));
    expect(text(app.querySelector('.speaker'))).toBe('Sofía Consejera');
    expect(text(app.querySelector('.floor-part'))).toBe('Pregunta (moción al orador) · Ronda 1 · límite 1:00');
    expect(text(app.querySelector('[data-clock]'))).toBe('◔ quedan 0:30');
    expect(app.querySelector('[data-clock]')!.className).toBe('floor-clock state-last-minute');
    expect(text(app.querySelector('.pending-motion'))).toBe('⚑ Moción al orador de Sofía Consejera — aceptada');
  });

  it('given Luis ended after 11 minutes, then nobody has the floor, and he is among those who spoke, over by a minute', () => {
    const app = mount(renderSession(debating([command('EndIntervention', cast.luis, {}, 23)]), 'es', seconds(24)));
    expect(text(app.querySelector('.no-floor'))).toBe('Nadie tiene la palabra.');
    expect(app.querySelector('[data-clock]')).toBeNull();
    expect(text(app.querySelector('.spoken summary'))).toBe('Han intervenido (1)');
    expect(text(app.querySelector('.spoken li'))).toBe('Luis Consejero — Ronda 1 · 11 min · ⚠ excedido 1:00');
  });

  it('given nobody asked for the floor on the item under way, then there is no debate section', () => {
    expect(mount(renderSession(viewAfter([command('StartItem', cast.secretary, { number: item('2') }, 10)]), 'es')).querySelector('.debate')).toBeNull();
  });
});

describe('the meeting stage as a projector', () => {
  const seconds = (minute: number, s = 0) => Date.parse(at(minute)) + s * 1000;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const onItem1 = [command('StartItem', cast.secretary, { number: item('1') }, 10)];
  const speaking = [...onItem1, command('AskForFloor', cast.luis, {}, 10), command('AskForFloor', cast.sofia, {}, 10), command('GiveFloor', cast.secretary, {}, 11)];

  it('given Luis speaking on item 1, then the item, the speaker and the countdown, and who follows — not the order of the day', () => {
    const stage = mount(renderStage(viewAfter(speaking), 'es', seconds(11, 50)));
    expect(text(stage.querySelector('.stage-item-number'))).toBe('Punto 1');
    expect(text(stage.querySelector('.stage-item-title'))).toBe('Aprobación del proyecto de minuta de la sesión anterior');
    expect(text(stage.querySelector('.focus-floor .focus-label'))).toBe('Tiene la palabra · Intervención · Ronda 1 · límite 10:00');
    expect(text(stage.querySelector('.stage-speaker'))).toBe('Luis Consejero');
    expect(text(stage.querySelector('[data-clock]'))).toBe('▶ quedan 9:10');
    expect(text(stage.querySelector('.stage-queue h2'))).toBe('Siguen');
    expect([...stage.querySelectorAll('.stage-queue ol > li')].map(text)).toEqual(['Sofía Consejera']);
    expect(stage.querySelector('ol.items')).toBeNull();
    const en = mount(renderStage(viewAfter(speaking), 'en', seconds(22)));
    expect(text(en.querySelector('.stage-item-number'))).toBe('Item 1');
    expect(text(en.querySelector('.focus-floor .focus-label'))).toBe('Has the floor · Intervention · Round 1 · limit 10:00');
    expect(text(en.querySelector('[data-clock]'))).toBe('⚠ over by 1:00');
    expect(text(en.querySelector('.stage-queue h2'))).toBe('Next');
  });

  it('given Luis ended and Sofía waits, then the round and "nobody has the floor", with Sofía next', () => {
    const stage = mount(renderStage(viewAfter([...speaking, command('EndIntervention', cast.luis, {}, 15)]), 'en', seconds(16)));
    expect(text(stage.querySelector('.focus-speakers .focus-label'))).toBe('List of speakers · Round 1 · 10 min per intervention · open · 2 more rounds');
    expect(text(stage.querySelector('.focus-speakers .stage-result'))).toBe('Nobody has the floor.');
    expect([...stage.querySelectorAll('.stage-queue ol > li')].map(text)).toEqual(['Sofía Consejera']);
  });

  it('given an open económica vote, then how many voted of how many, and no choices', () => {
    const stage = mount(renderStage(viewAfter([
      ...onItem1, command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }, 12), ballot(cast.luis, 'against'),
    ]), 'es', seconds(13)));
    expect(text(stage.querySelector('.focus-vote .focus-label'))).toBe('Votación en curso · Votación económica · Punto 1');
    expect(text(stage.querySelector('.stage-progress'))).toBe('1 de 3 han votado');
    expect(stage.querySelector('.stage-tally')).toBeNull();
  });

  it('given an open nominal vote, then the count of each choice too, in English', () => {
    const stage = mount(renderStage(viewAfter([
      ...onItem1, command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'nominal' }, 12), ballot(cast.luis, 'against'), ballot(cast.chair, 'in-favour'),
    ]), 'en', seconds(13)));
    expect(text(stage.querySelector('.stage-progress'))).toBe('2 of 3 have voted');
    expect([...stage.querySelectorAll('.stage-tally li')].map(text)).toEqual(['In favour 1', 'Against 1', 'Abstain 0']);
  });

  it('given the vote closed, then the last result in words and numbers, in both languages', () => {
    const closed = viewAfter([
      ...onItem1, command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }, 12),
      ballot(cast.chair, 'in-favour'), ballot(cast.luis, 'against'), ballot(cast.sofia, 'in-favour'), command('CloseVote', cast.secretary, {}, 13),
    ]);
    const es = mount(renderStage(closed, 'es', seconds(14)));
    expect(text(es.querySelector('.focus-result .focus-label'))).toBe('Último resultado · Punto 1');
    expect(text(es.querySelector('.stage-result'))).toBe('Aprobado por mayoría (2–1–0)');
    expect(text(mount(renderStage(closed, 'en', seconds(14))).querySelector('.stage-result'))).toBe('Approved by majority (2–1–0)');
  });

  it('given a recess, then "Receso" large; given two commissioners gone, then "Sin quórum" as a band', () => {
    const recess = mount(renderStage(viewAfter([...onItem1, command('Recess', cast.secretary, {}, 12)]), 'es', seconds(13)));
    expect(text(recess.querySelector('.focus-recess .stage-big'))).toBe('Receso');
    expect(text(recess.querySelector('.focus-recess .stage-text'))).toBe('La sesión está en receso.');
    const gone = mount(renderStage(viewAfter([
      ...onItem1,
      command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false }, 12),
      command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }, 12),
    ]), 'en', seconds(13)));
    expect(gone.querySelector('.stage-band.no-quorum')?.getAttribute('role')).toBe('alert');
    expect(text(gone.querySelector('.stage-band.no-quorum'))).toBe('⚠ No quorum: 1 of 3 present (required 2)');
  });
});

describe('votes as electoral bodies take them, on the side panel and the stage', () => {
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const texts = (els: NodeListOf<Element>) => [...els].map(text);
  const N = item('3.b');
  const nominal = (id: string, minute: number, reservationId?: string) =>
    command('OpenVote', cast.secretary, { voteId: voteId(id), method: 'nominal', ...(reservationId ? { reservationId } : {}) }, minute);
  /** Item 3.b under way with two parts reserved: Luis's with a proposed wording, Sofía's without. */
  const reserved = [
    command('StartItem', cast.secretary, { number: N }, 10),
    command('ReservePart', cast.luis, { reservationId: 'r1', part: 'Punto resolutivo tercero', proposal: 'Sustituir «30 días» por «15 días hábiles»' }, 11),
    command('ReservePart', cast.sofia, { reservationId: 'r2', part: 'Considerando 12' }, 11),
  ];
  /** Approved en lo general 3–0; Luis's proposal wins 2–1 (Sofía against, and she announces a voto particular). */
  const generalAndParticular = [
    ...reserved,
    nominal('g', 12), ballot(cast.chair, 'in-favour', 12), ballot(cast.luis, 'in-favour', 12), ballot(cast.sofia, 'in-favour', 12), command('CloseVote', cast.secretary, {}, 13),
    nominal('p1', 14, 'r1'), ballot(cast.chair, 'in-favour', 14), ballot(cast.luis, 'in-favour', 14), ballot(cast.sofia, 'against', 14), command('CloseVote', cast.secretary, {}, 15),
    command('AnnounceSeparateOpinion', cast.sofia, { opinionId: 'o1', kind: 'particular' }, 16),
  ];
  const item3b = (app: HTMLElement) => app.querySelector('li.item[data-number="3.b"]')!;

  it('given two parts reserved and no vote yet, then each reservation says who reserved which part, the proposal, and that it is to be voted', () => {
    const es = item3b(mount(renderSession(viewAfter(reserved), 'es')));
    expect(text(es.querySelector('.reservations h3'))).toBe('Reservas');
    expect(texts(es.querySelectorAll('.reservations li'))).toEqual([
      'Luis Consejero reservó «Punto resolutivo tercero» — Propuesta: «Sustituir «30 días» por «15 días hábiles»» — ○ por votarse en lo particular',
      'Sofía Consejera reservó «Considerando 12» — ○ por votarse en lo particular',
    ]);
    const en = item3b(mount(renderSession(viewAfter(reserved), 'en')));
    expect(text(en.querySelector('.reservations h3'))).toBe('Reserved parts');
    expect(text(en.querySelector('.reservations li'))).toBe('Luis Consejero reserved “Punto resolutivo tercero” — Proposed wording: “Sustituir «30 días» por «15 días hábiles»” — ○ to be voted separately');
  });

  it('given the vote en lo general open, then the open vote says which vote it is, on the panel and in the stage\'s heading', () => {
    const open = viewAfter([...reserved, nominal('g', 12)]);
    expect(text(mount(renderSession(open, 'es')).querySelector('.open-vote h2'))).toBe('Votación en curso: Votación nominal · Punto 3.b, en lo general');
    expect(text(mount(renderSession(open, 'en')).querySelector('.open-vote h2'))).toBe('Vote in progress: Roll-call vote · Item 3.b, in general');
    expect(text(mount(renderStage(open, 'es', Date.parse(at(12)))).querySelector('.focus-vote .focus-label'))).toBe('Votación en curso · Votación nominal · Punto 3.b, en lo general');
    expect(text(mount(renderStage(open, 'en', Date.parse(at(12)))).querySelector('.focus-vote .focus-label'))).toBe('Vote in progress · Roll-call vote · Item 3.b, in general');
  });

  it('given the vote en lo particular on Luis\'s part open, then the open vote names the part and shows the proposal, on the panel and the stage', () => {
    const open = viewAfter([...generalAndParticular.slice(0, 8), nominal('p1', 14, 'r1')]);
    const es = mount(renderSession(open, 'es'));
    expect(text(es.querySelector('.open-vote h2'))).toBe('Votación en curso: Votación nominal · Punto 3.b, en lo particular: Punto resolutivo tercero');
    expect(text(es.querySelector('.open-vote .vote-reservation'))).toBe('Luis Consejero reservó «Punto resolutivo tercero» — Propuesta: «Sustituir «30 días» por «15 días hábiles»»');
    expect(text(item3b(es).querySelector('.reservations li'))).toMatch(/— ◉ En votación$/);
    const en = mount(renderSession(open, 'en'));
    expect(text(en.querySelector('.open-vote h2'))).toBe('Vote in progress: Roll-call vote · Item 3.b, separately: Punto resolutivo tercero');
    expect(text(mount(renderStage(open, 'en', Date.parse(at(14)))).querySelector('.focus-vote .focus-label'))).toBe('Vote in progress · Roll-call vote · Item 3.b, separately: Punto resolutivo tercero');
  });

  it('given approved in general and the proposal won in particular, then the result of each vote with its count, and the reservation\'s outcome, in both languages', () => {
    const view = viewAfter(generalAndParticular);
    const es = item3b(mount(renderSession(view, 'es')));
    expect(text(es.querySelector('.item-votes h3'))).toBe('Votaciones');
    expect(texts(es.querySelectorAll('.item-votes li.part-vote > .vote-subject'))).toEqual(['Punto 3.b, en lo general', 'Punto 3.b, en lo particular: Punto resolutivo tercero']);
    expect(texts(es.querySelectorAll('.item-votes li.part-vote > .result'))).toEqual(['Aprobado por unanimidad (3–0–0)', 'Aprobado por mayoría (2–1–0)']);
    expect(es.querySelector('.item-meta .result')).toBeNull();
    expect(texts(es.querySelectorAll('.reservation-outcome'))).toEqual(['✔ Se aprobó la propuesta de modificación', '○ por votarse en lo particular']);
    const en = item3b(mount(renderSession(view, 'en')));
    expect(texts(en.querySelectorAll('.item-votes li.part-vote > .vote-subject'))).toEqual(['Item 3.b, in general', 'Item 3.b, separately: Punto resolutivo tercero']);
    expect(texts(en.querySelectorAll('.item-votes li.part-vote > .result'))).toEqual(['Approved unanimously (3–0–0)', 'Approved by majority (2–1–0)']);
    expect(text(en.querySelector('.reservation-outcome'))).toBe('✔ The proposed change was approved');
  });

  it.each([
    ['Luis\'s proposal loses', 'r1', 'against', '= Se mantiene la redacción del proyecto', "= The draft's wording stands"],
    ['Sofía\'s part is approved', 'r2', 'in-favour', '✔ Se aprobó la parte reservada', '✔ The reserved part was approved'],
    ['Sofía\'s part is rejected', 'r2', 'against', '✘ Se rechazó la parte reservada', '✘ The reserved part was rejected'],
  ] as const)('given %s en lo particular, then the reservation says so', (_case, reservation, choice, es, en) => {
    const view = viewAfter([
      ...generalAndParticular.slice(0, 8),
      nominal('p', 14, reservation), ballot(cast.chair, choice, 14), ballot(cast.luis, choice, 14), ballot(cast.sofia, choice, 14), command('CloseVote', cast.secretary, {}, 15),
    ]);
    const row = (lang: 'es' | 'en') => text(item3b(mount(renderSession(view, lang))).querySelectorAll('.reservation-outcome')[reservation === 'r1' ? 0 : 1]);
    expect(row('es')).toBe(es);
    expect(row('en')).toBe(en);
  });

  it('given rejected en lo general, then the reserved parts are not voted in particular, and say why', () => {
    const view = viewAfter([
      ...reserved, nominal('g', 12), ballot(cast.chair, 'against', 12), ballot(cast.luis, 'against', 12), ballot(cast.sofia, 'in-favour', 12), command('CloseVote', cast.secretary, {}, 13),
    ]);
    const es = item3b(mount(renderSession(view, 'es')));
    expect(text(es.querySelector('.item-votes li.part-vote'))).toBe('✘ Punto 3.b, en lo general: No aprobado (1–2–0)');
    expect(text(es.querySelector('.reservation-outcome'))).toBe('⊘ no se vota en lo particular: el punto no se aprobó en lo general');
    expect(text(item3b(mount(renderSession(view, 'en'))).querySelector('.reservation-outcome'))).toBe('⊘ not voted separately: the item was not approved in general');
  });

  it('given Sofía excused from item 3.b, then the item lists her excusal with the reason, and the open vote lists her as excused, not among those to vote', () => {
    const view = viewAfter([
      command('RecordExcusal', cast.sofia, { number: N, reason: 'conflicto de interés' }, 9),
      command('RecordExcusal', cast.secretary, { number: item('1'), memberId: cast.luis.id }, 9),
      command('StartItem', cast.secretary, { number: N }, 10), nominal('v', 11), ballot(cast.chair, 'in-favour', 11),
    ]);
    const es = mount(renderSession(view, 'es'));
    expect(text(item3b(es).querySelector('.excusals h3'))).toBe('Excusas');
    expect(text(item3b(es).querySelector('.excusals li'))).toBe('⊘ Sofía Consejera se excusó — motivo: conflicto de interés');
    expect(text(es.querySelector('li.item[data-number="1"] .excusals li'))).toBe('⊘ Luis Consejero se excusó');
    expect(text(es.querySelector('.open-vote .progress'))).toBe('1 de 2 han votado');
    expect(text(es.querySelector('.open-vote .excused'))).toBe('⊘ Se excusa: Sofía Consejera');
    const en = mount(renderSession(view, 'en'));
    expect(text(item3b(en).querySelector('.excusals li'))).toBe('⊘ Sofía Consejera was excused — reason: conflicto de interés');
    expect(text(en.querySelector('.open-vote .excused'))).toBe('⊘ Excused: Sofía Consejera');
    const stage = mount(renderStage(view, 'es', Date.parse(at(11))));
    expect(text(stage.querySelector('.stage-progress'))).toBe('1 de 2 han votado');
    expect(text(stage.querySelector('.stage-excused'))).toBe('⊘ Se excusa: Sofía Consejera');
  });

  it('given Sofía announced a voto particular on the particular vote, then it shows under that vote with its due date in the body\'s time zone; once filed, the document as a link', () => {
    const announced = viewAfter(generalAndParticular);
    const es = item3b(mount(renderSession(announced, 'es')));
    const votes = es.querySelectorAll('.item-votes li.part-vote');
    expect(votes[0]!.querySelector('.opinions')).toBeNull();
    // closed at minute 15 (18:45 UTC, 12:45 in Mexico City), two days to file it
    expect(text(votes[1]!.querySelector('.opinions li'))).toBe('✎ Voto particular de Sofía Consejera — a presentarse a más tardar el miércoles 26 de junio de 2024, 12:45 horas');
    expect(text(item3b(mount(renderSession(announced, 'en'))).querySelector('.opinions li'))).toBe('✎ Dissenting opinion by Sofía Consejera — to be filed by Wednesday, June 26, 2024, 12:45');
    const filed = viewAfter([...generalAndParticular, command('FileSeparateOpinion', cast.sofia, { opinionId: 'o1', url: 'https://example.org/votos/vp-sofia.pdf' }, 20)]);
    const link = item3b(mount(renderSession(filed, 'en'))).querySelector<HTMLAnchorElement>('.opinions li a')!;
    expect(text(link.parentElement)).toBe('✎ Dissenting opinion by Sofía Consejera — filed document');
    expect(link.getAttribute('href')).toBe('https://example.org/votos/vp-sofia.pdf');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(item3b(mount(renderSession(filed, 'es'))).querySelector('.opinions li'))).toBe('✎ Voto particular de Sofía Consejera — documento presentado');
  });

  it('given a voto concurrente and a voto razonado on an item voted as one, then they show under the item, in both languages', () => {
    const view = viewAfter([
      command('StartItem', cast.secretary, { number: item('1') }, 10), nominal('v1', 11),
      ballot(cast.chair, 'in-favour', 11), ballot(cast.luis, 'in-favour', 11), ballot(cast.sofia, 'against', 11), command('CloseVote', cast.secretary, {}, 12),
      command('AnnounceSeparateOpinion', cast.luis, { opinionId: 'o1', kind: 'concurrente' }, 13),
      command('AnnounceSeparateOpinion', cast.sofia, { opinionId: 'o2', kind: 'razonado' }, 13),
    ]);
    const es = mount(renderSession(view, 'es')).querySelector('li.item[data-number="1"]')!;
    expect(text(es.querySelector('.item-meta .result'))).toBe('Aprobado por mayoría (2–1–0)');
    expect(texts(es.querySelectorAll('.opinions li')).map((t) => t!.split(' — ')[0])).toEqual(['✎ Voto concurrente de Luis Consejero', '✎ Voto razonado de Sofía Consejera']);
    const en = mount(renderSession(view, 'en')).querySelector('li.item[data-number="1"]')!;
    expect(texts(en.querySelectorAll('.opinions li')).map((t) => t!.split(' — ')[0])).toEqual(['✎ Concurring opinion by Luis Consejero', '✎ Reasoned opinion by Sofía Consejera']);
  });

  it('given changes to the order of the day proposed and requested before its approval, then they are listed, numbered, and said to be voted with it', () => {
    const proposed = (() => {
      const events = run([
        command('ProposeAgendaChange', cast.luis, { changeId: 'c1', change: { kind: 'defer', number: item('2') } }, 6),
        command('ProposeAgendaChange', cast.representative, { changeId: 'c2', change: { kind: 'add', title: 'Informe sobre la consulta infantil' } }, 6),
        command('ProposeAgendaChange', cast.secretary, { changeId: 'c3', change: { kind: 'move', number: item('4'), after: item('1') } }, 6),
        command('ProposeAgendaChange', cast.sofia, { changeId: 'c4', change: { kind: 'move', number: item('3'), after: null } }, 6),
        command('ProposeAgendaChange', cast.chair, { changeId: 'c5', change: { kind: 'withdraw', number: item('3') } }, 6),
      ], started());
      return toSessionView(fold(events), events.length);
    })();
    const es = mount(renderSession(proposed, 'es'));
    expect(text(es.querySelector('.agenda-proposals h3'))).toBe('Propuestas de modificación al orden del día');
    expect(texts(es.querySelectorAll('.agenda-proposals ol > li'))).toEqual([
      'Luis Consejero propone diferir el punto 2',
      'Pedro Representante solicita agregar: Informe sobre la consulta infantil',
      'Marta Secretaria propone mover el punto 4 después del punto 1',
      'Sofía Consejera propone mover el punto 3 al inicio',
      'Ana Presidenta propone retirar el punto 3',
    ]);
    expect(text(es.querySelector('.agenda-proposals .note'))).toBe('Se votan con el orden del día.');
    const en = mount(renderSession(proposed, 'en'));
    expect(text(en.querySelector('.agenda-proposals h3'))).toBe('Proposed changes to the order of the day');
    expect(texts(en.querySelectorAll('.agenda-proposals ol > li'))).toEqual([
      'Luis Consejero proposes deferring item 2',
      'Pedro Representante requests adding: Informe sobre la consulta infantil',
      'Marta Secretaria proposes moving item 4 after item 1',
      'Sofía Consejera proposes moving item 3 to the top',
      'Ana Presidenta proposes withdrawing item 3',
    ]);
  });

  it('given the order of the day approved with a proposed deferral, then the list says the changes were made with it', () => {
    const events = approveAgenda(VOTERS, run([command('ProposeAgendaChange', cast.luis, { changeId: 'c1', change: { kind: 'defer', number: item('2') } }, 6)], started()), 7);
    const es = mount(renderSession(toSessionView(fold(events), events.length), 'es'));
    expect(text(es.querySelector('.agenda-proposals h3'))).toBe('Modificaciones al orden del día');
    expect(text(es.querySelector('.agenda-proposals li'))).toBe('Luis Consejero propone diferir el punto 2');
    expect(es.querySelector('.agenda-proposals .note')).toBeNull();
    expect(text(es.querySelector('li.item[data-number="2"] .status'))).toBe('Diferido');
  });

  it('given a vote to withdraw item 2 after the order of the day was approved, then the withdrawal vote and its result, with the session\'s votes and on the item', () => {
    const view = viewAfter([
      command('OpenVote', cast.secretary, { voteId: voteId('w2'), method: 'economica', subject: 'item-withdrawal', target: item('2') }, 8),
      ballot(cast.chair, 'in-favour', 8), ballot(cast.luis, 'in-favour', 8), ballot(cast.sofia, 'against', 8), command('CloseVote', cast.secretary, {}, 9),
    ]);
    const es = mount(renderSession(view, 'es'));
    expect(texts(es.querySelectorAll('.procedure-votes > ul > li'))).toEqual(['Orden del día: Aprobado por unanimidad (3–0–0)', 'Retiro del punto 2: Aprobado por mayoría (2–1–0)']);
    const item2 = es.querySelector('li.item[data-number="2"]')!;
    expect(text(item2.querySelector('.status'))).toBe('Retirado');
    expect(text(item2.querySelector('.item-votes li'))).toBe('✔ Retiro del punto 2: Aprobado por mayoría (2–1–0)');
    const en = mount(renderSession(view, 'en'));
    expect(text(en.querySelector('li.item[data-number="2"] .item-votes li'))).toBe('✔ Withdrawal of item 2: Approved by majority (2–1–0)');
  });

  it('given the withdrawal vote open, then the open vote says which item it would withdraw', () => {
    const view = viewAfter([command('OpenVote', cast.secretary, { voteId: voteId('w2'), method: 'economica', subject: 'item-withdrawal', target: item('2') }, 8)]);
    expect(text(mount(renderSession(view, 'es')).querySelector('.open-vote h2'))).toBe('Votación en curso: Votación económica · Retiro del punto 2');
    expect(text(mount(renderStage(view, 'en', Date.parse(at(8)))).querySelector('.focus-vote .focus-label'))).toBe('Vote in progress · Show-of-hands vote · Withdrawal of item 2');
  });

  it('given item 1 linked to the minutes of the previous session with corrections noted, then it says whose minutes, links that session and its minutes, and lists the corrections', () => {
    const view = viewAfter([
      command('LinkPreviousMinutes', cast.secretary, { number: item('1'), sessionId: 'quinta-ordinaria-2024' as never, title: 'Quinta Sesión Ordinaria', date: '2024-05-27' }, 8),
      command('NoteMinutesCorrections', cast.secretary, { text: 'En la página 3 dice «Lic. Pérez»; debe decir «Mtra. Pérez».' }, 9),
    ]);
    const es = mount(renderSession(view, 'es')).querySelector('li.item[data-number="1"] .previous-minutes')!;
    expect(text(es.querySelector('p'))).toBe('▤ Aprueba la minuta de la Quinta Sesión Ordinaria (27 de mayo de 2024) · Descargar la minuta (Word)');
    expect(es.querySelector('a.previous-session')!.getAttribute('href')).toBe('/tab/?session=quinta-ordinaria-2024');
    expect(es.querySelector('a.minutes-download')!.getAttribute('href')).toBe('/api/sessions/quinta-ordinaria-2024/minutes.docx');
    expect(es.querySelector('a.minutes-download')!.getAttribute('data-download')).toBe('minuta-quinta-ordinaria-2024.docx');
    expect(text(es.querySelector('h3'))).toBe('Observaciones a la minuta');
    expect(text(es.querySelector('.corrections li'))).toBe('En la página 3 dice «Lic. Pérez»; debe decir «Mtra. Pérez».');
    const en = mount(renderSession(view, 'en')).querySelector('li.item[data-number="1"] .previous-minutes')!;
    expect(text(en.querySelector('p'))).toBe('▤ Approves the minutes of the Quinta Sesión Ordinaria (May 27, 2024) · Download the minutes (Word)');
    expect(en.querySelector('a.previous-session')!.getAttribute('href')).toBe('/tab/?session=quinta-ordinaria-2024&lang=en');
    expect(en.querySelector('a.minutes-download')!.getAttribute('href')).toBe('/api/sessions/quinta-ordinaria-2024/minutes.docx?lang=en');
    expect(text(en.querySelector('h3'))).toBe('Corrections to the minutes');
    expect(mount(renderSession(view, 'es')).querySelectorAll('.previous-minutes')).toHaveLength(1);
  });

  it('given a closed session whose minutes a later session approved, then a line under the header says where and when, with a link; and the minutes can be downloaded', () => {
    const view = viewAfter([
      command('CloseSession', cast.secretary, {}, 90),
      command('RecordMinutesApproval', cast.secretary, {
        bySessionId: 'septima-ordinaria-2024' as never, byTitle: 'Séptima Sesión Ordinaria', byDate: '2024-07-08', number: item('1'), voteId: voteId('v1'), corrections: [],
      }, 95),
    ]);
    const es = mount(renderSession(view, 'es'));
    expect(text(es.querySelector('header .minutes-approved'))).toBe('✔ Minuta aprobada en la Séptima Sesión Ordinaria del 8 de julio de 2024');
    expect(es.querySelector('header .minutes-approved a')!.getAttribute('href')).toBe('/tab/?session=septima-ordinaria-2024');
    expect(text(es.querySelector('.minutes-link'))).toBe('▤ Descargar la minuta (Word)');
    expect(es.querySelector('.minutes-link a')!.getAttribute('href')).toBe(`/api/sessions/${SESSION_ID}/minutes.docx`);
    const en = mount(renderSession(view, 'en'));
    expect(text(en.querySelector('header .minutes-approved'))).toBe('✔ Minutes approved at the Séptima Sesión Ordinaria on July 8, 2024');
    expect(mount(renderSession(viewAfter([command('CloseSession', cast.secretary, {}, 90)]), 'es')).querySelector('.minutes-approved')).toBeNull();
  });
});
