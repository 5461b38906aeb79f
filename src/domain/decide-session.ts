/**
 * The session as a whole: its creation with the order of the day and the rules, recess and resumption, the close.
 */
import { agendaFromDrafts } from './agenda-draft';
import type { CommandOf } from './commands';
import { type Decision, accept, noQuorum, quorumNow, refuse } from './decision';
import { snapshotOf } from './quorum';
import { type Rejection, reject } from './rejection';
import { type BodyRules, type DebateRules, isTimeZone, withDefaults } from './rules';
import { SESSION_ROLES } from './roster';
import { MODALITIES, SESSION_KINDS } from './session-header';
import type { SessionState } from './session-state';

const WORDS = /^[\s\S]{1,2000}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const invalid = (field: string, problem: string): Rejection => ({ reason: 'InvalidInput', details: { field, problem } });

function validateRules(rules: BodyRules): Rejection | null {
  if (!isTimeZone(rules.timeZone)) return invalid('rules.timeZone', 'invalid-time-zone');
  if (rules.meetingPresence !== 'ask' && rules.meetingPresence !== 'record') return invalid('rules.meetingPresence', 'invalid-choice');
  if (!(rules.quorumFraction >= 0 && rules.quorumFraction < 1)) return invalid('rules.quorumFraction', 'invalid-number');
  return validateDebateRules(rules.debate);
}

const isCount = (n: unknown, max: number): boolean => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max;

function validateDebateRules(debate: DebateRules): Rejection | null {
  const rounds = debate.roundMinutes;
  if (!Array.isArray(rounds) || rounds.length === 0 || rounds.length > 10 || !rounds.every((m) => typeof m === 'number' && m > 0 && m <= 120)) {
    return invalid('rules.debate.roundMinutes', 'invalid-number');
  }
  if (!Array.isArray(debate.voiceRoles) || !debate.voiceRoles.every((r) => SESSION_ROLES.includes(r))) return invalid('rules.debate.voiceRoles', 'invalid-choice');
  if (!isCount(debate.interventionsPerRound, 10)) return invalid('rules.debate.interventionsPerRound', 'invalid-number');
  const motion = debate.motionToSpeaker;
  if (!Number.isInteger(motion.rounds) || motion.rounds < 0 || motion.rounds > rounds.length) return invalid('rules.debate.motionToSpeaker.rounds', 'invalid-number');
  if (!Number.isInteger(motion.perMemberPerItem) || motion.perMemberPerItem < 0 || motion.perMemberPerItem > 20) return invalid('rules.debate.motionToSpeaker.perMemberPerItem', 'invalid-number');
  if (!isCount(motion.questionSeconds, 600) || !isCount(motion.answerSeconds, 600)) return invalid('rules.debate.motionToSpeaker', 'invalid-number');
  return null;
}

function validateCreate(data: CommandOf<'CreateSession'>['data']): Rejection | null {
  if (!data.title?.trim() || !WORDS.test(data.title)) return invalid('title', 'empty');
  if (typeof data.body !== 'string' || data.body.length > 2000) return invalid('body', 'too-long');
  if (data.kind !== null && !SESSION_KINDS.includes(data.kind)) return invalid('kind', 'invalid-kind');
  if (data.modality !== null && !MODALITIES.includes(data.modality)) return invalid('modality', 'invalid-modality');
  if (data.date !== null && !DATE.test(data.date)) return invalid('date', 'invalid-date');
  if (data.time !== null && !TIME.test(data.time)) return invalid('time', 'invalid-time');
  return null;
}

/** The session begins with its header, order of the day and rules; whoever creates it is its technical secretary. */
export function createSession(c: CommandOf<'CreateSession'>, state: SessionState): Decision {
  if (state.exists) return reject('SessionAlreadyExists');
  const problem = validateCreate(c.data);
  if (problem) return refuse(problem);
  const rules = withDefaults(c.data.rules);
  const badRule = validateRules(rules);
  if (badRule) return refuse(badRule);
  const agenda = agendaFromDrafts(c.data.agenda);
  if (!agenda.ok) return agenda;
  const d = c.data;
  return accept(
    {
      type: 'SessionCreated',
      data: {
        sessionId: d.sessionId, body: d.body.trim(), title: d.title.trim(), kind: d.kind, date: d.date, time: d.time,
        modality: d.modality, meeting: d.meeting, agenda: agenda.agenda, rules, createdBy: c.actor.id, at: c.now,
      },
    },
    { type: 'MemberAssigned', data: { member: { id: c.actor.id, name: c.actor.name, role: 'secretary' }, by: c.actor.id, at: c.now } },
  );
}

export function recess(c: CommandOf<'Recess'>, state: SessionState): Decision {
  if (state.phase === 'recess') return reject('SessionInRecess');
  if (state.phase !== 'in-session') return reject('SessionNotStarted');
  if (state.openVote) return reject('VoteOpen');
  return accept({ type: 'RecessStarted', data: { reason: c.data.reason?.trim() || null, at: c.now } });
}

/** The session resumes only with quorum, which is declared again. */
export function resume(c: CommandOf<'Resume'>, state: SessionState): Decision {
  if (state.phase !== 'recess') return reject('NotInRecess');
  const quorum = quorumNow(state);
  if (!quorum.reached) return noQuorum(quorum);
  return accept({ type: 'SessionResumed', data: { quorum: snapshotOf(quorum), at: c.now } });
}

export function closeSession(c: CommandOf<'CloseSession'>, state: SessionState): Decision {
  if (state.phase === 'not-started') return reject('SessionNotStarted');
  if (state.openVote) return reject('VoteOpen');
  return accept({ type: 'SessionClosed', data: { quorum: snapshotOf(quorumNow(state)), at: c.now } });
}
