/**
 * The parsed order of the day, shown to the secretary for confirmation before the session is created. Each item's
 * kind can be corrected in the card; the importer's reason is shown beside it.
 */
import type { ImportedAgenda, ImportedItem } from '../../src/agenda-import/imported-agenda';
import type { ItemKind } from '../../src/domain';
import type { Language } from '../i18n/language';
import { KIND_NAMES } from '../../src/i18n/words';
import { kindInputId } from '../card-action';
import { type AdaptiveCardJson, adaptiveCard, type CardElement, button, facts, heading, shorten, text } from './card-kit';

const KINDS: ItemKind[] = ['vote', 'report', 'procedural', 'general'];
/** Short names: the card repeats them for every item, and a 100-item agenda must stay well under Teams' limit. */
const SHORT_KIND: Record<ItemKind, { es: string; en: string }> = {
  vote: { es: 'Votación', en: 'Vote' },
  report: { es: 'Se presenta', en: 'Presented' },
  procedural: { es: 'Trámite', en: 'Procedural' },
  general: { es: 'Asuntos gen.', en: 'General' },
};

function flatten(items: ImportedItem[]): ImportedItem[] {
  return items.flatMap((i) => [i, ...flatten(i.items)]);
}

export function draftCard(draftId: string, agenda: ImportedAgenda, lang: Language, state: 'pending' | 'confirmed' | 'discarded' = 'pending'): AdaptiveCardJson {
  const es = lang === 'es';
  const h = agenda.header;
  const choices = KINDS.map((k) => ({ title: SHORT_KIND[k][lang], value: k }));
  const body: CardElement[] = [
    heading(es ? 'Orden del día leído' : 'Order of the day read'),
    facts([
      [es ? 'Órgano' : 'Body', h.body ?? '—'],
      [es ? 'Sesión' : 'Session', h.title ?? '—'],
      [es ? 'Fecha y hora' : 'Date and time', [h.date, h.time].filter(Boolean).join(' ') || '—'],
      [es ? 'Modalidad' : 'Modality', h.modality ?? '—'],
    ]),
  ];
  for (const item of flatten(agenda.items)) {
    const withdrawn = item.status === 'withdrawn' ? (es ? ' (retirado)' : ' (withdrawn)') : '';
    const label = `${item.number}. ${shorten(item.title, 90)}${withdrawn}`;
    if (state === 'pending') body.push({ type: 'Input.ChoiceSet', id: kindInputId(item.number), label, value: item.kind, style: 'compact', choices });
    else body.push(text(`**${label}** — ${KIND_NAMES[item.kind][lang]}`, { spacing: 'Small' }));
  }
  if (agenda.warnings.length) body.push(text(`⚠ ${agenda.warnings.slice(0, 5).join(' · ')}`, { size: 'Small', isSubtle: true }));
  if (state === 'pending') {
    body.push(text(es ? 'Revisa el tipo de cada punto y confirma para crear la sesión.' : 'Check the kind of each item and confirm to create the session.', { isSubtle: true }));
    return adaptiveCard(body, [
      button(es ? 'Confirmar y crear la sesión' : 'Confirm and create the session', { verb: 'confirm-agenda', ref: { card: 'draft', draftId }, kinds: {} }, 'positive'),
      button(es ? 'Descartar' : 'Discard', { verb: 'discard-agenda', ref: { card: 'draft', draftId }, kinds: {} }, 'destructive'),
    ]);
  }
  body.push(text(state === 'confirmed' ? (es ? '✔ Sesión creada con este orden del día.' : '✔ Session created with this order of the day.') : (es ? '⊘ Descartado.' : '⊘ Discarded.'), { weight: 'Bolder' }));
  return adaptiveCard(body);
}
