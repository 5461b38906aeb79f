/**
 * Reading a session over HTTP: the Teams sign-in (401 when missing or invalid), then the application's rule of who
 * may read (src/app/read-access.ts), translated to 403 with what to do. The routes ask; this file only translates.
 */
import type restify from 'restify';
import { peopleSeenIn } from '../app/meeting-people';
import { type ReadAccess, type ReadDecision, type Reader, type ReadRefusal, mayFollowSession, mayReadMinutes } from '../app/read-access';
import type { SessionState } from '../domain';
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

export class ReadGuard {
  constructor(private readonly gate: SsoGate, private readonly store: EventStore, readonly access: ReadAccess) {}

  /** Who is asking (their Entra object id; null without sign-in), or undefined once a 401 was sent. */
  async reader(req: restify.Request, res: restify.Response): Promise<Reader | undefined> {
    const check = await this.gate.check(req);
    if (check.ok) return check.user.oid;
    refuseSignIn(res, check.problem);
    return undefined;
  }

  /** True when the reader may follow the session live; otherwise a 403 saying why was sent. */
  async mayFollow(res: restify.Response, reader: Reader, state: SessionState): Promise<boolean> {
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
