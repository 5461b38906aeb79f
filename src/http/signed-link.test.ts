import { LinkSigner, type MinutesLinkTarget } from './signed-link';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const DAY = 24 * 60 * 60 * 1000;
const POSTED = Date.UTC(2024, 5, 24, 20, 0);
const target: MinutesLinkTarget = { sessionId: 's-1', format: 'docx', lang: 'en' };

/** The `exp` and `sig` of a link, as the route reads them from the query. */
const queryOf = (link: string) => {
  const q = new URL(link, 'http://sesiona.test').searchParams;
  return { exp: q.get('exp') ?? undefined, sig: q.get('sig') ?? undefined };
};

describe('signed minutes links', () => {
  const signer = new LinkSigner(SECRET, 7, () => POSTED);

  it('given a link the bot posted, then it names the session, the format and the language, and expires after the configured days', () => {
    const link = signer.minutesLink(target);
    expect(link).toMatch(/^\/api\/sessions\/s-1\/minutes\.docx\?lang=en&exp=\d+&sig=[\w-]{32}$/);
    expect(Number(queryOf(link).exp) * 1000).toBe(POSTED + 7 * DAY);
  });

  it('given the link as posted, when it is opened within its days, then it is valid', () => {
    const { exp, sig } = queryOf(signer.minutesLink(target));
    const sixDaysLater = new LinkSigner(SECRET, 7, () => POSTED + 6 * DAY);
    expect(sixDaysLater.check(target, exp, sig)).toEqual({ ok: true });
  });

  it('given the link, when it is opened after its days, then it is expired (not invalid)', () => {
    const { exp, sig } = queryOf(signer.minutesLink(target));
    const eightDaysLater = new LinkSigner(SECRET, 7, () => POSTED + 8 * DAY);
    expect(eightDaysLater.check(target, exp, sig)).toEqual({ ok: false, problem: 'expired' });
  });

  it.each([
    ['another session', { ...target, sessionId: 's-2' }],
    ['another format', { ...target, format: 'md' as const }],
    ['another language', { ...target, lang: 'es' as const }],
  ])('given the link, when it is changed to %s, then it is invalid', (_what, changed) => {
    const { exp, sig } = queryOf(signer.minutesLink(target));
    expect(signer.check(changed, exp, sig)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('given the link, when its expiry is pushed back or its signature is changed or missing, then it is invalid', () => {
    const { exp, sig } = queryOf(signer.minutesLink(target));
    expect(signer.check(target, String(Number(exp) + 30 * 86_400), sig)).toEqual({ ok: false, problem: 'invalid' });
    expect(signer.check(target, exp, `${sig!.slice(0, -1)}${sig!.endsWith('A') ? 'B' : 'A'}`)).toEqual({ ok: false, problem: 'invalid' });
    expect(signer.check(target, exp, undefined)).toEqual({ ok: false, problem: 'invalid' });
    expect(signer.check(target, 'soon', sig)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('given a link signed with another secret, then it is invalid', () => {
    const { exp, sig } = queryOf(new LinkSigner('another-secret-of-thirty-two-characters!', 7, () => POSTED).minutesLink(target));
    expect(signer.check(target, exp, sig)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('given no secret, then links are plain paths and nothing verifies', () => {
    const unsigned = new LinkSigner(null, 7, () => POSTED);
    expect(unsigned.minutesLink({ ...target, lang: 'es' })).toBe('/api/sessions/s-1/minutes.docx');
    expect(unsigned.check(target, '9999999999', 'x'.repeat(32))).toEqual({ ok: false, problem: 'invalid' });
  });
});
