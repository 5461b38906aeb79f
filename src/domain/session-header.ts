/**
 * What a session is: the body, its title and kind, when and how it is held, and the Teams meeting it is bound to.
 */
export type SessionKind = 'ordinaria' | 'extraordinaria' | 'urgente';
export const SESSION_KINDS: readonly SessionKind[] = ['ordinaria', 'extraordinaria', 'urgente'];
export type Modality = 'virtual' | 'presencial' | 'hibrida';
export const MODALITIES: readonly Modality[] = ['virtual', 'presencial', 'hibrida'];

export interface MeetingBinding {
  /** `channelData.meeting.id`, or the conversation id when the chat is not a meeting. */
  meetingId: string;
  conversationId: string | null;
}

export interface SessionHeader {
  body: string;
  title: string;
  kind: SessionKind | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** HH:MM */
  time: string | null;
  modality: Modality | null;
  meeting: MeetingBinding | null;
}

/** not-started → roll-call → in-session ⇄ recess → closed */
export type SessionPhase = 'not-started' | 'roll-call' | 'in-session' | 'recess' | 'closed';
