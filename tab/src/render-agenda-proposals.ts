/**
 * The changes to the order of the day proposed (by a voting member or whoever conducts) or requested (by a
 * representative) before its approval, numbered as `retirar propuesta N` counts them: "Luis Consejero propone
 * diferir el punto 2", "Pedro Representante solicita agregar: …". Once the order of the day is approved, the same
 * list says which changes were made with it. Pure.
 */
import type { AgendaProposalView, SessionView } from '../../src/app/session-view';
import type { AgendaChange } from '../../src/domain';
import { escapeHtml } from './escape';
import { type Lang, T } from './i18n';

/** "diferir el punto 2" / "deferring item 2"; "mover el punto 5 después del punto 2" / "moving item 5 to the top". */
export function changeWords(change: AgendaChange, lang: Lang): string {
  const t = T[lang];
  switch (change.kind) {
    case 'withdraw': return `${t.changeWithdraw} ${change.number}`;
    case 'defer': return `${t.changeDefer} ${change.number}`;
    case 'add': return `${t.changeAdd}: ${change.title}`;
    case 'move': return `${t.changeMove} ${change.number} ${change.after ? `${t.changeAfter} ${change.after}` : t.changeToTop}`;
  }
}

/** "Luis Consejero propone diferir el punto 2" / "Pedro Representante requests adding: …". */
export function proposalWords(p: AgendaProposalView, lang: Lang): string {
  const t = T[lang];
  return `${p.by.name} ${p.as === 'request' ? t.requests : t.proposes} ${changeWords(p.change, lang)}`;
}

export function agendaProposalsHtml(view: SessionView, lang: Lang): string {
  if (!view.agendaProposals.length) return '';
  const t = T[lang];
  const rows = view.agendaProposals.map((p) => `<li class="agenda-proposal as-${p.as}">${escapeHtml(proposalWords(p, lang))}</li>`);
  return `<div class="agenda-proposals"><h3>${view.agendaApproved ? t.agendaProposalsApproved : t.agendaProposals}</h3><ol>${rows.join('')}</ol>${
    view.agendaApproved ? '' : `<p class="note">${t.agendaProposalsNote}</p>`}</div>`;
}
