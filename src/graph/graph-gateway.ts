/**
 * Microsoft Graph, through @microsoft/microsoft-graph-client: the meeting's attendance report and the upload of the
 * minutes. Throttling (429 with Retry-After) and transient errors are retried by the client's RetryHandler; what
 * remains becomes a clear message in Spanish and English, naming the permission when Graph says 403.
 */
import {
  Client, type Context, GraphError, HTTPMessageHandler, type Middleware, RedirectHandler, RetryHandler, RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';

export interface AttendanceRecord {
  id: string | null;
  name: string;
  email: string | null;
  role: string | null;
  seconds: number;
}

export class GraphProblem extends Error {
  constructor(readonly status: number, readonly text: { es: string; en: string }, readonly permission: string | null) {
    super(text.en);
  }
}

export interface GraphSettings {
  baseUrl: string;
  token: () => Promise<string>;
  /** Seconds between retries when Graph gives no Retry-After (tests use small values). */
  retryDelaySeconds?: number;
}

/** Adds the app-only bearer token to every request (the client's own handler only does so for https hosts). */
class BearerMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly token: () => Promise<string>) {}
  /** Why the last token could not be had (the client reports middleware errors without their cause). */
  tokenError: Error | null = null;
  async execute(context: Context): Promise<void> {
    const headers = new Headers((context.options?.headers as HeadersInit | undefined) ?? {});
    let token: string;
    try {
      token = await this.token();
      this.tokenError = null;
    } catch (err) {
      this.tokenError = err as Error;
      throw err;
    }
    headers.set('authorization', `Bearer ${token}`);
    context.options = { ...(context.options ?? {}), headers: Object.fromEntries(headers.entries()) };
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** What a request was for, so that a refusal says what was not done and which permission (or grant) it needs. */
export interface GraphNeed {
  action: { es: string; en: string };
  permission: string;
  /** Besides the permission with admin consent: the policy or grant it also takes. */
  also: { es: string; en: string } | null;
}

const ATTENDANCE: GraphNeed = {
  action: { es: 'leer el reporte de asistencia de la reunión', en: 'read the meeting attendance report' },
  permission: 'OnlineMeetingArtifact.Read.All',
  also: { es: ' (y una directiva de acceso a aplicaciones para reuniones en línea)', en: ' (and an application access policy for online meetings)' },
};

/** Publishing to a drive given by its id only (SESIONA_MINUTES_DRIVE_ID): Sesiona cannot tell which site it is in. */
const UPLOAD_TO_DRIVE: GraphNeed = {
  action: { es: 'publicar la minuta en la carpeta configurada', en: 'publish the minutes to the configured folder' },
  permission: 'Files.ReadWrite.All',
  also: {
    es: ' (o, con menos privilegio, Sites.Selected y permiso de escritura sobre el sitio de esa biblioteca: indica el sitio en SESIONA_MINUTES_SITE; docs/DEPLOYMENT.md)',
    en: ' (or, with less privilege, Sites.Selected and a write grant on the site of that library: give the site in SESIONA_MINUTES_SITE; docs/DEPLOYMENT.md)',
  },
};

/** Publishing to a site (SESIONA_MINUTES_SITE): Sites.Selected and the one grant on that site. */
export function siteNeed(site: string): GraphNeed {
  return {
    action: { es: `publicar la minuta en el sitio ${site} (SESIONA_MINUTES_SITE)`, en: `publish the minutes to the site ${site} (SESIONA_MINUTES_SITE)` },
    permission: 'Sites.Selected',
    also: {
      es: ' y el permiso de escritura sobre ese sitio, que concede una persona administradora con POST /sites/{id-del-sitio}/permissions y {"roles": ["write"], "grantedToIdentities": [{"application": {"id": "<id de la aplicación>"}}]} (docs/DEPLOYMENT.md)',
      en: ' and a write grant on that site, which an administrator gives with POST /sites/{site-id}/permissions and {"roles": ["write"], "grantedToIdentities": [{"application": {"id": "<app id>"}}]} (docs/DEPLOYMENT.md)',
    },
  };
}

export class GraphGateway {
  private readonly client: Client;
  private readonly versionBase: string;
  private readonly bearer: BearerMiddleware;

  constructor(settings: GraphSettings) {
    const bearer = new BearerMiddleware(settings.token);
    this.bearer = bearer;
    const retry = new RetryHandler(new RetryHandlerOptions(settings.retryDelaySeconds ?? 3, 3));
    const redirect = new RedirectHandler();
    const http = new HTTPMessageHandler();
    bearer.setNext(retry);
    retry.setNext(redirect);
    redirect.setNext(http);
    this.versionBase = `${settings.baseUrl.replace(/\/v1\.0\/?$/, '').replace(/\/$/, '')}/v1.0`;
    this.client = Client.initWithMiddleware({ middleware: bearer, baseUrl: this.versionBase.replace(/v1\.0$/, ''), defaultVersion: 'v1.0' });
  }

  /** The attendance records of the meeting's latest attendance report (available after the meeting ends). */
  async attendance(organizerId: string, meetingGraphId: string): Promise<AttendanceRecord[]> {
    const base = `/users/${encodeURIComponent(organizerId)}/onlineMeetings/${encodeURIComponent(meetingGraphId)}/attendanceReports`;
    const reports = await this.call(ATTENDANCE, () => this.client.api(base).get()) as { value: { id: string; meetingEndDateTime?: string }[] };
    if (!reports.value?.length) {
      throw new GraphProblem(404, {
        es: 'Teams todavía no tiene el reporte de asistencia de esta reunión; suele estar disponible unos minutos después de que termina.',
        en: 'Teams does not have the attendance report of this meeting yet; it is usually available a few minutes after it ends.',
      }, null);
    }
    const latest = [...reports.value].sort((a, b) => (a.meetingEndDateTime ?? '').localeCompare(b.meetingEndDateTime ?? '')).pop()!;
    const records: AttendanceRecord[] = [];
    let page = await this.call(ATTENDANCE, () => this.client.api(`${base}/${encodeURIComponent(latest.id)}/attendanceRecords`).get()) as GraphPage;
    for (;;) {
      for (const r of page.value ?? []) {
        records.push({ id: r.identity?.id ?? null, name: r.identity?.displayName ?? r.emailAddress ?? '', email: r.emailAddress ?? null, role: r.role ?? null, seconds: r.totalAttendanceInSeconds ?? 0 });
      }
      const next = page['@odata.nextLink'];
      if (!next) break;
      // @odata.nextLink is absolute; under our base it goes as a path (the client follows only https Graph hosts)
      const link = next.startsWith(this.versionBase) ? next.slice(this.versionBase.length) : next;
      page = await this.call(ATTENDANCE, () => this.client.api(link).get()) as GraphPage;
    }
    return records;
  }

  /**
   * The default document library of a SharePoint site, as Graph addresses the site (`{hostname}:/{path}` or its id).
   * With Sites.Selected this works only once the site granted the app a role (docs/DEPLOYMENT.md).
   */
  async siteDrive(site: string): Promise<{ siteId: string; driveId: string }> {
    const need = siteNeed(site);
    const found = await this.call(need, () => this.client.api(`/sites/${encodeURI(site)}`).select('id').get()) as { id: string };
    const drive = await this.call(need, () => this.client.api(`/sites/${encodeURIComponent(found.id)}/drive`).select('id').get()) as { id: string };
    return { siteId: found.id, driveId: drive.id };
  }

  /** Uploads a file to a drive folder; answers its web link. `need`: what a refusal names (a site's grant, or the tenant-wide permission). */
  async upload(driveId: string, folderId: string, name: string, content: Buffer, contentType: string, need: GraphNeed = UPLOAD_TO_DRIVE): Promise<{ webUrl: string; id: string }> {
    const path = `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(folderId)}:/${encodeURIComponent(name)}:/content`;
    const item = await this.call(need, () => this.client.api(path).header('content-type', contentType).put(content)) as { webUrl: string; id: string };
    return { webUrl: item.webUrl, id: item.id };
  }

  private async call<T>(what: GraphNeed, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (err) {
      const tokenError = this.bearer.tokenError;
      if (tokenError) {
        throw new GraphProblem(401, {
          es: `Sesiona no obtuvo de Microsoft Entra ID un token para Microsoft Graph (revisa el secreto de la aplicación —SESIONA_GRAPH_CLIENT_SECRET o MicrosoftAppPassword— y el inquilino —SESIONA_GRAPH_TENANT o MicrosoftAppTenantId—). Detalle: ${tokenError.message}`,
          en: `Sesiona did not get a token for Microsoft Graph from Microsoft Entra ID (check the app's secret —SESIONA_GRAPH_CLIENT_SECRET or MicrosoftAppPassword— and the tenant —SESIONA_GRAPH_TENANT or MicrosoftAppTenantId). Detail: ${tokenError.message}`,
        }, null);
      }
      throw problemOf(err, what);
    }
  }
}

interface GraphPage {
  value?: { identity?: { id?: string; displayName?: string }; emailAddress?: string; role?: string; totalAttendanceInSeconds?: number }[];
  '@odata.nextLink'?: string;
}

function problemOf(err: unknown, what: GraphNeed): GraphProblem {
  if (err instanceof GraphProblem) return err;
  const status = err instanceof GraphError ? err.statusCode : (err as { statusCode?: number }).statusCode ?? 0;
  const cause = (err as { body?: unknown }).body;
  const detail = (err as Error).message || (cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : '') || String(err);
  const { action, permission, also } = what;
  if (status === 401 || status === 403) {
    return new GraphProblem(status, {
      es: `Microsoft Graph no permitió ${action.es}: la aplicación de Sesiona necesita el permiso de aplicación ${permission} con consentimiento de la persona administradora${also?.es ?? ''}. Detalle: ${detail}`,
      en: `Microsoft Graph did not allow Sesiona to ${action.en}: the Sesiona app needs the application permission ${permission} with admin consent${also?.en ?? ''}. Detail: ${detail}`,
    }, permission);
  }
  if (status === 429) {
    return new GraphProblem(status, { es: `Microsoft Graph está limitando las solicitudes; no se pudo ${action.es} tras varios intentos. Inténtalo más tarde.`, en: `Microsoft Graph is throttling requests; could not ${action.en} after several attempts. Try again later.` }, null);
  }
  const answered = status > 0 ? { es: `Microsoft Graph respondió ${status}`, en: `Microsoft Graph answered ${status}` } : { es: 'no hubo conexión con Microsoft Graph', en: 'no connection to Microsoft Graph' };
  return new GraphProblem(status, { es: `No se pudo ${action.es} (${answered.es}: ${detail}).`, en: `Could not ${action.en} (${answered.en}: ${detail}).` }, null);
}
