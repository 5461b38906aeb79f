/**
 * What Teams says about the meeting: it started or ended, people joined or left. Each is recorded as a hint; for a
 * roster member during the session the domain decides what a join or a leave means (noticed for the secretary, or
 * recorded, by the body's rule). When the meeting ends, the Teams attendance report is due some minutes later.
 */
import { type Actor, asAadObjectId, type AttendanceHintKind } from '../../src/domain';
import type { Turn } from '../turn';
import type { BotKit } from './kit';
import type { RecordAfterSession } from './record';

/** Who acts when Teams tells of the meeting. */
export const TEAMS_ACTOR: Actor = { id: asAadObjectId('microsoft-teams'), name: 'Microsoft Teams' };

export class MeetingEvents {
  constructor(private readonly kit: BotKit, private readonly record: RecordAfterSession) {}

  async started(turn: Turn): Promise<void> {
    await this.hint(turn, 'meeting-started', null);
  }

  async ended(turn: Turn): Promise<void> {
    await this.hint(turn, 'meeting-ended', null);
    await this.record.afterMeeting(turn);
  }

  async joined(turn: Turn, people: { id: string | null; name: string }[]): Promise<void> {
    for (const p of people) await this.hint(turn, 'joined', p);
  }

  async left(turn: Turn, people: { id: string | null; name: string }[]): Promise<void> {
    for (const p of people) await this.hint(turn, 'left', p);
  }

  private async hint(turn: Turn, kind: AttendanceHintKind, participant: { id: string | null; name: string } | null): Promise<void> {
    const session = await this.kit.path.sessionOf(turn);
    if (!session.ok) return;
    const command = {
      type: 'RecordAttendanceHint' as const, actor: TEAMS_ACTOR, now: this.kit.clock(),
      data: { kind, participant: participant ? { id: participant.id ? asAadObjectId(participant.id) : null, name: participant.name } : null },
    };
    await this.kit.path.execute(turn, session.sessionId, command, `${turn.facts.activityKey}|${kind}|${participant?.id ?? ''}`);
  }
}
