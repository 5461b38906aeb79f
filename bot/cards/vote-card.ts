/**
 * The vote card. Voters see A favor / En contra / Abstención, then their own recorded vote. Everyone sees who has
 * voted (names only while an económica vote is open; names and choices for a nominal vote). On close: the result,
 * and for a nominal vote each member's vote. A vote of an item voted in parts says which it is (en lo general, or en
 * lo particular on a reserved part, with what a ballot in favour means); the members excused are named; once closed,
 * the separate opinions announced, and for those who voted the buttons of those they may still announce.
 */
import type { SessionView, VoteView } from '../../src/app/session-view';
import type { BallotChoice, SeparateOpinionKind } from '../../src/domain';
import { resultWords, subjectWords } from '../../src/i18n/vote-result';
import type { Language } from '../i18n/language';
import { CHOICE_NAMES, METHOD_NAMES, quorumLine } from '../../src/i18n/words';
import { type AdaptiveCardJson, actionSets, adaptiveCard, type CardElement, button, facts, heading, refreshFor, shorten, text } from './card-kit';
import { findView } from './session-controls';
import { agendaChangesSection } from './agenda-changes-section';
import type { Viewer } from './viewer';
import { excusedLines, opinionButtons, opinionLines, stageLines } from './vote-parts-section';

/** For a vote on the order of the day: the changes proposed before it. */
function changesLines(vote: VoteView, lang: Language): CardElement[] {
  const c = vote.changes;
  if (!c) return [];
  const es = lang === 'es';
  const lines = [
    ...c.withdrawn.map((n) => (es ? `Se retira el punto ${n}` : `Item ${n} withdrawn`)),
    ...c.deferred.map((n) => (es ? `Se difiere el punto ${n}` : `Item ${n} deferred`)),
    ...c.added.map((a) => (es ? `Se agrega ${a.number}. ${a.title}` : `Added ${a.number}. ${a.title}`)),
  ];
  if (lines.length === 0) return [text(es ? 'Sin modificaciones al orden del día publicado.' : 'No changes to the published order of the day.', { isSubtle: true, size: 'Small' })];
  return [text(es ? 'Con las modificaciones:' : 'With the changes:', { weight: 'Bolder', spacing: 'Small' }), ...lines.map((l) => text(`• ${shorten(l, 300)}`, { spacing: 'None', size: 'Small' }))];
}

/**
 * While the vote is open, this person's ballots, as the domain says they may cast one now (`can.mayVoteNow`:
 * eligible, not excused, still recorded present, not voted yet): A favor / En contra / Abstención in a row of their
 * own, alike (no colour, no order of emphasis: the card does not nudge a formal vote). Who voted sees their vote;
 * an eligible member recorded out of the session is told why there are no buttons.
 */
function ballotRows(view: SessionView, vote: VoteView, viewer: Viewer, ownChoice: BallotChoice | null, lang: Language): CardElement[] {
  const es = lang === 'es';
  const rows: CardElement[] = [];
  if (ownChoice) rows.push(text(`${es ? 'Tu voto' : 'Your vote'}: ${CHOICE_NAMES[ownChoice][lang]} ✔`, { size: 'Medium', weight: 'Bolder', color: 'Good' }));
  if (viewer.can.mayVoteNow) {
    const ref = { card: 'vote' as const, voteId: vote.id };
    const ballot = (choice: BallotChoice) => button(CHOICE_NAMES[choice][lang], { verb: 'ballot', ref, voteId: vote.id, choice });
    rows.push(...actionSets([ballot('in-favour'), ballot('against'), ...(view.rules.abstentionAllowed ? [ballot('abstain')] : [])]));
    return rows;
  }
  const eligible = vote.eligible.some((e) => e.id === viewer.id);
  const away = eligible && !ownChoice && view.members.some((m) => m.id === viewer.id && !m.present);
  if (away) {
    rows.push(text(es
      ? 'Tu salida de la sesión está registrada: votas cuando la Secretaría registre tu regreso.'
      : 'Your departure from the session is recorded: you vote once the secretary records your return.', { weight: 'Bolder', color: 'Attention' }));
  }
  return rows;
}

export function voteCard(
  view: SessionView, vote: VoteView, viewer: Viewer, lang: Language,
  options: {
    ownChoice?: BallotChoice | null; refreshUserIds?: string[];
    /** The separate opinions this viewer may announce on this vote, as the domain says (`separateOpinionsNow`). */
    opinionKinds?: readonly SeparateOpinionKind[];
  } = {},
): AdaptiveCardJson {
  const es = lang === 'es';
  const ref = { card: 'vote' as const, voteId: vote.id };
  const item = vote.item ? findView(view, vote.item) : null;
  const open = vote.status === 'open';
  const body: CardElement[] = [
    text(view.title, { size: 'Small', isSubtle: true, spacing: 'None' }),
    heading(`${METHOD_NAMES[vote.method][lang]} · ${subjectWords(vote.subject, vote.item, lang, { stage: vote.stage, reserved: vote.reservation?.part ?? null, target: vote.target })}`),
    ...(item ? [text(shorten(item.title, 400))] : []),
    ...stageLines(vote, item, lang),
    ...(agendaChangesSection(view, vote, lang) ?? changesLines(vote, lang)),
    text(open
      ? (es ? `Votación abierta: han votado ${vote.ballots.length} de ${vote.eligible.length}.` : `Vote open: ${vote.ballots.length} of ${vote.eligible.length} have voted.`)
      : (es ? `Votación cerrada: votaron ${vote.ballots.length} de ${vote.eligible.length}.` : `Vote closed: ${vote.ballots.length} of ${vote.eligible.length} voted.`), { weight: 'Bolder' }),
  ];

  if (vote.outcome && vote.tally) {
    body.push(text(resultWords({ ...vote, outcome: vote.outcome }, view.rules.majority, lang), { size: 'Large', weight: 'Bolder', color: vote.outcome === 'not-approved' ? 'Attention' : 'Good' }));
  }
  if (vote.quorumAtOpen) body.push(text(`${es ? 'Al abrir la votación' : 'When the vote opened'}: ${quorumLine(vote.quorumAtOpen, lang).replace(/^Qu[oó]rum: /, es ? 'quórum ' : 'quorum ')}.`, { isSubtle: true, size: 'Small' }));
  if (vote.tally) {
    body.push(facts([
      [CHOICE_NAMES['in-favour'][lang], String(vote.tally.inFavour)],
      [CHOICE_NAMES.against[lang], String(vote.tally.against)],
      [CHOICE_NAMES.abstain[lang], String(vote.tally.abstain)],
    ]));
  }
  if (vote.ballots.length) {
    body.push(text(es ? 'Han votado:' : 'Voted:', { weight: 'Bolder', spacing: 'Medium' }));
    body.push(...vote.ballots.map((b) => text(`• ${b.name}${b.choice ? ` — ${CHOICE_NAMES[b.choice][lang]}` : ''}`, { spacing: 'None' })));
  }
  if (!open) {
    const missing = vote.eligible.filter((e) => !vote.ballots.some((b) => b.id === e.id));
    if (missing.length) body.push(text(`${es ? 'No votaron' : 'Did not vote'}: ${missing.map((m) => m.name).join(', ')}`, { isSubtle: true }));
  }
  body.push(...excusedLines(vote, lang), ...opinionLines(view, vote, lang));

  const actions: CardElement[] = [];
  if (open && viewer.id !== null) body.push(...ballotRows(view, vote, viewer, options.ownChoice ?? null, lang));
  else if (!open && viewer.id !== null && options.ownChoice) {
    body.push(text(`${es ? 'Tu voto' : 'Your vote'}: ${CHOICE_NAMES[options.ownChoice][lang]}`, { weight: 'Bolder' }));
  }
  if (open && viewer.can.conducts) actions.push(button(es ? 'Cerrar votación' : 'Close vote', { verb: 'command', ref, command: 'close-vote' }, 'positive'));
  if (open && viewer.id === null) actions.push(button(es ? 'Votar / ver mi voto' : 'Vote / see my vote', { verb: 'refresh', ref }));
  if (!open && viewer.id !== null) actions.push(...opinionButtons(vote, options.opinionKinds ?? [], lang));
  return adaptiveCard(body, actions, viewer.id === null ? refreshFor(ref, options.refreshUserIds ?? []) : undefined);
}
