/**
 * The card posted when an item starts: its number, title and kind, and what happens next; its vote en lo general,
 * the parts reserved for a vote en lo particular (with what became of each) and the members excused, with each
 * voting member's «Reservar…» and «Excusarme…»; while it is under way, its debate (the round, who has the floor,
 * the list of speakers, the motions) with each person's buttons.
 */
import type { ItemView, SessionView } from '../../src/app/session-view';
import { writtenDate } from '../../src/i18n/dates';
import type { Language } from '../i18n/language';
import { KIND_NAMES, STATUS_NAMES } from '../../src/i18n/words';
import { type AdaptiveCardJson, adaptiveCard, button, heading, refreshFor, text } from './card-kit';
import { debateControlRows } from './debate-controls';
import { debateSection } from './debate-section';
import { reservationsSection } from './reservations-section';
import { previousMinutesSection, type StableMinutesLinks } from './previous-minutes-section';
import { sessionControls } from './session-controls';
import type { Viewer } from './viewer';
import { votePartControlRows } from './vote-part-controls';

const NEXT_STEP = {
  vote: { es: 'Este punto se somete a votación.', en: 'This item is put to a vote.' },
  procedural: { es: 'Punto de trámite; puede someterse a votación.', en: 'Procedural item; it may be put to a vote.' },
  report: { es: 'Este punto se presenta; no se vota.', en: 'This item is presented; it is not voted.' },
  general: { es: 'Asuntos generales: la Secretaría registra cada asunto con «asunto general: …».', en: 'General matters: the secretary records each one with "general matter: …".' },
};

/** " (Responsable: UTCS · Plazo: 2024-07-15)" when the agreement says so. */
export function agreementDetails(a: { responsible: string | null; dueDate: string | null }, lang: Language): string {
  const es = lang === 'es';
  const parts = [a.responsible ? `${es ? 'Responsable' : 'Responsible'}: ${a.responsible}` : '', a.dueDate ? `${es ? 'Plazo' : 'Due'}: ${writtenDate(a.dueDate, lang)}` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(' · ')})` : '';
}

/** The agreements of earlier sessions taken up on this item, each with what became of it. */
function followUpLines(view: SessionView, lang: Language) {
  const es = lang === 'es';
  return [
    text(es ? '**Seguimiento de acuerdos**' : '**Follow-up of agreements**', { spacing: 'Medium' }),
    ...view.followUps.map((f, i) => text(
      `${i + 1}. ${f.text}${agreementDetails(f, lang)} — ${f.doneAt ? (es ? '✔ cumplido' : '✔ done') : (es ? 'pendiente' : 'open')}`,
      { spacing: 'Small', size: 'Small' },
    )),
  ];
}

export function itemCard(view: SessionView, item: ItemView, viewer: Viewer, lang: Language, refreshUserIds: string[] = [], links: StableMinutesLinks | null = null): AdaptiveCardJson {
  const es = lang === 'es';
  const body = [
    text(view.title, { size: 'Small', isSubtle: true, spacing: 'None' }),
    heading(`${es ? 'Punto' : 'Item'} ${item.number}`),
    text(item.title),
    text(`${KIND_NAMES[item.kind][lang]} · ${STATUS_NAMES[item.status][lang]}`, { isSubtle: true, size: 'Small' }),
    text(NEXT_STEP[item.kind][lang], { spacing: 'Small' }),
    ...item.agreements.map((a) => text(`${es ? 'Acuerdo' : 'Agreement'}: ${a.text}${agreementDetails(a, lang)}`, { weight: 'Bolder' })),
    ...(view.followUpItem === item.number ? followUpLines(view, lang) : []),
    ...previousMinutesSection(view, item, lang, links),
    ...reservationsSection(view, item, viewer, lang),
    ...votePartControlRows(view, item, viewer, lang),
    ...debateSection(view, item, lang),
    ...debateControlRows(view, item, viewer, lang),
  ];
  const ref = { card: 'item' as const, number: item.number };
  const actions = item.current && viewer.can.conducts ? sessionControls(view, ref, lang) : [];
  // whoever does not get their own view by itself (Teams refreshes it for at most 60 people) asks for it
  if (viewer.id === null && item.current && view.phase === 'in-session' && !view.openVote) {
    actions.push(button(es ? 'Pedir la palabra / mis opciones' : 'Ask for the floor / my options', { verb: 'refresh', ref }));
  }
  return adaptiveCard(body, actions, viewer.id === null ? refreshFor(ref, refreshUserIds) : undefined);
}
