/**
 * The buttons of votes in parts: what a button carries on the wire, read back with what the person put in the
 * card's inputs, becomes the same command as the typed one, and then the domain's command.
 */
import { asAadObjectId } from '../src/domain';
import { type CardAction, commandOfAction, parseCardAction, toWire, VOTE_PART_INPUT } from './card-action';
import { toSessionCommand } from './commands/to-session-command';

const LUIS = { id: asAadObjectId('aad-luis'), name: 'Luis Consejero' };
const NOW = '2024-06-24T18:45:00.000Z';
const ITEM = { card: 'item' as const, number: '3.b' };

/** A click on this button, with these inputs filled in. */
function click(action: CardAction, inputs: Record<string, unknown> = {}) {
  const { verb, data } = toWire(action);
  const parsed = parseCardAction(verb, { ...data, ...inputs });
  const command = parsed && commandOfAction(parsed);
  return { parsed, command, session: command && toSessionCommand(command, LUIS, NOW, () => 'k1') };
}

describe('the buttons of votes in parts, from the wire to the domain', () => {
  it('given «Reservar» with the part and a proposal, then a reservation of the clicker with a fresh id; without the part, what to write', () => {
    const { session } = click({ verb: 'vote-part', ref: ITEM, act: 'reserve' }, { [VOTE_PART_INPUT.part]: ' Punto resolutivo tercero ', [VOTE_PART_INPUT.proposal]: '15 días hábiles' });
    expect(session).toEqual({ type: 'ReservePart', data: { reservationId: 'r-k1', part: 'Punto resolutivo tercero', proposal: '15 días hábiles' }, actor: LUIS, now: NOW });
    expect(click({ verb: 'vote-part', ref: ITEM, act: 'reserve' }, { [VOTE_PART_INPUT.proposal]: 'x' }).command).toEqual({ kind: 'vote-part-malformed', problem: 'reserve-without-part' });
  });

  it('given «Excusarme» with a reason, then the clicker is excused from the card\'s item; without one, no reason', () => {
    expect(click({ verb: 'vote-part', ref: ITEM, act: 'excuse' }, { [VOTE_PART_INPUT.reason]: 'Conflicto de interés' }).session)
      .toEqual({ type: 'RecordExcusal', data: { number: '3.b', reason: 'Conflicto de interés' }, actor: LUIS, now: NOW });
    expect(click({ verb: 'vote-part', ref: ITEM, act: 'excuse' }).session).toEqual({ type: 'RecordExcusal', data: { number: '3.b' }, actor: LUIS, now: NOW });
  });

  it('given «Votar en lo particular», then the reservation put to the vote the way the button says', () => {
    const { parsed, session } = click({ verb: 'vote-part', ref: ITEM, act: 'vote-reservation', reservationId: 'r1', method: 'nominal' });
    expect(parsed).toEqual({ verb: 'vote-part', ref: ITEM, act: 'vote-reservation', reservationId: 'r1', method: 'nominal' });
    expect(session).toEqual({ type: 'OpenVote', data: { voteId: 'v-k1', method: 'nominal', reservationId: 'r1' }, actor: LUIS, now: NOW });
  });

  it('given «Voto concurrente» on a closed vote\'s card, then the opinion on that vote', () => {
    expect(click({ verb: 'vote-part', ref: { card: 'vote', voteId: 'v7' }, act: 'opinion', kind: 'concurrente' }).session)
      .toEqual({ type: 'AnnounceSeparateOpinion', data: { opinionId: 'o-k1', kind: 'concurrente', voteId: 'v7' }, actor: LUIS, now: NOW });
  });

  it('given what no card of Sesiona draws, then nothing', () => {
    expect(parseCardAction('vote-part', { card: 'vote', voteId: 'v7', act: 'opinion', kind: 'minoritario' })).toBeNull();
    expect(parseCardAction('vote-part', { card: 'item', number: '1', act: 'vote-reservation' })).toBeNull();
    expect(parseCardAction('vote-part', { card: 'item', number: '1', act: 'veto' })).toBeNull();
  });
});
