/**
 * A local Microsoft Graph for tests: the endpoints Sesiona calls, speaking Graph's protocol (bearer token, JSON
 * error bodies, @odata.nextLink paging, 429 with Retry-After), so the real @microsoft/microsoft-graph-client runs.
 *
 *   GET /v1.0/users/{organizer}/onlineMeetings/{meeting}/attendanceReports
 *   GET /v1.0/users/{organizer}/onlineMeetings/{meeting}/attendanceReports/{report}/attendanceRecords[?$skiptoken=N]
 *   PUT /v1.0/drives/{drive}/items/{folder}:/{name}:/content
 *   GET /v1.0/sites/{hostname}:/{path} · GET /v1.0/sites/{site-id}/drive · POST /v1.0/sites/{site-id}/permissions
 *
 * A site added with `addSite` behaves as under Sites.Selected: its site, drive and uploads answer 403 until a
 * `POST /sites/{site-id}/permissions` gives the app the role "write" (or "fullcontrol").
 *
 * Files attached in a meeting chat:
 *   GET /v1.0/chats/{chat}/messages/{message}                 a chat message with its files (attachments "reference")
 *   GET /v1.0/shares/u!{base64url sharing URL}/driveItem/content
 *       → 302 Found to a pre-authenticated download URL on another origin (`downloadsUrl`), which takes no token
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
  private readonly sites: FakeSite[] = [];
  private readonly chatMessages = new Map<string, { name: string; contentUrl: string }[]>();
  private readonly sharedFiles = new Map<string, Buffer>();
  private downloads!: Server;
  /** Where the pre-authenticated downloads are (another origin than Graph's, as SharePoint's is). */
  downloadsUrl = '';
  /** Each download: its path and the Authorization header it carried (a Graph token must never reach it). */
  readonly downloadRequests: { path: string; authorization: string | undefined }[] = [];

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
    g.downloads = createServer((req, res) => {
      g.downloadRequests.push({ path: req.url ?? '', authorization: req.headers.authorization });
      const file = g.sharedFiles.get(new URL(req.url ?? '/', g.downloadsUrl).searchParams.get('file') ?? '');
      res.writeHead(file ? 200 : 404, { 'content-type': 'application/octet-stream', 'content-length': String(file?.length ?? 0) });
      res.end(file ?? '');
    });
    await new Promise<void>((resolve) => g.downloads.listen(0, '127.0.0.1', resolve));
    g.downloadsUrl = `http://127.0.0.1:${(g.downloads.address() as AddressInfo).port}`;
    return g;
  }

  /** A file kept in SharePoint or OneDrive, reached by its sharing URL. */
  shareFile(sharingUrl: string, content: Buffer): void {
    this.sharedFiles.set(sharingUrl, content);
  }

  /** A chat message with files attached (as Teams keeps it: attachments of type "reference"). */
  setChatMessage(chatId: string, messageId: string, files: { name: string; contentUrl: string }[]): void {
    this.chatMessages.set(`${chatId}|${messageId}`, files);
  }

  /** The attendance report of an online meeting (its Graph id), as Teams keeps it after the meeting. */
  setAttendance(organizerId: string, meetingGraphId: string, records: FakeAttendanceRecord[]): void {
    this.meetings.set(`${organizerId}|${meetingGraphId}`, records);
  }

  /** The next `count` requests whose path matches answer `status` (e.g. 429 with Retry-After, 403). */
  failNext(match: RegExp, status: number, count = 1, headers: Record<string, string> = {}, body?: unknown): void {
    this.failures.push({ match, status, count, headers, body: body ?? { error: { code: status === 429 ? 'TooManyRequests' : status === 403 ? 'Forbidden' : 'Error', message: status === 403 ? 'Insufficient privileges to complete the operation.' : `Fake Graph answered ${status}.` } } });
  }

  /** A SharePoint site (its address as `{hostname}:/{path}`, its id) with a default library, granted to no app yet. */
  addSite(reference: string, id: string, driveId: string): FakeSite {
    const site = { reference, id, driveId, grants: [] as { roles: string[]; appId: string }[] };
    this.sites.push(site);
    return site;
  }

  close(): Promise<void> {
    return Promise.all([this.server, this.downloads].map((s) => new Promise<void>((resolve) => s.close(() => resolve())))).then(() => undefined);
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
    const site = this.siteRoute(req.method ?? '', path, body);
    if (site) return site;
    const chatFile = req.method === 'GET' ? this.chatFileRoute(path, url.pathname) : null;
    if (chatFile) return chatFile;
    const upload = /^\/v1\.0\/drives\/([^/]+)\/items\/([^/:]+):\/(.+):\/content$/.exec(path);
    if (upload && req.method === 'PUT') {
      const [, drive, folder, name] = upload;
      const inSite = this.sites.find((s) => s.driveId === drive);
      if (inSite && !writable(inSite)) return ACCESS_DENIED;
      this.uploads.push({ drive: drive!, folder: folder!, name: name!, contentType: String(req.headers['content-type'] ?? ''), body });
      return { status: 201, body: { id: `item-${this.uploads.length}`, name, size: body.length, webUrl: `https://contoso.sharepoint.com/sites/cpvoe/Minutas/${encodeURIComponent(name!)}` } };
    }
    return { status: 400, body: { error: { code: 'BadRequest', message: `Unsupported request: ${req.method} ${path}` } } };
  }

  /** A chat message's files, and a shared file's content: 302 to its pre-authenticated download URL. */
  private chatFileRoute(path: string, rawPath: string): { status: number; body?: unknown; headers?: Record<string, string> } | null {
    const message = /^\/v1\.0\/chats\/([^/]+)\/messages\/([^/]+)$/.exec(path);
    if (message) {
      const [, chatId, messageId] = message;
      const files = this.chatMessages.get(`${chatId}|${messageId}`);
      if (!files) return { status: 404, body: { error: { code: 'NotFound', message: 'Message not found.' } } };
      return { status: 200, body: {
        '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#chats('${chatId}')/messages/$entity`, id: messageId, messageType: 'message', chatId,
        body: { contentType: 'html', content: files.map((_, i) => `<attachment id="file-${i}"></attachment>`).join('') },
        attachments: files.map((f, i) => ({ id: `file-${i}`, contentType: 'reference', contentUrl: f.contentUrl, content: null, name: f.name, thumbnailUrl: null, teamsAppId: null })),
      } };
    }
    const share = /^\/v1\.0\/shares\/([^/]+)\/driveItem\/content$/.exec(rawPath);
    if (!share) return null;
    const token = share[1]!;
    if (!/^u![A-Za-z0-9_-]+$/.test(token)) return { status: 400, body: { error: { code: 'invalidRequest', message: 'Invalid shareId: a sharing URL is encoded as u! followed by unpadded base64url.' } } };
    const sharingUrl = Buffer.from(token.slice(2), 'base64url').toString('utf8');
    if (!this.sharedFiles.has(sharingUrl)) return { status: 404, body: { error: { code: 'itemNotFound', message: 'The sharing link no longer exists, or you do not have permission to access it.' } } };
    return { status: 302, headers: { location: `${this.downloadsUrl}/download.aspx?file=${encodeURIComponent(sharingUrl)}&tempauth=preauthenticated` } };
  }

  /** The site routes, as under Sites.Selected: nothing of an ungranted site is readable; a grant is a POST. */
  private siteRoute(method: string, path: string, body: Buffer): { status: number; body?: unknown } | null {
    const m = /^\/v1\.0\/sites\/([^/]+(?::\/[^]+)?)$/.exec(path) ?? /^\/v1\.0\/sites\/([^/:]+)\/(drive|permissions)$/.exec(path);
    if (!m) return null;
    const site = this.sites.find((s) => s.reference === m[1] || s.id === m[1]);
    if (!site) return { status: 404, body: { error: { code: 'itemNotFound', message: 'Requested site could not be found' } } };
    if (m[2] === 'permissions' && method === 'POST') {
      const asked = JSON.parse(body.toString('utf8')) as { roles?: string[]; grantedToIdentities?: { application?: { id?: string } }[] };
      const appId = asked.grantedToIdentities?.[0]?.application?.id;
      if (!asked.roles?.length || !appId) return { status: 400, body: { error: { code: 'invalidRequest', message: 'roles and grantedToIdentities[].application.id are required' } } };
      site.grants.push({ roles: asked.roles, appId });
      return { status: 201, body: { id: `perm-${site.grants.length}`, roles: asked.roles, grantedToIdentitiesV2: [{ application: { id: appId } }] } };
    }
    if (method !== 'GET') return null;
    if (!writable(site)) return ACCESS_DENIED;
    if (m[2] === 'drive') return { status: 200, body: { id: site.driveId, driveType: 'documentLibrary', name: 'Documentos' } };
    return { status: 200, body: { id: site.id, webUrl: `https://${site.reference.replace(':', '')}`, displayName: site.reference } };
  }
}

interface FakeSite {
  reference: string;
  id: string;
  driveId: string;
  grants: { roles: string[]; appId: string }[];
}

const ACCESS_DENIED = { status: 403, body: { error: { code: 'accessDenied', message: 'Access denied' } } };
const writable = (site: FakeSite) => site.grants.some((g) => g.roles.includes('write') || g.roles.includes('fullcontrol'));

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
