/**
 * On the card of the item that approves the minutes of an earlier session: which session («Aprueba la minuta de la
 * Quinta Sesión Ordinaria (27 de mayo de 2024)»), a button that opens those minutes, and the corrections noted.
 *
 * The minutes open from a signed link (src/http/signed-link.ts), made by the bot's runtime and handed to the card
 * (`StableMinutesLinks`, one per runtime). A link is reused for a day, so a card drawn again is the same card (the
 * outbox sends only what changed) and never older than a day against the links' validity (SESIONA_LINK_DAYS, at
 * least one).
 */
import type { ItemView, SessionView } from '../../src/app/session-view';
import { writtenDate } from '../../src/i18n/dates';
import type { Language } from '../i18n/language';
import { type CardElement, actionSet, shorten, text } from './card-kit';

export type MinutesLink = (sessionId: string, format: 'md' | 'docx', lang: Language) => string;

const REUSE_MS = 24 * 3_600_000;

/** The runtime's (signed) minutes links, each reused for a day. */
export class StableMinutesLinks {
  private readonly made = new Map<string, { url: string; at: number }>();

  constructor(private readonly link: MinutesLink, private readonly now: () => number = Date.now) {}

  url(sessionId: string, format: 'md' | 'docx', lang: Language): string {
    const key = `${sessionId}|${format}|${lang}`;
    const known = this.made.get(key);
    if (known && this.now() - known.at < REUSE_MS) return known.url;
    const url = this.link(sessionId, format, lang);
    this.made.set(key, { url, at: this.now() });
    return url;
  }
}

/** «Aprueba la minuta de la Quinta Sesión Ordinaria (27 de mayo de 2024)». */
export function approvesMinutesWords(linked: { title: string; date: string | null }, lang: Language): string {
  const date = linked.date ? ` (${writtenDate(linked.date, lang)})` : '';
  return lang === 'es' ? `Aprueba la minuta de la ${linked.title}${date}` : `Approves the minutes of the ${linked.title}${date}`;
}

/** `links`: how the runtime makes minutes links; null: no button. */
export function previousMinutesSection(view: SessionView, item: ItemView, lang: Language, links: StableMinutesLinks | null = null): CardElement[] {
  const linked = view.previousMinutes;
  if (!linked || linked.item !== item.number) return [];
  const es = lang === 'es';
  const url = links?.url(linked.sessionId, 'docx', lang) ?? '';
  return [
    text(approvesMinutesWords(linked, lang), { weight: 'Bolder', spacing: 'Medium' }),
    ...(linked.corrections.length
      ? [
          text(es ? 'Observaciones a la minuta:' : 'Corrections to the minutes:', { spacing: 'Small' }),
          ...linked.corrections.map((c) => text(`• ${shorten(c, 600)}`, { spacing: 'None', size: 'Small' })),
        ]
      : [text(es ? 'Sin observaciones registradas. Para registrarlas: «@Sesiona observaciones a la minuta: …».' : 'No corrections recorded. To record them: "@Sesiona corrections to the minutes: …".', { isSubtle: true, size: 'Small', spacing: 'Small' })]),
    ...(/^https?:\/\//.test(url) ? [actionSet([{ type: 'Action.OpenUrl', title: es ? 'Abrir la minuta de esa sesión' : 'Open the minutes of that session', url }])] : []),
  ];
}
