/**
 * How a vote's result is said, the same on the cards, the side panel and the minutes: unanimity or majority, a tie
 * decided by the chair's casting vote, a tie that nothing decided, a required majority not reached.
 */
import type { MajorityRule, ResultBasis, VoteOutcome, VoteStage, VoteSubject } from '../domain';
import type { Language } from './words';

export interface ResultFacts {
  outcome: VoteOutcome;
  basis: ResultBasis | null;
  required: number | null;
}

const REQUIRED_MAJORITY: Record<Exclude<MajorityRule, 'simple'>, Record<Language, string>> = {
  absolute: { es: 'la mayoría absoluta', en: 'the absolute majority' },
  'two-thirds': { es: 'la mayoría de dos terceras partes', en: 'the two-thirds majority' },
};

export function resultWords(r: ResultFacts, majority: MajorityRule, lang: Language): string {
  const es = lang === 'es';
  const approved = r.outcome !== 'not-approved';
  switch (r.basis) {
    case 'casting-vote':
      return es
        ? `${approved ? 'Aprobado' : 'No aprobado'} por el voto de calidad de la Presidencia (empate)`
        : `${approved ? 'Approved' : 'Not approved'} by the chair's casting vote (tie)`;
    case 'tie':
      return es ? 'No aprobado por empate' : 'Not approved: tied';
    case 'required-majority': {
      const which = REQUIRED_MAJORITY[majority === 'simple' ? 'absolute' : majority][lang];
      const needed = r.required !== null ? (es ? ` (se requerían ${r.required} votos a favor)` : ` (${r.required} votes in favour were required)`) : '';
      return es ? `No aprobado: no alcanzó ${which}${needed}` : `Not approved: ${which} was not reached${needed}`;
    }
    default:
      if (r.outcome === 'approved-unanimously') return es ? 'Aprobado por unanimidad' : 'Approved unanimously';
      if (r.outcome === 'approved-by-majority') return es ? 'Aprobado por mayoría' : 'Approved by majority';
      return es ? 'No aprobado' : 'Not approved';
  }
}

/** What was put to the vote: "el punto 5.b", "el orden del día", "la dispensa de la lectura". */
export function subjectWords(
  subject: VoteSubject, item: string | null, lang: Language,
  part: { stage?: VoteStage; reserved?: string | null; target?: string | null } = {},
): string {
  const es = lang === 'es';
  if (subject === 'agenda') return es ? 'Orden del día' : 'Order of the day';
  if (subject === 'reading-waiver') return es ? 'Dispensa de la lectura de los documentos' : 'Waiver of the reading of the documents';
  if (subject === 'item-withdrawal') return es ? `Retiro del punto ${part.target}` : `Withdrawal of item ${part.target}`;
  if (part.stage === 'general') return es ? `Punto ${item}, en lo general` : `Item ${item}, in general`;
  if (part.stage === 'particular') return es ? `Punto ${item}, en lo particular: ${part.reserved ?? ''}` : `Item ${item}, separately: ${part.reserved ?? ''}`;
  return es ? `Punto ${item}` : `Item ${item}`;
}
