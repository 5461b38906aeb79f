/**
 * What each person may do of votes in parts now, as the read model carries it (`members[].can`) and the cards ask:
 * reserve a part of the item under way, excuse themselves from it, and which separate opinions they may announce
 * on a closed vote — each as the decider of that act would decide.
 */
import { capabilitiesOf, separateOpinionsNow } from './capabilities';
import { fold } from './session-state';
import { ballot, cast, command, inSession, item, run, voteId } from './testing/session-spec';

const N = item('3.b');
const onDraft = () => run([command('StartItem', cast.secretary, { number: N }, 10)], inSession());

describe('what each person may do of votes in parts', () => {
  it('given a draft under way, then the voting members may reserve a part and excuse themselves; the secretary and a representative may not', () => {
    const state = fold(onDraft());
    expect(capabilitiesOf(state, cast.luis.id)).toMatchObject({ mayReservePart: true, mayExcuseFromItem: true });
    expect(capabilitiesOf(state, cast.chair.id)).toMatchObject({ mayReservePart: true, mayExcuseFromItem: true });
    expect(capabilitiesOf(state, cast.secretary.id)).toMatchObject({ mayReservePart: false, mayExcuseFromItem: false });
    expect(capabilitiesOf(state, cast.representative.id)).toMatchObject({ mayReservePart: false, mayExcuseFromItem: false });
  });

  it('given a report under way, then nobody reserves a part of it', () => {
    const state = fold(run([command('StartItem', cast.secretary, { number: item('3.a') }, 10)], inSession()));
    expect(capabilitiesOf(state, cast.luis.id).mayReservePart).toBe(false);
  });

  it('given Sofía excused and the vote opened, then she may not excuse herself again, and nobody may reserve or excuse once the item is voted', () => {
    const excused = run([command('RecordExcusal', cast.sofia, { number: N }, 11)], onDraft());
    expect(capabilitiesOf(fold(excused), cast.sofia.id).mayExcuseFromItem).toBe(false);
    const voting = fold(run([command('OpenVote', cast.secretary, { voteId: voteId('v'), method: 'nominal' }, 12)], excused));
    expect(capabilitiesOf(voting, cast.luis.id)).toMatchObject({ mayReservePart: false, mayExcuseFromItem: false });
  });

  it('given a vote approved with Luis against, then Luis may dissent or reason, the others concur or reason, the secretary nothing; once announced, not again', () => {
    const closed = run([
      command('OpenVote', cast.secretary, { voteId: voteId('v'), method: 'nominal' }, 12),
      ballot(cast.chair, 'in-favour', 12), ballot(cast.luis, 'against', 12), ballot(cast.sofia, 'in-favour', 12),
      command('CloseVote', cast.secretary, {}, 13),
    ], onDraft());
    const state = fold(closed);
    expect(capabilitiesOf(state, cast.luis.id).separateOpinionsNow).toEqual(['particular', 'razonado']);
    expect(capabilitiesOf(state, cast.chair.id).separateOpinionsNow).toEqual(['concurrente', 'razonado']);
    expect(capabilitiesOf(state, cast.secretary.id).separateOpinionsNow).toEqual([]);
    const announced = fold(run([command('AnnounceSeparateOpinion', cast.luis, { opinionId: 'o1', kind: 'particular' }, 14)], closed));
    expect(separateOpinionsNow(announced, cast.luis.id)).toEqual(['razonado']);
    // on an earlier closed vote: the order of the day, approved by all three in favour
    expect(separateOpinionsNow(announced, cast.luis.id, voteId('v-agenda'))).toEqual(['concurrente', 'razonado']);
  });

  it('given the session closed, then no opinion is announced any more', () => {
    const closed = run([
      command('OpenVote', cast.secretary, { voteId: voteId('v'), method: 'nominal' }, 12),
      ballot(cast.chair, 'in-favour', 12), ballot(cast.luis, 'against', 12), ballot(cast.sofia, 'in-favour', 12),
      command('CloseVote', cast.secretary, {}, 13),
      command('CloseSession', cast.secretary, {}, 14),
    ], onDraft());
    expect(capabilitiesOf(fold(closed), cast.luis.id).separateOpinionsNow).toEqual([]);
  });
});
