/**
 * The minutes links Sesiona posts in the meeting chat open in a browser without a Teams token, so they carry a
 * signature: an HMAC, with a server secret (SESIONA_LINK_SECRET, else the bot's client secret), of the session, the
 * format, the language and the moment the link expires (SESIONA_LINK_DAYS after it was posted). Changing any of them
 * breaks the signature; an intact link past its expiry is told apart, so the reader learns to ask for a new one.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { minutesPath } from './minutes-routes';

export interface MinutesLinkTarget {
  sessionId: string;
  format: 'md' | 'docx';
  lang: 'es' | 'en';
}

export type LinkCheck = { ok: true } | { ok: false; problem: 'invalid' | 'expired' };

const DAY_SECONDS = 24 * 60 * 60;

export class LinkSigner {
  constructor(
    private readonly secret: string | null,
    private readonly days: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The path of the minutes, signed and valid for the configured days (unsigned when there is no secret). */
  minutesLink(target: MinutesLinkTarget): string {
    const path = minutesPath(target.sessionId, target.format, target.lang);
    if (!this.secret) return path;
    const expires = Math.floor(this.clock() / 1000) + this.days * DAY_SECONDS;
    return `${path}${path.includes('?') ? '&' : '?'}exp=${expires}&sig=${this.signatureOf(target, expires)}`;
  }

  /** Whether `exp` and `sig` of a request are a link this server signed for this target, and still valid. */
  check(target: MinutesLinkTarget, exp: unknown, sig: unknown): LinkCheck {
    if (!this.secret || typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return { ok: false, problem: 'invalid' };
    const expected = Buffer.from(this.signatureOf(target, Number(exp)));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, problem: 'invalid' };
    if (Number(exp) * 1000 < this.clock()) return { ok: false, problem: 'expired' };
    return { ok: true };
  }

  private signatureOf(target: MinutesLinkTarget, expires: number): string {
    const signed = ['minutes', target.sessionId, target.format, target.lang, String(expires)].join('\n');
    return createHmac('sha256', this.secret ?? '').update(signed).digest('base64url').slice(0, 32);
  }
}
