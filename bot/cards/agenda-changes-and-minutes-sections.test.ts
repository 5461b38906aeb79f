/**
 * The sections the vote card of the order of the day and the item card add: the changes proposed (and made), and the
 * minutes an item approves, in Spanish and English.
 */
import { toSessionView } from '../../src/app/session-view';
import { asSessionId, fold, type SessionEvent } from '../../src/domain';
import { ballot, cast, command, item, run, started, voteId } from '../../src/domain/testing/session-spec';
import { cardText } from '../../src/simulate/card-text';
import { agendaChangesSection } from './agenda-changes-section';
import { adaptiveCard } from './card-kit';
import { previousMinutesSection, StableMinutesLinks } from './previous-minutes-section';

const viewOf = (events: SessionEvent[]) => toSessionView(fold(events), events.length);
const textOf = (elements: ReturnType<typeof agendaChangesSection>) => cardText(adaptiveCard(elements ?? []));

/** Luis proposes adding an item, Pedro (a representative) requests deferring item 2; the order of the day put to the vote. */
const proposedAndVoting = () => run([
  command('ProposeAgendaChange', cast.luis, { changeId: 'c1', change: { kind: 'add', title: 'Informe sobre el PREP' } }, 5),
  command('ProposeAgendaChange', cast.representative, { changeId: 'c2', change: { kind: 'defer', number: item('2') } }, 5),
  command('ProposeAgendaChange', cast.sofia, { changeId: 'c3', change: { kind: 'move', number: item('3'), after: null } }, 5),
  command('OpenVote', cast.secretary, { voteId: voteId('v-agenda'), method: 'economica', subject: 'agenda' }, 6),
], started());

const agendaVote = (events: SessionEvent[]) => {
  const view = viewOf(events);
  return { view, vote: view.procedureVotes.find((v) => v.subject === 'agenda')! };
};
const closeWith = (choice: 'in-favour' | 'against') => {
  const voted = run([ballot(cast.chair, choice, 6), ballot(cast.luis, choice, 6), ballot(cast.sofia, choice, 6)], proposedAndVoting());
  return fold(voted).openVote ? run([command('CloseVote', cast.secretary, {}, 7)], voted) : voted;
};

describe('the changes to the order of the day on the card of its vote', () => {
  it('given the vote open, then each proposal is listed with who asked for it, in Spanish and English', () => {
    const { view, vote } = agendaVote(proposedAndVoting());
    expect(textOf(agendaChangesSection(view, vote, 'es'))).toBe([
      'Se vota el orden del día con las modificaciones propuestas:',
      '1. Luis Consejero propone agregar: Informe sobre el PREP',
      '2. Pedro Representante solicita diferir el punto 2',
      '3. Sofía Consejera propone mover el punto 3 al inicio',
    ].join('\n'));
    expect(textOf(agendaChangesSection(view, vote, 'en'))).toBe([
      'The order of the day is voted with the changes proposed:',
      '1. Luis Consejero proposes adding: Informe sobre el PREP',
      '2. Pedro Representante requests deferring item 2',
      '3. Sofía Consejera proposes moving item 3 to the top',
    ].join('\n'));
  });

  it('given it approved, then the changes made are said; rejected, that none was made', () => {
    const approved = agendaVote(closeWith('in-favour'));
    expect(textOf(agendaChangesSection(approved.view, approved.vote, 'es'))).toMatch(
      /^Se aprobó con las modificaciones:\n• Se agrega el punto 5\. Informe sobre el PREP\n• Se difiere el punto 2\n• El punto 3 pasa al inicio\nPropuestas:\n1\. Luis/,
    );
    const rejected = agendaVote(closeWith('against'));
    expect(textOf(agendaChangesSection(rejected.view, rejected.vote, 'en'))).toMatch(/^Not approved: the changes proposed were not made\.\n1\. Luis Consejero proposes adding/);
  });

  it('given no proposal, then there is no section (the card says the changes made before, as before)', () => {
    const events = run([command('OpenVote', cast.secretary, { voteId: voteId('v-agenda'), method: 'economica', subject: 'agenda' }, 6)], started());
    const { view, vote } = agendaVote(events);
    expect(agendaChangesSection(view, vote, 'es')).toBeNull();
  });
});

describe('the minutes an item approves, on its card', () => {
  const linked = () => run([
    command('LinkPreviousMinutes', cast.secretary, { number: item('1'), sessionId: asSessionId('quinta'), title: 'Quinta Sesión Ordinaria', date: '2024-05-27' }, 5),
  ], started());

  it('given item 1 linked and a correction noted, then the card says which minutes, the correction, and opens them', () => {
    const links = new StableMinutesLinks((id, format, lang) => `https://sesiona.example/api/sessions/${id}/minutes.${format}?lang=${lang}&sig=x`);
    const view = viewOf(run([command('NoteMinutesCorrections', cast.secretary, { text: 'En la página 2 debe decir «Luisa».' }, 6)], linked()));
    const section = previousMinutesSection(view, view.agenda[0]!, 'es', links);
    expect(cardText(adaptiveCard(section))).toBe('Aprueba la minuta de la Quinta Sesión Ordinaria (27 de mayo de 2024)\nObservaciones a la minuta:\n• En la página 2 debe decir «Luisa».');
    expect(section[section.length - 1]).toEqual({
      type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Abrir la minuta de esa sesión', url: 'https://sesiona.example/api/sessions/quinta/minutes.docx?lang=es&sig=x' }],
    });
    expect(previousMinutesSection(view, view.agenda[1]!, 'es', links)).toEqual([]);
  });

  it('given no way to make links (or a link that is not absolute), then no button; in English, the same words', () => {
    const view = viewOf(linked());
    expect(cardText(adaptiveCard(previousMinutesSection(view, view.agenda[0]!, 'en')))).toBe(
      'Approves the minutes of the Quinta Sesión Ordinaria (May 27, 2024)\nNo corrections recorded. To record them: "@Sesiona corrections to the minutes: …".',
    );
    expect(JSON.stringify(previousMinutesSection(view, view.agenda[0]!, 'en', new StableMinutesLinks(() => '/api/sessions/quinta/minutes.docx')))).not.toMatch(/OpenUrl/);
  });

  it('given a link made, then it is reused for a day (a card drawn again is the same card), and made anew after', () => {
    let now = 0;
    let made = 0;
    const links = new StableMinutesLinks((id) => `https://sesiona.example/${id}?n=${++made}`, () => now);
    const view = viewOf(linked());
    const url = () => JSON.stringify(previousMinutesSection(view, view.agenda[0]!, 'es', links)).match(/"url":"([^"]+)"/)![1];
    expect(url()).toBe('https://sesiona.example/quinta?n=1');
    now = 23 * 3_600_000;
    expect(url()).toBe('https://sesiona.example/quinta?n=1');
    now = 25 * 3_600_000;
    expect(url()).toBe('https://sesiona.example/quinta?n=2');
  });
});
