import { parseCommand } from './parse-command';
import { votePartProblemWords } from './vote-part-problems';

describe('votes in parts, typed: reservations, excusals and separate opinions, Spanish and English', () => {
  it.each([
    ['reservar punto resolutivo tercero', { kind: 'reserve-part', part: 'punto resolutivo tercero', member: 'self' }],
    ['Reservar el Punto Resolutivo Tercero: Sustituir «30 días» por «15 días hábiles»',
      { kind: 'reserve-part', part: 'Punto Resolutivo Tercero', proposal: 'Sustituir «30 días» por «15 días hábiles»', member: 'self' }],
    ['reservo considerando 12', { kind: 'reserve-part', part: 'considerando 12', member: 'self' }],
    ['reserve operative paragraph three: fifteen working days', { kind: 'reserve-part', part: 'operative paragraph three', proposal: 'fifteen working days', member: 'self' }],
    ['retirar reserva 2', { kind: 'withdraw-reservation', reservation: { position: 2 } }],
    ['retiro mi reserva 1', { kind: 'withdraw-reservation', reservation: { position: 1 } }],
    ['withdraw reservation 1', { kind: 'withdraw-reservation', reservation: { position: 1 } }],
    ['votar reserva 1', { kind: 'vote-reservation', reservation: { position: 1 }, method: 'economica' }],
    ['Votar la reserva 2 nominal', { kind: 'vote-reservation', reservation: { position: 2 }, method: 'nominal' }],
    ['vote reservation 3 roll-call', { kind: 'vote-reservation', reservation: { position: 3 }, method: 'nominal' }],
    ['me excuso del punto 3', { kind: 'excuse', number: '3', member: 'self' }],
    ['Me excuso del punto 3.b por conflicto de interés con la empresa', { kind: 'excuse', number: '3.b', member: 'self', reason: 'conflicto de interés con la empresa' }],
    ['me excuso de votar el punto III', { kind: 'excuse', number: '3', member: 'self' }],
    ['I excuse myself from item 4 because of a conflict of interest', { kind: 'excuse', number: '4', member: 'self', reason: 'a conflict of interest' }],
    ['voto particular', { kind: 'separate-opinion', opinion: 'particular' }],
    ['Anuncio voto concurrente', { kind: 'separate-opinion', opinion: 'concurrente' }],
    ['emitiré un voto razonado', { kind: 'separate-opinion', opinion: 'razonado' }],
    ['dissenting opinion', { kind: 'separate-opinion', opinion: 'particular' }],
    ['I announce a concurring opinion', { kind: 'separate-opinion', opinion: 'concurrente' }],
    ['reasoned opinion', { kind: 'separate-opinion', opinion: 'razonado' }],
    ['documento del voto https://ieecm.sharepoint.com/sites/CPVOE/Voto%20Particular.pdf', { kind: 'opinion-document', url: 'https://ieecm.sharepoint.com/sites/CPVOE/Voto%20Particular.pdf' }],
    ['opinion document https://example.org/Opinion.PDF', { kind: 'opinion-document', url: 'https://example.org/Opinion.PDF' }],
  ])('given «%s», then it is %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each([
    // Teams puts the mention where it was typed; the test connector puts it at the end
    ['reservar punto resolutivo quinto de Sofía Consejera: otra redacción', { kind: 'reserve-part', part: 'punto resolutivo quinto', proposal: 'otra redacción', member: 'mentioned' }],
    ['reservar de Sofía Consejera el punto resolutivo quinto', { kind: 'reserve-part', part: 'punto resolutivo quinto', member: 'mentioned' }],
    ['reserve paragraph 5: other wording for Sofía Consejera', { kind: 'reserve-part', part: 'paragraph 5', proposal: 'other wording', member: 'mentioned' }],
    ['excusar a Sofía Consejera del punto 3 por parentesco', { kind: 'excuse', number: '3', member: 'mentioned', reason: 'parentesco' }],
    ['excusar a del punto 3 Sofía Consejera', { kind: 'excuse', number: '3', member: 'mentioned' }],
    ['excuse Sofía Consejera from item 2.a because of kinship', { kind: 'excuse', number: '2.a', member: 'mentioned', reason: 'kinship' }],
  ])('given «%s» mentioning Sofía, then it is %j', (text, expected) => {
    expect(parseCommand(text, ['Sofía Consejera'])).toEqual(expected);
  });

  it.each([
    ['reservar', 'reserve-without-part', []],
    ['reservar: otra redacción', 'reserve-without-part', []],
    ['reservar punto tercero de Luis Consejero y Sofía Consejera', 'reserve-for-one-person', ['Luis Consejero', 'Sofía Consejera']],
    ['retirar reserva', 'withdraw-reservation-without-number', []],
    ['withdraw reservation the first', 'withdraw-reservation-without-number', []],
    ['votar reserva', 'vote-reservation-without-number', []],
    ['retirar reserva 0', 'withdraw-reservation-without-number', []],
    ['me excuso', 'excuse-without-item', []],
    ['me excuso por conflicto de interés', 'excuse-without-item', []],
    ['excusar a Luis del punto 3', 'excuse-someone-without-mention', []],
    ['excusar a Luis Consejero y Sofía Consejera del punto 3', 'excuse-one-person', ['Luis Consejero', 'Sofía Consejera']],
    ['excuse Sofía Consejera', 'excuse-without-item', ['Sofía Consejera']],
    ['documento del voto', 'opinion-document-without-url', []],
    ['documento del voto http://inseguro.example/voto.pdf', 'opinion-document-not-https', []],
    ['opinion document www.example.org/x.pdf', 'opinion-document-not-https', []],
  ])('given «%s» (wrong form), then the problem is %s and the answer says the right form', (text, problem, mentioned) => {
    expect(parseCommand(text, mentioned)).toEqual({ kind: 'vote-part-malformed', problem });
    const words = votePartProblemWords(problem as never);
    expect(words.es).toMatch(/«@Sesiona [^»]+»/);
    expect(words.en).toMatch(/"@Sesiona [^"]+"/);
  });

  it('given a proposal written on several lines, then it is kept whole (on one line)', () => {
    expect(parseCommand('reservar punto resolutivo tercero:\nSe sustituye el plazo\npor quince días hábiles.')).toEqual({
      kind: 'reserve-part', part: 'punto resolutivo tercero', proposal: 'Se sustituye el plazo por quince días hábiles.', member: 'self',
    });
  });

  it('given the other commands that start alike, then they are still what they were', () => {
    expect(parseCommand('votación nominal')).toEqual({ kind: 'open-vote', method: 'nominal' });
    expect(parseCommand('voto')).toEqual({ kind: 'open-vote', method: 'economica' });
    expect(parseCommand('retirar punto 3')).toEqual({ kind: 'withdraw', number: '3' });
    expect(parseCommand('retirar a Luis Consejero', ['Luis Consejero'])).toEqual({ kind: 'withdraw-floor', member: 'mentioned' });
    expect(parseCommand('withdraw')).toEqual({ kind: 'withdraw-floor', member: 'self' });
  });
});
