/**
 * The minutes of an earlier session in this one, for the side panel: on the item approving them, which session's
 * minutes (a link to that session's page on the panel, and the minutes themselves) and the corrections noted; on a
 * closed session whose minutes a later session approved, where and when. Pure.
 */
import type { ItemView, SessionView } from '../../src/app/session-view';
import { writtenDate } from '../../src/i18n/dates';
import { escapeHtml } from './escape';
import { type Lang, T } from './i18n';

/** The side panel's page of a session (as a browser opens it with ?session=ID), in the page's language. */
export const sessionPageHref = (sessionId: string, lang: Lang): string =>
  `/tab/?session=${encodeURIComponent(sessionId)}${lang === 'en' ? '&lang=en' : ''}`;

/** The draft minutes of a closed session as a Word document (the page fetches it with the reader's sign-in). */
export const minutesHref = (sessionId: string, lang: Lang): string =>
  `/api/sessions/${encodeURIComponent(sessionId)}/minutes.docx${lang === 'en' ? '?lang=en' : ''}`;

/** A link the page downloads with the reader's Teams sign-in (main.ts), as a file of this name. */
export function minutesDownloadLink(sessionId: string, lang: Lang): string {
  return `<a class="minutes-download" href="${escapeHtml(minutesHref(sessionId, lang))}" data-download="${escapeHtml(`minuta-${sessionId}.docx`)}">${T[lang].downloadMinutes}</a>`;
}

/** On the item approving the minutes of an earlier session: "Aprueba la minuta de la Quinta Sesión Ordinaria (27 de mayo de 2024)". */
export function previousMinutesHtml(item: ItemView, view: SessionView, lang: Lang): string {
  const pm = view.previousMinutes;
  if (!pm || pm.item !== item.number) return '';
  const t = T[lang];
  const date = pm.date ? ` (${escapeHtml(writtenDate(pm.date, lang))})` : '';
  const corrections = pm.corrections.length
    ? `<h3>${t.corrections}</h3><ul class="corrections">${pm.corrections.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`
    : '';
  return `<div class="previous-minutes"><p><span aria-hidden="true">▤</span> ${t.approvesMinutesOf} <a class="previous-session" href="${escapeHtml(sessionPageHref(pm.sessionId, lang))}">${escapeHtml(pm.title)}</a>${date} · ${minutesDownloadLink(pm.sessionId, lang)}</p>${corrections}</div>`;
}

/** Under the header of a closed session: "Minuta aprobada en la Séptima Sesión Ordinaria del 8 de julio de 2024". */
export function minutesApprovalHtml(view: SessionView, lang: Lang): string {
  const a = view.minutesApproval;
  if (!a) return '';
  const t = T[lang];
  const date = a.byDate ? ` ${t.minutesApprovedOn} ${escapeHtml(writtenDate(a.byDate, lang))}` : '';
  return `<p class="minutes-approved"><span aria-hidden="true">✔</span> ${t.minutesApprovedIn} <a href="${escapeHtml(sessionPageHref(a.bySessionId, lang))}">${escapeHtml(a.byTitle)}</a>${date}</p>`;
}
