/**
 * Votes: when one opens, the voting members present get an in-meeting notification that opens the vote's page on
 * the meeting stage (when there is a meeting and a public address). If Teams refuses it, the vote stays open; the
 * vote card in the chat says it all.
 */
import type { SessionEvent } from '../../src/domain';
import type { Turn } from '../turn';
import type { BotKit } from './kit';

export class Voting {
  constructor(private readonly kit: BotKit) {
    kit.path.onAccepted((turn, sessionId, events) => this.opened(turn, sessionId, events));
  }

  private async opened(turn: Turn, sessionId: string, events: SessionEvent[]): Promise<void> {
    const opened = events.find((e) => e.type === 'VoteOpened');
    const publicUrl = this.kit.publicUrl();
    if (!opened || opened.type !== 'VoteOpened' || !turn.facts.meetingId || !publicUrl?.startsWith('https://')) return;
    const { voteId, number, eligible } = opened.data;
    const recipients = await this.kit.people.teamsIdsOf(turn.facts.conversationId, eligible);
    if (recipients.length === 0) return;
    const es = turn.facts.lang === 'es';
    try {
      await turn.teams.notify(turn.facts.meetingId, {
        recipients,
        title: number ? (es ? `Votación abierta · punto ${number}` : `Vote open · item ${number}`) : (es ? 'Votación abierta' : 'Vote open'),
        url: `${publicUrl}/tab/?session=${encodeURIComponent(sessionId)}&vote=${encodeURIComponent(voteId)}`,
      });
    } catch (err) {
      this.kit.log(`[bot] the in-meeting notification could not be sent: ${(err as Error).message}`);
    }
  }
}
