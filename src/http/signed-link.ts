/**
 * Links Sesiona posts in the meeting chat (the minutes) open in a browser without a Teams token, so they carry a
 * signature: an HMAC of the path with a server secret (SESIONA_LINK_SECRET, else the bot's client secret).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export class LinkSigner {
  constructor(private readonly secret: string | null) {}

  get enabled(): boolean {
    return this.secret !== null;
  }

  signatureOf(path: string): string {
    return createHmac('sha256', this.secret ?? 'unsigned').update(path).digest('base64url').slice(0, 32);
  }

  sign(path: string): string {
    return this.secret ? `${path}${path.includes('?') ? '&' : '?'}sig=${this.signatureOf(path)}` : path;
  }

  verify(path: string, signature: string | undefined): boolean {
    if (!this.secret || !signature) return false;
    const expected = Buffer.from(this.signatureOf(path));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
