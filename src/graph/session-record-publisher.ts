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
import type { GraphGateway, GraphNeed } from './graph-gateway';
import { GraphProblem, siteNeed } from './graph-gateway';
import { reconcileAttendance } from './reconcile';

export interface PublishSettings {
  /**
   * The SharePoint site whose default document library takes the minutes, as Graph addresses it (`{hostname}:/{path}`
   * or its id): least privilege, Sites.Selected with a write grant on this site only (docs/DEPLOYMENT.md).
   */
  minutesSite: string | null;
  /** A drive (document library) given by its id: used as is, in place of the site's default library. */
  minutesDriveId: string | null;
  minutesFolderId: string;
}

/** For the start log: where the minutes will be published, and with which permission. */
export function minutesDestination(settings: PublishSettings): string {
  const folder = `folder ${settings.minutesFolderId}`;
  if (settings.minutesDriveId) return `published to drive ${settings.minutesDriveId}, ${folder}${settings.minutesSite ? ` (site ${settings.minutesSite}, Sites.Selected)` : ''}`;
  if (settings.minutesSite) return `published to the default document library of site ${settings.minutesSite}, ${folder} (Sites.Selected with a write grant on that site)`;
  return 'not published (SESIONA_MINUTES_SITE and SESIONA_MINUTES_DRIVE_ID unset)';
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

  /** The site's library, found once (a failure is asked again next time). */
  private siteDrive: Promise<string> | null = null;

  get publishesMinutes(): boolean {
    return this.settings.minutesDriveId !== null || this.settings.minutesSite !== null;
  }

  /** Where the minutes go: the drive given, else the default library of the site; and what a refusal names. */
  private async destination(): Promise<{ driveId: string; need?: GraphNeed }> {
    const { minutesDriveId, minutesSite } = this.settings;
    const need = minutesSite ? siteNeed(minutesSite) : undefined;
    if (minutesDriveId) return { driveId: minutesDriveId, need };
    if (!minutesSite) {
      throw new GraphProblem(0, {
        es: 'La publicación de la minuta no está configurada (SESIONA_MINUTES_SITE o SESIONA_MINUTES_DRIVE_ID).',
        en: 'Publishing the minutes is not configured (SESIONA_MINUTES_SITE or SESIONA_MINUTES_DRIVE_ID).',
      }, null);
    }
    this.siteDrive ??= this.gateway.siteDrive(minutesSite).then((d) => d.driveId);
    try {
      return { driveId: await this.siteDrive, need };
    } catch (err) {
      this.siteDrive = null;
      throw err;
    }
  }

  /** Uploads the minutes (.docx, with the attendance annex when there is one) and answers their link. */
  async publishMinutes(sessionId: string, lang: Lang): Promise<{ webUrl: string; name: string }> {
    const { driveId, need } = await this.destination();
    const { state } = await this.service.load(sessionId);
    const annex = await annexOf(this.store, sessionId);
    const content = await minutesToDocx(buildMinutes(state, lang, annex));
    const name = minutesFileName(state.header.title, state.header.date, lang);
    const { webUrl } = await this.gateway.upload(driveId, this.settings.minutesFolderId, name, content, DOCX, need);
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
