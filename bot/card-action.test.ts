/**
 * The debate's buttons: what a button carries on the wire, read back with what the person put in the card's inputs,
 * becomes the same command as the typed one, and then the domain's command.
 */
import { asAadObjectId } from '../src/domain';
import { commandOfAction, DEBATE_INPUT, type DebateAct, parseCardAction, toWire } from './card-action';
import { toSessionCommand } from './commands/to-session-command';

const REF = { card: 'item' as const, number: '3.b' };
const SECRETARY = { id: asAadObjectId('aad-marta'), name: 'Marta Secretaria' };
const NOW = '2024-06-24T18:45:00.000Z';

/** A click on the button for `act`, with these inputs filled in. */
function click(act: DebateAct, inputs: Record<string, unknown> = {}) {
  const { verb, data } = toWire({ verb: 'debate', ref: REF, act });
  const action = parseCardAction(verb, { ...data, ...inputs });
  return { action, command: action && commandOfAction(action) };
}

describe('the debate buttons, from the wire to the domain', () => {
  it('given "Dar la palabra" with a person chosen and a reason, then the floor goes to them, out of order for that reason', () => {
    const { action, command } = click('give-floor', { [DEBATE_INPUT.member]: 'aad-pedro', [DEBATE_INPUT.reason]: ' alusiones personales ' });
    expect(action).toEqual({ verb: 'debate', ref: REF, act: 'give-floor', memberId: 'aad-pedro', reason: 'alusiones personales' });
    expect(toSessionCommand(command!, SECRETARY, NOW, () => 'x')).toEqual({
      type: 'GiveFloor', data: { memberId: 'aad-pedro', reason: 'alusiones personales' }, actor: SECRETARY, now: NOW,
    });
  });

  it('given "Dar la palabra" with nobody chosen, then the person is told to choose', () => {
    expect(click('give-floor').command).toEqual({ kind: 'malformed', problem: 'give-floor-choose-member' });
  });

  it('given "Ampliar" with 1.5 minutes (a number or its text), then 90 seconds; with nothing or zero, what is wrong', () => {
    expect(click('extend-time', { [DEBATE_INPUT.minutes]: 1.5 }).command).toEqual({ kind: 'extend-time', seconds: 90 });
    expect(click('extend-time', { [DEBATE_INPUT.minutes]: '2' }).command).toEqual({ kind: 'extend-time', seconds: 120 });
    expect(click('extend-time').command).toEqual({ kind: 'malformed', problem: 'extend-time-without-number' });
    expect(click('extend-time', { [DEBATE_INPUT.minutes]: '0' }).command).toEqual({ kind: 'malformed', problem: 'extend-time-bad-number' });
  });

  it('given a moción al orador with its question, then a fresh motion id from the id source and the text; a moción de orden reads its own input', () => {
    const motion = click('ask-motion', { [DEBATE_INPUT.question]: '¿Cuánto cuesta?', [DEBATE_INPUT.order]: 'not this one' }).command!;
    expect(toSessionCommand(motion, SECRETARY, NOW, () => 'k2')).toMatchObject({ type: 'AskMotionToSpeaker', data: { motionId: 'm-k2', text: '¿Cuánto cuesta?' } });
    const order = click('raise-order', { [DEBATE_INPUT.order]: 'Se aparta del tema' }).command!;
    expect(toSessionCommand(order, SECRETARY, NOW, () => 'k3')).toMatchObject({ type: 'RaisePointOfOrder', data: { motionId: 'm-k3', text: 'Se aparta del tema' } });
    expect(toSessionCommand(click('raise-order').command!, SECRETARY, NOW, () => 'k4')).toMatchObject({ type: 'RaisePointOfOrder', data: { motionId: 'm-k4' } });
  });

  it.each([
    ['ask-floor', 'AskForFloor', {}],
    ['withdraw-floor', 'WithdrawFloorRequest', {}],
    ['next-speaker', 'GiveFloor', {}],
    ['end-intervention', 'EndIntervention', {}],
    ['close-round', 'CloseRound', {}],
    ['accept-motion', 'AnswerMotionToSpeaker', { accept: true }],
    ['decline-motion', 'AnswerMotionToSpeaker', { accept: false }],
    ['grant-order', 'DecidePointOfOrder', { accept: true }],
    ['deny-order', 'DecidePointOfOrder', { accept: false }],
  ] as const)('given the button "%s", then %s %j, for whoever clicked', (act, type, data) => {
    expect(toSessionCommand(click(act).command!, SECRETARY, NOW, () => 'x')).toEqual({ type, data, actor: SECRETARY, now: NOW });
  });

  it('given an act no card draws, then the click is not understood', () => {
    expect(parseCardAction('debate', { card: 'item', number: '1', act: 'filibuster' })).toBeNull();
  });

  it('given a typed command about someone mentioned, then it is no domain command until the feature has found who', () => {
    expect(toSessionCommand({ kind: 'ask-floor', member: 'mentioned' }, SECRETARY, NOW, () => 'x')).toBeNull();
    expect(toSessionCommand({ kind: 'ask-floor', member: { id: 'aad-luis' } }, SECRETARY, NOW, () => 'x')).toMatchObject({ type: 'AskForFloor', data: { memberId: 'aad-luis' } });
    expect(toSessionCommand({ kind: 'give-floor', to: 'mentioned' }, SECRETARY, NOW, () => 'x')).toBeNull();
  });
});
