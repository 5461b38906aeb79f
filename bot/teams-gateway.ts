/**
 * What the bot asks Teams besides sending messages: a member of the conversation, whether someone organised the
 * meeting, the meeting's details, an in-meeting notification. A port: the features ask it, botbuilder answers it
 * here, so a move to the Teams SDK changes this file, the app entry and the delivery, not the features.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';

export interface MeetingDetails {
  organizerId: string | null;
  /** The meeting's id in Microsoft Graph (`msGraphResourceId`). */
  graphId: string | null;
}

export interface TeamsGateway {
  /** A member of the conversation by Teams id, email or UPN; null when Teams does not know them there. */
  member(idOrEmail: string): Promise<{ aadObjectId: string | null; teamsUserId: string } | null>;
  /** Whether this person organised the meeting; null when Teams cannot tell (no meeting, or no meeting API here). */
  isOrganizer(meetingId: string | null, aadObjectId: string, tenantId: string | undefined): Promise<boolean | null>;
  /** The meeting's organizer and Graph id; throws with what Teams said when it cannot answer. */
  meeting(meetingId: string): Promise<MeetingDetails>;
  /** A targeted in-meeting notification: a page on the meeting stage for these Teams users. */
  notify(meetingId: string, notification: { recipients: string[]; title: string; url: string }): Promise<void>;
}

/** Teams, through the turn botbuilder is answering. */
export function teamsOf(context: TurnContext, log: (line: string) => void): TeamsGateway {
  return {
    async member(idOrEmail) {
      try {
        const member = await TeamsInfo.getMember(context, idOrEmail);
        return { aadObjectId: member.aadObjectId ?? null, teamsUserId: member.id };
      } catch (err) {
        log(`[bot] getMember(${idOrEmail}) failed: ${(err as Error).message}`);
        return null;
      }
    },
    async isOrganizer(meetingId, aadObjectId, tenantId) {
      if (!meetingId) return null;
      try {
        const participant = await TeamsInfo.getMeetingParticipant(context, meetingId, aadObjectId, tenantId);
        return participant.meeting?.role === 'Organizer';
      } catch (err) {
        log(`[bot] getMeetingParticipant failed: ${(err as Error).message}`);
        return null;
      }
    },
    async meeting(meetingId) {
      const info = await TeamsInfo.getMeetingInfo(context, meetingId);
      return { organizerId: info.organizer?.aadObjectId ?? null, graphId: info.details?.msGraphResourceId ?? null };
    },
    async notify(meetingId, { recipients, title, url }) {
      await TeamsInfo.sendMeetingNotification(context, {
        type: 'targetedMeetingNotification',
        value: { recipients, surfaces: [{ surface: 'meetingStage', contentType: 'task', content: { value: { height: 300, width: 400, title, url } } }] },
      } as never, meetingId);
    },
  };
}
