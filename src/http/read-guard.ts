/**
 * Reading a session over HTTP: the Teams sign-in (401 when missing or invalid), then the application's rule of who
 * may read (src/app/read-access.ts), translated to 403 with what to do. The routes ask; this file only translates.
 */
import type restify from 'restify';
import { peopleSeenIn } from '../app/meeting-people';
import { type ReadAccess, type ReadDecision, type Reader, type ReadRefusal, mayFollowSession, mayReadMinutes } from '../app/read-access';
import type { SessionService } from '../app/session-service';
import { parseSessionId, type SessionId, type SessionState } from '../domain';
import type { EventStore } from '../store/event-store';
import { sendError } from './http-error';
import { refuseSignIn, type SsoGate } from './sso';

const REFUSALS: Record<ReadRefusal, { es: string; en: string }> = {
  'not-in-meeting': {
    es: 'No formas parte de esta sesión: solo la siguen las personas de su reunión de Teams (su integración y quienes participan en la reunión). Si debes verla, pide a la Secretaría Técnica que te agregue a la reunión o a la integración.',
    en: 'You are not part of this session: only the people of its Teams meeting follow it (its roster and the meeting\'s participants). If you should see it, ask the technical secretary to add you to the meeting or to the roster.',
  },
  'not-on-roster': {
    es: 'El proyecto de minuta es solo para la integración de la sesión. Si debes leerlo, pide a la Secretaría Técnica que te agregue a la integración o que te lo comparta.',
    en: 'The draft minutes are for the session\'s roster only. If you should read them, ask the technical secretary to add you to the roster or to share them with you.',
  },
  unidentified: {
    es: 'Tu inicio de sesión de Teams no dice quién eres, así que no podemos confirmar que formes parte de esta sesión. Vuelve a abrir Sesiona desde la reunión; si sigue igual, avisa a la persona administradora de Teams.',
    en: 'Your Teams sign-in does not say who you are, so we cannot confirm you are part of this session. Open Sesiona again from the meeting; if it persists, tell your Teams administrator.',
  },
};

/** A session a request asked for, found and loaded. */
export interface RequestedSession {
  id: SessionId;
  snapshot: { state: SessionState; version: number };
}

export class ReadGuard {
  constructor(private readonly gate: SsoGate, private readonly store: EventStore, readonly access: ReadAccess) {}

  /** The session id in the path (`:id`), or undefined once a 400 was sent. */
  sessionId(req: restify.Request, res: restify.Response): SessionId | undefined {
    const raw = String(req.params.id ?? '');
    const id = parseSessionId(raw);
    if (id) return id;
    sendError(res, 400, 'invalid-session-id', `"${raw.slice(0, 80)}" no es un identificador de sesión válido.`, `"${raw.slice(0, 80)}" is not a valid session id.`);
    return undefined;
  }

  /** The session, loaded; undefined once a 404 was sent (no session has that id). */
  async existing(res: restify.Response, service: SessionService, id: SessionId): Promise<RequestedSession | undefined> {
    const snapshot = await service.load(id);
    if (snapshot.state.exists) return { id, snapshot };
    sendError(res, 404, 'session-not-found', `No existe una sesión con el identificador "${id}". Revisa el enlace o pide a la Secretaría Técnica que cree la sesión.`, `There is no session with id "${id}". Check the link, or ask the technical secretary to create the session.`);
    return undefined;
  }

  /**
   * The one way a route gets a session to follow live: a valid id (400), a Teams sign-in (401), a session with that
   * id (404), someone who may follow it (403). Undefined once one of those answers was sent.
   */
  async followedSession(req: restify.Request, res: restify.Response, service: SessionService): Promise<RequestedSession | undefined> {
    const id = this.sessionId(req, res);
    if (!id) return undefined;
    const reader = await this.reader(req, res);
    if (reader === undefined) return undefined;
    const session = await this.existing(res, service, id);
    if (!session || !(await this.mayFollow(res, reader, session.snapshot.state))) return undefined;
    return session;
  }

  /** Who is asking (their Entra object id; null without sign-in), or undefined once a 401 was sent. */
  async reader(req: restify.Request, res: restify.Response): Promise<Reader | undefined> {
    const check = await this.gate.check(req);
    if (check.ok) return check.user.oid;
    refuseSignIn(res, check.problem);
    return undefined;
  }

  /** True when the reader may follow the session live; otherwise a 403 saying why was sent. */
  async mayFollow(res: restify.Response, reader: Reader, state: SessionState): Promise<boolean> {
    // the people seen in the chat only add readers: they are read only when the rule would refuse without them
    const withoutSeen = mayFollowSession(reader, state, [], this.access);
    if (withoutSeen.ok || withoutSeen.refusal !== 'not-in-meeting') return this.answer(res, withoutSeen);
    const seen = await peopleSeenIn(this.store, state.header.meeting?.conversationId ?? null);
    return this.answer(res, mayFollowSession(reader, state, seen, this.access));
  }

  /** True when the reader may read the session's draft minutes; otherwise a 403 saying why was sent. */
  mayReadMinutes(res: restify.Response, reader: Reader, state: SessionState): boolean {
    return this.answer(res, mayReadMinutes(reader, state, this.access));
  }

  private answer(res: restify.Response, decision: ReadDecision): boolean {
    if (decision.ok) return true;
    const message = REFUSALS[decision.refusal];
    sendError(res, 403, decision.refusal, message.es, message.en);
    return false;
  }
}
