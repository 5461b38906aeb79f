/**
 * The kind of an item, from its wording in Spanish (and English), with the reason in a few words.
 * Put to a vote when it asks for approval or is itself an agreement, resolution or report to adopt ("Acuerdo del
 * Consejo General…"); procedural for roll call, quorum, reading waivers, opening and closing;
 * general matters; otherwise presented (reports, notes, correspondence).
 */
import type { ItemKind } from '../domain';
import { normaliseForMatch } from './matching';

interface Rule {
  kind: ItemKind;
  pattern: RegExp;
  reason: { es: string; en: string };
}

const RULES: Rule[] = [
  { kind: 'general', pattern: /\basuntos? generales?\b|\bgeneral matters?\b|\bother business\b|\bany other business\b/, reason: { es: 'asuntos generales', en: 'general matters' } },
  { kind: 'procedural', pattern: /\baprobacion (del|de la) orden del dia\b|\bapproval of the agenda\b/, reason: { es: 'trámite que se vota con «aprobar orden del día»', en: 'procedural, voted with "approve agenda"' } },
  { kind: 'procedural', pattern: /\bdispensa de (la )?lectura\b|\bwaiv(e|er of) the reading\b/, reason: { es: 'trámite que se vota con «dispensa de la lectura»', en: 'procedural, voted with "waive the reading"' } },
  { kind: 'vote', pattern: /\bproyecto de (acuerdo|resolucion|dictamen|minuta|acta)\b|\bdraft (resolution|agreement|minutes|decision)\b/, reason: { es: 'proyecto que se somete a aprobación', en: 'a draft put to approval' } },
  { kind: 'vote', pattern: /^(acuerdo|resolucion|dictamen) (del|de la|de los|que|por el que|mediante)\b/, reason: { es: 'acuerdo, resolución o dictamen que se somete a aprobación', en: 'an agreement, resolution or report put to approval' } },
  { kind: 'vote', pattern: /\ben su caso\b|\baprobacion\b|\baprobar\b|\baprueba\b|\bratificacion\b|\bdesignacion\b|\bapproval\b|\bapprove\b|\badoption\b/, reason: { es: 'pide aprobación', en: 'asks for approval' } },
  { kind: 'procedural', pattern: /\blista de asistencia\b|\bpase de lista\b|\b(declaracion|declaratoria|verificacion) (de|del) quorum\b|\bquorum\b|\bdispensa de (la )?lectura\b|\bclausura\b|\bapertura\b|\binstalacion\b|\broll call\b|\bopening\b|\bclosing\b|\badjournment\b/, reason: { es: 'trámite de la sesión', en: 'a procedural step of the session' } },
  { kind: 'report', pattern: /\binforme\b|\bnota informativa\b|\bpresentacion\b|\bcorrespondencia\b|\bseguimiento\b|\bcuenta\b|\breport\b|\bupdate\b|\bbriefing\b|\bcorrespondence\b/, reason: { es: 'informe o presentación: no pide aprobación', en: 'a report or presentation: asks for no approval' } },
];

/** `lang`: the language of the reason. */
export function kindOf(title: string, lang: 'es' | 'en' = 'es'): { kind: ItemKind; reason: string } {
  const t = normaliseForMatch(title);
  for (const rule of RULES) if (rule.pattern.test(t)) return { kind: rule.kind, reason: rule.reason[lang] };
  return { kind: 'report', reason: lang === 'es' ? 'no pide aprobación: se presenta' : 'asks for no approval: presented' };
}
