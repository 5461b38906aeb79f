/** @jest-environment jsdom */
import { toSessionView } from '../../src/app/session-view';
import { fold } from '../../src/domain';
import { ballot, cast, command, inSession, item, run, voteId } from '../../src/domain/testing/session-spec';
import { renderScreen, renderSession } from './render';

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
