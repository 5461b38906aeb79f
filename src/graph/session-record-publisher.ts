/**
 * The record after the session, through Microsoft Graph: the minutes published to the configured SharePoint or
 * OneDrive folder, and the Teams attendance report reconciled with the roll call (kept beside the session, shown
 * to the secretary and listed in the minutes annex; the recorded attendance never changes).
 */
import { annexOf, type AttendanceReconciled, recordReconciliation } from '../app/attendance-annex';
import type { SessionService } from '../app/session-service';
import { buildMinutes, type Lang } from '../minutes/minutes';
import { minutesToDocx } from '../minutes/render-docx';
import type { EventStore } from '../store/event-store';
import type { GraphGateway } from './graph-gateway';
import { GraphProblem } from './graph-gateway';
import { reconcileAttendance } from './reconcile';

export interface PublishSettings {
  /** The drive (document library) where minutes go; null when publication is not configured. */
  minutesDriveId: string | null;
  minutesFolderId: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file name SharePoint accepts: no " * : < > ? / \ | # %, no leading or trailing dots or spaces. */
export function minutesFileName(title: string, date: string | null, lang: Lang): string {
  const clean = title.replace(/["*:<>?/\\|#%\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 150);
  return `${lang === 'es' ? 'Minuta' : 'Minutes'} - ${clean || 'sesion'}${date ? ` - ${date}` : ''}.docx`;
}

export class SessionRecordPublisher {
  constructor(
    private readonly gateway: GraphGateway,
    private readonly service: SessionService,
    private readonly store: EventStore,
    private readonly settings: PublishSettings,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  get publishesMinutes(): boolean {
    return this.settings.minutesDriveId !== null;
  }

  /** Uploads the minutes (.docx, with the attendance annex when there is one) and answers their link. */
  async publishMinutes(sessionId: string, lang: Lang): Promise<{ webUrl: string; name: string }> {
    if (!this.settings.minutesDriveId) {
      throw new GraphProblem(0, {
        es: 'La publicación de la minuta no está configurada (SESIONA_MINUTES_DRIVE_ID).',
        en: 'Publishing the minutes is not configured (SESIONA_MINUTES_DRIVE_ID).',
      }, null);
    }
    const { state } = await this.service.load(sessionId);
    const annex = await annexOf(this.store, sessionId);
    const content = await minutesToDocx(buildMinutes(state, lang, annex));
    const name = minutesFileName(state.header.title, state.header.date, lang);
    const { webUrl } = await this.gateway.upload(this.settings.minutesDriveId, this.settings.minutesFolderId, name, content, DOCX);
    return { webUrl, name };
  }

  /** Reads the meeting's attendance report, reconciles it with the roll call and keeps the result. */
  async reconcileAttendance(sessionId: string, organizerId: string, meetingGraphId: string): Promise<AttendanceReconciled> {
    const records = await this.gateway.attendance(organizerId, meetingGraphId);
    const { state } = await this.service.load(sessionId);
    const reconciled: AttendanceReconciled = { annex: reconcileAttendance(state, records), records: records.length, at: this.clock() };
    await recordReconciliation(this.store, sessionId, reconciled);
    return reconciled;
  }
}
