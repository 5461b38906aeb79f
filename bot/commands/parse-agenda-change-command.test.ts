import { asItemNumber } from '../../src/domain';
import { agendaChangeOf } from './parse-agenda-change-command';
import { parseCommand } from './parse-command';

describe('typed changes to the order of the day, Spanish and English, accents and case optional', () => {
  it.each([
    ['propongo retirar el punto 3', { kind: 'propose-agenda-change', change: { kind: 'withdraw', number: '3' } }],
    ['Propongo que se retire el punto 3', { kind: 'propose-agenda-change', change: { kind: 'withdraw', number: '3' } }],
    ['propose withdrawing item 3', { kind: 'propose-agenda-change', change: { kind: 'withdraw', number: '3' } }],
    ['propongo diferir el punto 2', { kind: 'propose-agenda-change', change: { kind: 'defer', number: '2' } }],
    ['Solicito diferir el punto 5 b', { kind: 'propose-agenda-change', change: { kind: 'defer', number: '5.b' } }],
    ['propose deferring item 2', { kind: 'propose-agenda-change', change: { kind: 'defer', number: '2' } }],
    ['propongo mover el punto 4 después del punto 2', { kind: 'propose-agenda-change', change: { kind: 'move', number: '4', after: '2' } }],
    ['propongo mover el punto 4 al inicio', { kind: 'propose-agenda-change', change: { kind: 'move', number: '4', after: null } }],
    ['propose moving item 4 after item 2', { kind: 'propose-agenda-change', change: { kind: 'move', number: '4', after: '2' } }],
    ['propose moving item 4 to the top', { kind: 'propose-agenda-change', change: { kind: 'move', number: '4', after: null } }],
  ])('«%s» proposes a change', (typed, expected) => {
    expect(parseCommand(typed)).toEqual(expected);
  });

  it('given «propongo agregar: …», then the title keeps its accents and case; in English too', () => {
    expect(parseCommand('Propongo agregar: Informe de la Unidad Técnica de Vinculación')).toEqual({
      kind: 'propose-agenda-change', change: { kind: 'add', title: 'Informe de la Unidad Técnica de Vinculación' },
    });
    expect(parseCommand('propose adding: Report on the electoral calendar')).toEqual({
      kind: 'propose-agenda-change', change: { kind: 'add', title: 'Report on the electoral calendar' },
    });
    expect(parseCommand('solicito agregar el punto: Informe sobre el PREP')).toEqual({
      kind: 'propose-agenda-change', change: { kind: 'add', title: 'Informe sobre el PREP' },
    });
  });

  it.each([
    ['retirar propuesta 2', { kind: 'withdraw-agenda-change', position: 2 }],
    ['Retirar la propuesta 1', { kind: 'withdraw-agenda-change', position: 1 }],
    ['withdraw proposal 1', { kind: 'withdraw-agenda-change', position: 1 }],
    ['votar retiro del punto 3', { kind: 'vote-withdrawal', number: '3', method: 'economica' }],
    ['Votar retiro del punto 3 nominal', { kind: 'vote-withdrawal', number: '3', method: 'nominal' }],
    ['vote to withdraw item 3', { kind: 'vote-withdrawal', number: '3', method: 'economica' }],
    ['observaciones a la minuta: En la página 2 dice «Luis» y debe decir «Luisa».', { kind: 'minutes-corrections', text: 'En la página 2 dice «Luis» y debe decir «Luisa».' }],
    ['corrections to the minutes: Page 2 should say Luisa', { kind: 'minutes-corrections', text: 'Page 2 should say Luisa' }],
  ])('«%s»', (typed, expected) => {
    expect(parseCommand(typed)).toEqual(expected);
  });

  it('given corrections over several lines, then all of them are the text', () => {
    expect(parseCommand('observaciones al acta:\nPágina 2: «Luisa».\nPágina 3: la hora es 12:40.')).toEqual({
      kind: 'minutes-corrections', text: 'Página 2: «Luisa».\nPágina 3: la hora es 12:40.',
    });
  });

  it.each([
    ['propongo', 'proposal-form'],
    ['propongo cambiar el punto 3', 'proposal-form'],
    ['propose something else', 'proposal-form'],
    ['propongo agregar', 'add-without-title'],
    ['propose adding:', 'add-without-title'],
    ['retirar propuesta', 'withdraw-proposal-without-number'],
    ['withdraw proposal', 'withdraw-proposal-without-number'],
    ['votar retiro', 'vote-withdrawal-without-item'],
    ['vote to withdraw', 'vote-withdrawal-without-item'],
    ['observaciones a la minuta', 'corrections-without-text'],
    ['corrections to the minutes:', 'corrections-without-text'],
  ])('«%s» names a command but not in its form: %s', (typed, problem) => {
    expect(parseCommand(typed)).toEqual({ kind: 'agenda-change-malformed', problem });
  });

  it('given the commands that look alike, then each stays what it was', () => {
    expect(parseCommand('retirar punto 3')).toEqual({ kind: 'withdraw', number: '3' });
    expect(parseCommand('diferir punto 3')).toEqual({ kind: 'defer', number: '3' });
    expect(parseCommand('pido la palabra')).toEqual({ kind: 'ask-floor', member: 'self' });
    expect(parseCommand('solicito la palabra')).toEqual({ kind: 'ask-floor', member: 'self' });
    expect(parseCommand('retiro mi solicitud')).toEqual({ kind: 'withdraw-floor', member: 'self' });
    expect(parseCommand('request the floor')).toEqual({ kind: 'ask-floor', member: 'self' });
    expect(parseCommand('minuta')).toEqual({ kind: 'minutes' });
    expect(parseCommand('votación')).toEqual({ kind: 'open-vote', method: 'economica' });
  });

  it('given what was asked, then the domain\'s change carries its item numbers', () => {
    expect(agendaChangeOf({ kind: 'move', number: '4', after: null })).toEqual({ kind: 'move', number: asItemNumber('4'), after: null });
    expect(agendaChangeOf({ kind: 'add', title: 'Informe' })).toEqual({ kind: 'add', title: 'Informe' });
  });
});
