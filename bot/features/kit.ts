/**
 * What every feature of the bot works with: the application's services and records, the one command path, the
 * answers to people, and the bot's settings.
 */
import type { StableMinutesLinks } from '../cards/previous-minutes-section';
import type { AgendaDrafts } from '../../src/app/agenda-drafts';
import type { MeetingBindings } from '../../src/app/meeting-bindings';
import type { PeopleDirectory } from '../../src/app/meeting-people';
import type { ScheduledTasks } from '../../src/app/scheduled-tasks';
import type { SessionService } from '../../src/app/session-service';
import type { SessionStarts } from '../../src/app/session-starts';
import type { BodyRules } from '../../src/domain';
import type { SessionRecordPublisher } from '../../src/graph/session-record-publisher';
import type { EventStore } from '../../src/store/event-store';
import type { BackgroundTasks } from '../background-tasks';
import type { CommandPath } from '../command-path';
import type { Language } from '../i18n/language';
import type { Outbox } from '../outbox';
import type { Replies } from '../replies';

export interface GraphRecord {
  publisher: SessionRecordPublisher;
  /** Reconcile the Teams attendance report when the meeting ends. */
  attendance: boolean;
  attendanceDelayMs: number;
}

export interface BotKit {
  service: SessionService;
  bindings: MeetingBindings;
  store: EventStore;
  outbox: Outbox;
  people: PeopleDirectory;
  drafts: AgendaDrafts;
  starts: SessionStarts;
  tasks: ScheduledTasks;
  path: CommandPath;
  replies: Replies;
  background: BackgroundTasks;
  /** Where the side panel and the minutes are served (https://host, or the local address), for links. */
  publicUrl: () => string | null;
  /** The (signed) address of a closed session's minutes. */
  minutesLink: (sessionId: string, format: 'md' | 'docx', lang: Language) => string;
  /** The same, each reused for a day: what the cards show (a card drawn again is the same card). */
  minutesLinks: StableMinutesLinks;
  /** Microsoft Graph (optional): publishing the minutes and reconciling the Teams attendance report. */
  record: GraphRecord | null;
  /** Rules new sessions take from the deployment (SESIONA_TIME_ZONE, SESIONA_MEETING_PRESENCE, SESIONA_DEBATE_ROUNDS, SESIONA_GUESTS_HAVE_VOICE, SESIONA_SEPARATE_OPINION_DAYS, SESIONA_WITHDRAWAL_AFTER_APPROVAL). */
  rules: Partial<Pick<BodyRules, 'timeZone' | 'meetingPresence' | 'debate' | 'separateOpinionDays' | 'withdrawalAfterApproval'>>;
  clock: () => string;
  newId: () => string;
  log: (line: string) => void;
}
