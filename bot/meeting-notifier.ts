/**
 * A targeted in-meeting notification sent on the bot's own initiative (no turn to answer): a proactive turn on the
 * CloudAdapter in the meeting's conversation, and the TeamsGateway's `notify` on it. For what follows the session's
 * events (the floor given, the time run out), whichever instance recorded them.
 */
import type { CloudAdapter } from 'botbuilder';
import type { ConversationTarget } from '../src/app/card-records';
import { proactiveTurn } from './proactive-turn';
import { teamsOf } from './teams-gateway';

export interface MeetingNotification {
  recipients: string[];
  title: string;
  url: string;
}

/** Sends the notification in the meeting of that conversation; throws with what Teams said when it refuses. */
export type MeetingNotifier = (target: ConversationTarget, meetingId: string, notification: MeetingNotification) => Promise<void>;

export function createMeetingNotifier(adapter: CloudAdapter, appId: string, log: (line: string) => void): MeetingNotifier {
  return (target, meetingId, notification) => proactiveTurn(adapter, appId, target, (context) => teamsOf(context, log).notify(meetingId, notification));
}
