/**
 * The parsed order of the day, shown to the secretary for confirmation before the session is created: one short
 * line per item with the kind the importer gave it, so a 14-item order of the day stays a short card. The kinds are
 * corrected in a second view the card opens («Corregir tipos…», a choice per item and its own button to create the
 * session with them), or after the session is created, before it starts, with «tipo del punto N: informe» (the only
 * way past 40 items, where the form would pass Teams' size limit).
 */
import type { ImportedAgenda, ImportedItem } from '../../src/agenda-import/imported-agenda';
import type { ItemKind } from '../../src/domain';
import type { Language } from '../i18n/language';
import { KIND_NAMES } from '../../src/i18n/words';
import { type CardRef, kindInputId } from '../card-action';
import { type AdaptiveCardJson, actionSet, adaptiveCard, type CardElement, button, container, facts, heading, shorten, text } from './card-kit';

const KINDS: ItemKind[] = ['vote', 'report', 'procedural', 'general'];
/** Short names: the card repeats them for every item, and a 100-item agenda must stay well under Teams' limit. */
const SHORT_KIND: Record<ItemKind, { es: string; en: string }> = {
  vote: { es: 'Votación', en: 'Vote' },
  report: { es: 'Se presenta', en: 'Presented' },
  procedural: { es: 'Trámite', en: 'Procedural' },
  general: { es: 'Asuntos gen.', en: 'General' },
};
/** How much of a title the list shows (two lines at most on a phone). */
const LINE_TITLE_MAX = 72;
/** The form's label of each choice: the item's number and the start of its title (the list above has more). */
const CHOICE_TITLE_MAX = 60;
/**
 * Up to this many items, the card carries the form of kinds (a choice per item); a longer order of the day would
 * pass Teams' size limit with it, and its kinds are corrected by command once the session is created.
 */
const FORM_MAX_ITEMS = 40;

function flatten(items: ImportedItem[]): ImportedItem[] {
  return items.flatMap((i) => [i, ...flatten(i.items)]);
}

const withdrawnMark = (item: ImportedItem, lang: Language) => (item.status === 'withdrawn' ? (lang === 'es' ? ' (retirado)' : ' (withdrawn)') : '');

/** «**5.a** · _Se presenta_ · Décimo informe sobre el avance…»: the kind before the title, so it is never cut. */
function itemLine(item: ImportedItem, lang: Language): CardElement {
  return text(`**${item.number}** · _${SHORT_KIND[item.kind][lang]}_ · ${shorten(item.title, LINE_TITLE_MAX)}${withdrawnMark(item, lang)}`, { spacing: 'Small', maxLines: 2 });
}

/** The second view: the kind of each item to choose, and the button that creates the session with those kinds. */
function kindsForm(items: ImportedItem[], ref: CardRef & { card: 'draft' }, lang: Language): CardElement {
  const es = lang === 'es';
  const choices = KINDS.map((k) => ({ title: SHORT_KIND[k][lang], value: k }));
  return {
    type: 'Action.ShowCard',
    title: es ? 'Corregir tipos…' : 'Correct kinds…',
    card: {
      type: 'AdaptiveCard',
      body: [
        text(es ? 'Elige el tipo de cada punto y crea la sesión con estos tipos.' : 'Choose the kind of each item and create the session with these kinds.', { size: 'Small', isSubtle: true }),
        ...items.map((item) => ({
          type: 'Input.ChoiceSet', id: kindInputId(item.number), label: `${item.number}. ${shorten(item.title, CHOICE_TITLE_MAX)}${withdrawnMark(item, lang)}`,
          value: item.kind, choices,
        })),
      ],
      actions: [button(es ? 'Crear con estos tipos' : 'Create with these kinds', { verb: 'confirm-agenda', ref, kinds: {} }, 'positive')],
    },
  };
}

export function draftCard(draftId: string, agenda: ImportedAgenda, lang: Language, state: 'pending' | 'confirmed' | 'discarded' = 'pending'): AdaptiveCardJson {
  const es = lang === 'es';
  const h = agenda.header;
  const ref = { card: 'draft' as const, draftId };
  const items = flatten(agenda.items);
  const body: CardElement[] = [
    heading(es ? 'Orden del día leído' : 'Order of the day read'),
    facts([
      [es ? 'Órgano' : 'Body', h.body ?? '—'],
      [es ? 'Sesión' : 'Session', h.title ?? '—'],
      [es ? 'Fecha y hora' : 'Date and time', [h.date, h.time].filter(Boolean).join(' ') || '—'],
      [es ? 'Modalidad' : 'Modality', h.modality ?? '—'],
    ]),
  ];
  if (state !== 'pending') {
    body.push(...items.map((item) => text(`**${item.number}. ${shorten(item.title, LINE_TITLE_MAX)}${withdrawnMark(item, lang)}** — ${KIND_NAMES[item.kind][lang]}`, { spacing: 'Small', maxLines: 2 })));
    body.push(text(state === 'confirmed' ? (es ? '✔ Sesión creada con este orden del día.' : '✔ Session created with this order of the day.') : (es ? '⊘ Descartado.' : '⊘ Discarded.'), { weight: 'Bolder' }));
    return adaptiveCard(body);
  }
  body.push(container(items.map((item) => itemLine(item, lang)), { spacing: 'Medium' }));
  if (agenda.warnings.length) body.push(text(`⚠ ${agenda.warnings.slice(0, 5).join(' · ')}`, { size: 'Small', isSubtle: true }));
  const form = items.length <= FORM_MAX_ITEMS;
  const command = es ? '«@Sesiona tipo del punto 5: informe»' : '"@Sesiona kind item 5: report"';
  body.push(text(es
    ? `${items.length} puntos. Revisa el tipo de cada uno: ${form ? 'corrígelo en «Corregir tipos…» o, ' : 'corrígelo, '}ya creada la sesión y antes de iniciarla, con ${command}.`
    : `${items.length} items. Check the kind of each: ${form ? 'correct it in "Correct kinds…" or, ' : 'correct it, '}once the session is created and before it starts, with ${command}.`, { isSubtle: true, size: 'Small' }));
  if (form) body.push(actionSet([kindsForm(items, ref, lang)]));
  return adaptiveCard(body, [
    button(es ? 'Crear la sesión' : 'Create the session', { verb: 'confirm-agenda', ref, kinds: {} }, 'positive'),
    button(es ? 'Descartar' : 'Discard', { verb: 'discard-agenda', ref, kinds: {} }, 'destructive'),
  ]);
}
