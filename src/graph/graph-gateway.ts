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

const PERMISSIONS = {
  attendance: 'OnlineMeetingArtifact.Read.All',
  upload: 'Files.ReadWrite.All',
};

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
    const reports = await this.call('attendance', () => this.client.api(base).get()) as { value: { id: string; meetingEndDateTime?: string }[] };
    if (!reports.value?.length) {
      throw new GraphProblem(404, {
        es: 'Teams todavía no tiene el reporte de asistencia de esta reunión; suele estar disponible unos minutos después de que termina.',
        en: 'Teams does not have the attendance report of this meeting yet; it is usually available a few minutes after it ends.',
      }, null);
    }
    const latest = [...reports.value].sort((a, b) => (a.meetingEndDateTime ?? '').localeCompare(b.meetingEndDateTime ?? '')).pop()!;
    const records: AttendanceRecord[] = [];
    let page = await this.call('attendance', () => this.client.api(`${base}/${encodeURIComponent(latest.id)}/attendanceRecords`).get()) as GraphPage;
    for (;;) {
      for (const r of page.value ?? []) {
        records.push({ id: r.identity?.id ?? null, name: r.identity?.displayName ?? r.emailAddress ?? '', email: r.emailAddress ?? null, role: r.role ?? null, seconds: r.totalAttendanceInSeconds ?? 0 });
      }
      const next = page['@odata.nextLink'];
      if (!next) break;
      // @odata.nextLink is absolute; under our base it goes as a path (the client follows only https Graph hosts)
      const link = next.startsWith(this.versionBase) ? next.slice(this.versionBase.length) : next;
      page = await this.call('attendance', () => this.client.api(link).get()) as GraphPage;
    }
    return records;
  }

  /** Uploads a file to a drive folder; answers its web link. */
  async upload(driveId: string, folderId: string, name: string, content: Buffer, contentType: string): Promise<{ webUrl: string; id: string }> {
    const path = `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(folderId)}:/${encodeURIComponent(name)}:/content`;
    const item = await this.call('upload', () => this.client.api(path).header('content-type', contentType).put(content)) as { webUrl: string; id: string };
    return { webUrl: item.webUrl, id: item.id };
  }

  private async call<T>(what: keyof typeof PERMISSIONS, request: () => Promise<T>): Promise<T> {
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

function problemOf(err: unknown, what: keyof typeof PERMISSIONS): GraphProblem {
  if (err instanceof GraphProblem) return err;
  const status = err instanceof GraphError ? err.statusCode : (err as { statusCode?: number }).statusCode ?? 0;
  const cause = (err as { body?: unknown }).body;
  const detail = (err as Error).message || (cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : '') || String(err);
  const action = what === 'attendance'
    ? { es: 'leer el reporte de asistencia de la reunión', en: 'read the meeting attendance report' }
    : { es: 'publicar la minuta en la carpeta configurada', en: 'publish the minutes to the configured folder' };
  if (status === 401 || status === 403) {
    const permission = PERMISSIONS[what];
    return new GraphProblem(status, {
      es: `Microsoft Graph no permitió ${action.es}: la aplicación de Sesiona necesita el permiso de aplicación ${permission} con consentimiento de la persona administradora${what === 'attendance' ? ' (y una directiva de acceso a aplicaciones para reuniones en línea)' : ''}. Detalle: ${detail}`,
      en: `Microsoft Graph did not allow Sesiona to ${action.en}: the Sesiona app needs the application permission ${permission} with admin consent${what === 'attendance' ? ' (and an application access policy for online meetings)' : ''}. Detail: ${detail}`,
    }, permission);
  }
  if (status === 429) {
    return new GraphProblem(status, { es: `Microsoft Graph está limitando las solicitudes; no se pudo ${action.es} tras varios intentos. Inténtalo más tarde.`, en: `Microsoft Graph is throttling requests; could not ${action.en} after several attempts. Try again later.` }, null);
  }
  const answered = status > 0 ? { es: `Microsoft Graph respondió ${status}`, en: `Microsoft Graph answered ${status}` } : { es: 'no hubo conexión con Microsoft Graph', en: 'no connection to Microsoft Graph' };
  return new GraphProblem(status, { es: `No se pudo ${action.es} (${answered.es}: ${detail}).`, en: `Could not ${action.en} (${answered.en}: ${detail}).` }, null);
}
