/**
 * A local Microsoft Graph for tests: the endpoints Sesiona calls, speaking Graph's protocol (bearer token, JSON
 * error bodies, @odata.nextLink paging, 429 with Retry-After), so the real @microsoft/microsoft-graph-client runs.
 *
 *   GET /v1.0/users/{organizer}/onlineMeetings/{meeting}/attendanceReports
 *   GET /v1.0/users/{organizer}/onlineMeetings/{meeting}/attendanceReports/{report}/attendanceRecords[?$skiptoken=N]
 *   PUT /v1.0/drives/{drive}/items/{folder}:/{name}:/content
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAttendanceRecord {
  id: string | null;
  name: string;
  email?: string;
  role?: string;
  seconds?: number;
}

export interface GraphCall {
  method: string;
  path: string;
  authorization: string | undefined;
  status: number;
}

interface Failure {
  match: RegExp;
  status: number;
  count: number;
  headers: Record<string, string>;
  body: unknown;
}

export class FakeGraph {
  readonly calls: GraphCall[] = [];
  readonly uploads: { drive: string; folder: string; name: string; contentType: string; body: Buffer }[] = [];
  url = '';
  pageSize = 2;
  private server!: Server;
  private readonly meetings = new Map<string, FakeAttendanceRecord[]>();
  private readonly failures: Failure[] = [];

  constructor(readonly token = 'graph-test-token') {}

  static async start(token?: string): Promise<FakeGraph> {
    const g = new FakeGraph(token);
    g.server = createServer((req, res) => {
      g.handle(req).then(({ status, body, headers }) => {
        g.calls.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, status });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      }, (err) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'InternalServerError', message: String(err) } }));
      });
    });
    await new Promise<void>((resolve) => g.server.listen(0, '127.0.0.1', resolve));
    g.url = `http://127.0.0.1:${(g.server.address() as AddressInfo).port}`;
    return g;
  }

  /** The attendance report of an online meeting (its Graph id), as Teams keeps it after the meeting. */
  setAttendance(organizerId: string, meetingGraphId: string, records: FakeAttendanceRecord[]): void {
    this.meetings.set(`${organizerId}|${meetingGraphId}`, records);
  }

  /** The next `count` requests whose path matches answer `status` (e.g. 429 with Retry-After, 403). */
  failNext(match: RegExp, status: number, count = 1, headers: Record<string, string> = {}, body?: unknown): void {
    this.failures.push({ match, status, count, headers, body: body ?? { error: { code: status === 429 ? 'TooManyRequests' : status === 403 ? 'Forbidden' : 'Error', message: status === 403 ? 'Insufficient privileges to complete the operation.' : `Fake Graph answered ${status}.` } } });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const path = decodeURIComponent(url.pathname);
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      return { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty or invalid.' } } };
    }
    const failure = this.failures.find((f) => f.count > 0 && f.match.test(path));
    if (failure) {
      failure.count--;
      return { status: failure.status, body: failure.body, headers: failure.headers };
    }
    const reports = /^\/v1\.0\/users\/([^/]+)\/onlineMeetings\/([^/]+)\/attendanceReports$/.exec(path);
    if (reports && req.method === 'GET') {
      const records = this.meetings.get(`${reports[1]}|${reports[2]}`);
      if (!records) return { status: 404, body: { error: { code: 'NotFound', message: 'The online meeting was not found.' } } };
      return { status: 200, body: { value: [{ id: 'report-1', totalParticipantCount: records.length, meetingStartDateTime: '2024-06-24T18:25:00Z', meetingEndDateTime: '2024-06-24T19:40:00Z' }] } };
    }
    const recordsRoute = /^\/v1\.0\/users\/([^/]+)\/onlineMeetings\/([^/]+)\/attendanceReports\/report-1\/attendanceRecords$/.exec(path);
    if (recordsRoute && req.method === 'GET') {
      const records = this.meetings.get(`${recordsRoute[1]}|${recordsRoute[2]}`) ?? [];
      const from = Number(url.searchParams.get('$skiptoken') ?? 0);
      const page = records.slice(from, from + this.pageSize).map((r) => ({
        id: `rec-${r.id ?? r.name}`, emailAddress: r.email ?? null, totalAttendanceInSeconds: r.seconds ?? 3600, role: r.role ?? 'Attendee',
        identity: { id: r.id, displayName: r.name, tenantId: null }, attendanceIntervals: [],
      }));
      const next = from + this.pageSize < records.length ? `${this.url}${url.pathname}?$skiptoken=${from + this.pageSize}` : undefined;
      return { status: 200, body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#attendanceRecords', value: page, ...(next ? { '@odata.nextLink': next } : {}) } };
    }
    const upload = /^\/v1\.0\/drives\/([^/]+)\/items\/([^/:]+):\/(.+):\/content$/.exec(path);
    if (upload && req.method === 'PUT') {
      const [, drive, folder, name] = upload;
      this.uploads.push({ drive: drive!, folder: folder!, name: name!, contentType: String(req.headers['content-type'] ?? ''), body });
      return { status: 201, body: { id: `item-${this.uploads.length}`, name, size: body.length, webUrl: `https://contoso.sharepoint.com/sites/cpvoe/Minutas/${encodeURIComponent(name!)}` } };
    }
    return { status: 400, body: { error: { code: 'BadRequest', message: `Unsupported request: ${req.method} ${path}` } } };
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
