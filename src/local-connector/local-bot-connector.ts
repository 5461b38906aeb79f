/**
 * A local Bot Connector: a loopback HTTP server that speaks the part of the Bot Framework and Teams protocol Sesiona
 * uses, records everything the bot sends, and can enforce Teams' per-conversation rate limits (429 + Retry-After).
 * The tests, the benchmark and `sesiona simulate` run the real bot against it by putting its URL in `serviceUrl`.
 *
 *   POST /v3/conversations/{id}/activities[/{replyToId}]   send / reply          → { id }
 *   PUT  /v3/conversations/{id}/activities/{activityId}    update a message      → { id }
 *   GET  /v3/conversations/{id}/members/{userId}           a member (TeamsInfo.getMember)
 *   GET  /v1/meetings/{id}/participants/{aad}?tenantId=     meeting role (TeamsInfo.getMeetingParticipant)
 *   GET  /v1/meetings/{id}                                  meeting info
 *   POST /v1/meetings/{id}/notification                     in-meeting notification
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface RecordedCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  at: number;
  status: number;
}

export interface ConversationMember {
  id: string;
  name: string;
  aadObjectId: string;
  email?: string;
}

export interface LocalBotConnectorOptions {
  /** Answer 429 (Retry-After: 1) beyond Teams' limits: 7 per 1 s, 8 per 2 s, 60 per 30 s per conversation. */
  enforceTeamsLimits?: boolean;
  /** Meeting endpoints answer 404, as in the Agents Playground. */
  meetingApis?: boolean;
  /** Called on every recorded send or update (for transcripts). */
  onActivity?: (call: RecordedCall) => void;
  port?: number;
}

const LIMITS = [{ max: 7, perMs: 1000 }, { max: 8, perMs: 2000 }, { max: 60, perMs: 30_000 }];

export class LocalBotConnector {
  readonly calls: RecordedCall[] = [];
  meetingApis: boolean;
  private readonly members = new Map<string, ConversationMember>();
  private readonly roles = new Map<string, 'Organizer' | 'Presenter' | 'Attendee'>();
  private readonly meetings = new Map<string, object>();
  private readonly messages = new Map<string, { conversationId: string; activity: unknown }>();
  private readonly accepted = new Map<string, number[]>();
  private readonly failures: { status: number; count: number }[] = [];
  private updatesFailWith: number | null = null;
  private nextId = 1;
  private server: Server | null = null;
  url = '';

  constructor(private readonly options: LocalBotConnectorOptions = {}) {
    this.meetingApis = options.meetingApis ?? true;
  }

  static async start(options: LocalBotConnectorOptions = {}): Promise<LocalBotConnector> {
    const connector = new LocalBotConnector(options);
    await connector.listen(options.port ?? 0);
    return connector;
  }

  async listen(port: number): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addMember(member: ConversationMember): void {
    this.members.set(member.id, member);
    this.members.set(member.aadObjectId, member);
    if (member.email) this.members.set(member.email.toLowerCase(), member);
  }

  setParticipantRole(aadObjectId: string, role: 'Organizer' | 'Presenter' | 'Attendee'): void {
    this.roles.set(aadObjectId, role);
  }

  setMeetingInfo(meetingId: string, info: object): void {
    this.meetings.set(meetingId, info);
  }

  /** The next `count` sends or updates answer `status` (e.g. 502) before the connector behaves again. */
  failNext(status: number, count: number): void {
    this.failures.push({ status, count });
  }

  /** Every update (PUT) answers `status` (e.g. 503) until called again with null; sends are not affected. */
  failUpdates(status: number | null): void {
    this.updatesFailWith = status;
  }

  /** Sends and replies the connector accepted, in order. */
  activities(conversationId?: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities') && c.status < 300 && (!conversationId || c.conversationId === conversationId));
  }

  updates(conversationId?: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === 'PUT' && c.status < 300 && (!conversationId || c.conversationId === conversationId));
  }

  notifications(): RecordedCall[] {
    return this.calls.filter((c) => c.path.endsWith('/notification'));
  }

  /** The latest content of a message the bot posted (after its updates). */
  message(activityId: string): any { // eslint-disable-line @typescript-eslint/no-explicit-any
    return this.messages.get(activityId)?.activity;
  }

  /** The most sends and updates accepted within any 1 s, 2 s and 30 s window for a conversation. */
  maxObservedRate(conversationId: string): { per1s: number; per2s: number; per30s: number } {
    const times = (this.accepted.get(conversationId) ?? []).slice().sort((a, b) => a - b);
    const most = (window: number) => {
      let best = 0;
      for (let i = 0, j = 0; i < times.length; i++) {
        while (times[i]! - times[j]! >= window) j++;
        best = Math.max(best, i - j + 1);
      }
      return best;
    };
    return { per1s: most(1000), per2s: most(2000), per30s: most(30_000) };
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://local');
      const path = url.pathname;
      const body = raw ? safeJson(raw) : undefined;
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}, extra: Partial<RecordedCall> = {}) => {
        this.calls.push({ method: req.method ?? '', path, body, at: Date.now(), status, ...extra });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      };

      const activityRoute = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      if (activityRoute && (req.method === 'POST' || req.method === 'PUT')) {
        const conversationId = decodeURIComponent(activityRoute[1]!);
        const target = activityRoute[2] ? decodeURIComponent(activityRoute[2]) : undefined;
        const extra = { conversationId, activityId: target };
        const failure = this.failures[0];
        if (failure) {
          if (--failure.count <= 0) this.failures.shift();
          send(failure.status, { error: { code: 'ServiceError', message: `simulated ${failure.status}` } }, failure.status === 429 ? { 'retry-after': '1' } : {}, extra);
          return;
        }
        if (req.method === 'PUT' && this.updatesFailWith !== null) {
          send(this.updatesFailWith, { error: { code: 'ServiceError', message: `simulated ${this.updatesFailWith}` } }, {}, extra);
          return;
        }
        if (this.options.enforceTeamsLimits && this.overLimit(conversationId)) {
          send(429, { error: { code: 'ThrottledRequest', message: 'Too many requests' } }, { 'retry-after': '1' }, extra);
          return;
        }
        if (req.method === 'PUT') {
          if (!target || !this.messages.has(target)) {
            send(404, { error: { code: 'NotFound', message: `no activity ${target}` } }, {}, extra);
            return;
          }
          this.accept(conversationId);
          this.messages.set(target, { conversationId, activity: body });
          send(200, { id: target }, {}, extra);
          this.options.onActivity?.(this.calls[this.calls.length - 1]!);
          return;
        }
        const id = `activity-${this.nextId++}`;
        this.accept(conversationId);
        this.messages.set(id, { conversationId, activity: body });
        send(201, { id }, {}, { conversationId, activityId: id });
        this.options.onActivity?.(this.calls[this.calls.length - 1]!);
        return;
      }

      const memberRoute = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
      if (memberRoute && req.method === 'GET') {
        const member = this.members.get(decodeURIComponent(memberRoute[2]!)) ?? this.members.get(decodeURIComponent(memberRoute[2]!).toLowerCase());
        if (!member) send(404, { error: { code: 'MemberNotFoundInConversation', message: 'The member is not in this conversation.' } });
        else send(200, { id: member.id, name: member.name, aadObjectId: member.aadObjectId, email: member.email, userPrincipalName: member.email });
        return;
      }

      const participantRoute = /^\/v1\/meetings\/([^/]+)\/participants\/([^/]+)$/.exec(path);
      if (participantRoute && req.method === 'GET') {
        const aad = decodeURIComponent(participantRoute[2]!);
        if (!this.meetingApis) { send(404, { error: { code: 'NotFound', message: 'Meeting APIs are not available here.' } }); return; }
        const member = this.members.get(aad);
        send(200, {
          user: { id: member?.id ?? aad, name: member?.name ?? '', aadObjectId: aad },
          meeting: { role: this.roles.get(aad) ?? 'Attendee', inMeeting: true },
          conversation: { id: decodeURIComponent(participantRoute[1]!) },
        });
        return;
      }

      const meetingRoute = /^\/v1\/meetings\/([^/]+)(\/notification)?$/.exec(path);
      if (meetingRoute) {
        if (!this.meetingApis) { send(404, { error: { code: 'NotFound', message: 'Meeting APIs are not available here.' } }); return; }
        if (meetingRoute[2] && req.method === 'POST') { send(202, {}); return; }
        if (!meetingRoute[2] && req.method === 'GET') {
          const info = this.meetings.get(decodeURIComponent(meetingRoute[1]!));
          if (info) send(200, info); else send(404, { error: { code: 'NotFound', message: 'Unknown meeting.' } });
          return;
        }
      }
      send(404, { error: { code: 'NotFound', message: `${req.method} ${path} is not part of this connector` } });
    });
  }

  private overLimit(conversationId: string): boolean {
    const now = Date.now();
    const times = this.accepted.get(conversationId) ?? [];
    return LIMITS.some((l) => times.filter((t) => t > now - l.perMs).length >= l.max);
  }

  private accept(conversationId: string): void {
    const times = this.accepted.get(conversationId) ?? [];
    times.push(Date.now());
    this.accepted.set(conversationId, times);
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
