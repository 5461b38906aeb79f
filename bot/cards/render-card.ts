/**
 * One card of a session as one person sees it (or the shared view everyone sees), drawn from the read model.
 */
import type { SessionView, VoteView } from '../../src/app/session-view';
import { asAadObjectId, asVoteId, type BallotChoice, type SessionState, separateOpinionsNow } from '../../src/domain';
import type { Language } from '../../src/i18n/words';
import type { CardRef } from '../card-action';
import { agendaCard } from './agenda-card';
import type { AdaptiveCardJson } from './card-kit';
import { itemCard } from './item-card';
import { presenceCard } from './presence-card';
import { quorumCard, quorumCheckCard } from './quorum-card';
import { rollCallCard } from './roll-call-card';
import { findView } from './session-controls';
import type { Viewer } from './viewer';
import type { StableMinutesLinks } from './previous-minutes-section';
import { voteCard } from './vote-card';

/** A vote of the session by its id, wherever it is shown (open, on its item, or a vote on the order of the day). */
export function findVote(view: SessionView, voteId: string): VoteView | null {
  if (view.openVote?.id === voteId) return view.openVote;
  const procedural = view.procedureVotes.find((v) => v.id === voteId);
  if (procedural) return procedural;
  const walk = (items: SessionView['agenda']): VoteView | null => {
    for (const item of items) {
      // every vote of the item: en lo general and each en lo particular
      const found = item.votes.find((v) => v.id === voteId);
      if (found) return found;
      const inner = walk(item.items);
      if (inner) return inner;
    }
    return null;
  };
  return walk(view.agenda);
}

/** The card; null when it does not apply (no such vote, item, check…) or is not a session card. */
/** `links`: how the runtime makes minutes links (the item approving earlier minutes opens them); null: no button. */
export function renderCard(
  view: SessionView, state: SessionState, ref: CardRef, viewer: Viewer, lang: Language, refreshUserIds: string[] = [], links: StableMinutesLinks | null = null,
): AdaptiveCardJson | null {
  switch (ref.card) {
    case 'agenda':
      return agendaCard(view, viewer, lang, refreshUserIds);
    case 'roll-call':
      return rollCallCard(view, viewer, lang, refreshUserIds);
    case 'item': {
      const number = ref.number ?? view.currentItem;
      const item = number ? findView(view, number) : null;
      return item ? itemCard(view, item, viewer, lang, refreshUserIds, links) : null;
    }
    case 'vote': {
      const lastVoteId = state.votes[state.votes.length - 1]?.id;
      const voteId = ref.voteId ?? view.openVote?.id ?? lastVoteId;
      const vote = voteId ? findVote(view, voteId) : null;
      if (!vote) return null;
      // the viewer's own ballot, also in an económica vote whose choices the shared view does not show
      const ownChoice: BallotChoice | null = viewer.id ? state.votes.find((v) => v.id === vote.id)?.ballots[viewer.id as never] ?? null : null;
      // the separate opinions the viewer may still announce on this vote, as the domain says
      const opinionKinds = viewer.id && vote.status === 'closed' ? separateOpinionsNow(state, asAadObjectId(viewer.id), asVoteId(vote.id)) : [];
      return voteCard(view, vote, viewer, lang, { ownChoice, refreshUserIds, opinionKinds });
    }
    case 'quorum':
      return quorumCard(view, ref.index, viewer, lang, refreshUserIds);
    case 'quorum-check': {
      const checkId = ref.checkId ?? view.quorumCheck?.id ?? view.quorumChecks[view.quorumChecks.length - 1]?.id;
      return checkId ? quorumCheckCard(view, checkId, viewer, lang, refreshUserIds) : null;
    }
    case 'presence':
      return presenceCard(view, ref.notice, viewer, lang, refreshUserIds);
    default:
      return null;
  }
}
