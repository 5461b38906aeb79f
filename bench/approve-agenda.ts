/** The benches' sessions, like real ones, approve their order of the day before any item is taken up. */
import type { SessionService } from '../src/app/session-service';
import { type Actor, asVoteId, type SessionCommand, type SessionId } from '../src/domain';

export async function approveAgenda(service: SessionService, sessionId: SessionId, secretary: Actor, voters: Actor[], now: () => string): Promise<void> {
  const voteId = asVoteId('v-agenda');
  const commands: SessionCommand[] = [
    { type: 'OpenVote', actor: secretary, now: now(), data: { voteId, method: 'economica', subject: 'agenda' } },
    ...voters.map((actor): SessionCommand => ({ type: 'CastBallot', actor, now: now(), data: { voteId, choice: 'in-favour' } })),
    { type: 'CloseVote', actor: secretary, now: now(), data: {} },
  ];
  for (const command of commands) {
    const result = await service.handle(sessionId, command);
    if (!result.ok) throw new Error(`approving the order of the day, ${command.type}: ${result.rejection.reason}`);
  }
}
