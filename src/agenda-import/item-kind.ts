/**
 * The kind of an item, from its wording in Spanish (and English), with the reason in a few words.
 * Put to a vote when it asks for approval; procedural for roll call, quorum, reading waivers, opening and closing;
 * general matters; otherwise presented (reports, notes, correspondence).
 */
import type { ItemKind } from '../domain';
import { normaliseForMatch } from './matching';

interface Rule {
  kind: ItemKind;
  pattern: RegExp;
  reason: string;
}

const RULES: Rule[] = [
  { kind: 'general', pattern: /\basuntos? generales?\b|\bgeneral matters?\b|\bother business\b|\bany other business\b/, reason: 'asuntos generales' },
  { kind: 'procedural', pattern: /\baprobacion del orden del dia\b|\bapproval of the agenda\b/, reason: 'trámite que se vota con «aprobar orden del día»' },
  { kind: 'vote', pattern: /\bproyecto de (acuerdo|resolucion|dictamen|minuta|acta)\b|\bdraft (resolution|agreement|minutes|decision)\b/, reason: 'proyecto que se somete a aprobación' },
  { kind: 'vote', pattern: /\ben su caso\b|\baprobacion\b|\baprobar\b|\baprueba\b|\bratificacion\b|\bdesignacion\b|\bapproval\b|\bapprove\b|\badoption\b/, reason: 'pide aprobación' },
  { kind: 'procedural', pattern: /\blista de asistencia\b|\bpase de lista\b|\b(declaracion|declaratoria|verificacion) (de|del) quorum\b|\bquorum\b|\bdispensa de (la )?lectura\b|\bclausura\b|\bapertura\b|\binstalacion\b|\broll call\b|\bopening\b|\bclosing\b|\badjournment\b/, reason: 'trámite de la sesión' },
  { kind: 'report', pattern: /\binforme\b|\bnota informativa\b|\bpresentacion\b|\bcorrespondencia\b|\bseguimiento\b|\bcuenta\b|\breport\b|\bupdate\b|\bbriefing\b|\bcorrespondence\b/, reason: 'informe o presentación: no pide aprobación' },
];

export function kindOf(title: string): { kind: ItemKind; reason: string } {
  const t = normaliseForMatch(title);
  for (const rule of RULES) if (rule.pattern.test(t)) return { kind: rule.kind, reason: rule.reason };
  return { kind: 'report', reason: 'no pide aprobación: se presenta' };
}
