import mammoth from 'mammoth';
import { asSessionId, fold } from '../domain';
import { agreementId, ballot, cast, command, inSession, item, rollCallWith, run, voteId } from '../domain/testing/session-spec';
import { buildMinutes } from './minutes';
import { minutesToDocx } from './render-docx';
import { minutesToMarkdown } from './render-markdown';

const closedSession = () => fold(run([
  command('StartItem', cast.secretary, { number: item('1') }, 10),
  command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'nominal' }, 11),
  ballot(cast.chair, 'in-favour', 12), ballot(cast.luis, 'against', 12),
  command('CloseVote', cast.secretary, {}, 13),
  command('RecordAgreement', cast.secretary, { agreementId: agreementId('a1'), text: 'Se aprueba el orden del día.', responsible: 'Secretaría Técnica', dueDate: '2024-07-01' }, 14),
  command('WithdrawItem', cast.secretary, { number: item('2') }, 15),
  command('AddGeneralMatter', cast.secretary, { title: 'Calendario de sesiones' }, 16),
  command('Recess', cast.secretary, { reason: 'falla de conexión' }, 17),
  command('Resume', cast.secretary, {}, 20),
  command('CloseSession', cast.secretary, {}, 30),
], inSession()));

describe('the draft minutes', () => {
  it('given a closed session, then header, attendance, quorum, agenda, what happened per item, agreements, general matters, recesses and closing', () => {
    const md = minutesToMarkdown(buildMinutes(closedSession(), 'es', null, 'UTC'));
    expect(md).toMatch(/^# Proyecto de minuta · Sexta Sesión Ordinaria/);
    expect(md).toMatch(/\*\*Fecha: 2024-06-24\*\*/);
    expect(md).toMatch(/\*\*Inicio: 18:35 · Término: 19:00\*\*/);
    expect(md).toMatch(/\*\*Modalidad: virtual \(a distancia\) · Plataforma: Microsoft Teams\*\*/);
    expect(md).toMatch(/\| Ana Presidenta \| Presidencia \| Presente \| 18:32 \|/);
    expect(md).toMatch(/\| Pedro Representante \| Representación \| Ausente \| — \|/);
    expect(md).toMatch(/Al iniciar \(18:35\) se declaró quórum con 3 de 3 integrantes con derecho a voto \(se requerían 2\)\./);
    expect(md).toMatch(/Al reanudar \(18:50\)/);
    expect(md).toMatch(/### 1\. Aprobación del orden del día\n\nVotación nominal: Aprobado por mayoría\. El empate se decidió con el voto de calidad de la Presidencia\.\n\nA favor 1 · En contra 1 · Abstención 0/);
    expect(md).toMatch(/\| Ana Presidenta \| A favor \|\n\| Luis Consejero \| En contra \|\n\| Sofía Consejera \| No votó \|/);
    expect(md).toMatch(/### 2\. Informe de seguimiento de acuerdos\n\nSe retiró del orden del día\./);
    expect(md).toMatch(/1\. \(1\) Se aprueba el orden del día\. — Responsable: Secretaría Técnica — Fecha compromiso: 2024-07-01/);
    expect(md).toMatch(/- 4\.a\. Calendario de sesiones/);
    expect(md).toMatch(/Receso de 18:47 a 18:50 \(falla de conexión\)\./);
    expect(md).toMatch(/Se clausuró la sesión a las 19:00\./);
  });

  it('in English, with the attendance reconciliation annex', () => {
    const md = minutesToMarkdown(buildMinutes(closedSession(), 'en', { joinedNotAnswered: ['Gina Invitada'], answeredNotInReport: [] }, 'UTC'));
    expect(md).toMatch(/^# Draft minutes/);
    expect(md).toMatch(/Roll-call vote: Approved by majority\./);
    expect(md).toMatch(/Annex: attendance reconciled with the Teams report[\s\S]*Joined the meeting but did not answer the roll call:\*\* Gina Invitada/);
  });

  it('given a session closed without quorum, then the minutes say it was not held', () => {
    const state = fold(run([command('CloseSession', cast.secretary, {}, 9)], rollCallWith([cast.luis])));
    expect(minutesToMarkdown(buildMinutes(state, 'es'))).toMatch(/La sesión no se celebró por falta de quórum\./);
  });

  it('as a Word document that reads back with the same content', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(closedSession(), 'es', null, 'UTC')) });
    expect(value).toMatch(/Proyecto de minuta · Sexta Sesión Ordinaria/);
    expect(value).toMatch(/4\. Desarrollo de la sesión/);
    expect(value).toMatch(/A favor 1 · En contra 1 · Abstención 0/);
    expect(value).toMatch(/Luis Consejero\s+En contra/);
  });

  it('given a session that followed up earlier agreements, then the minutes list each with its source and what became of it', async () => {
    const entry = (n: number, text: string) => ({
      agreementId: agreementId(`prev-${n}`), sourceSessionId: asSessionId('quinta'), sourceTitle: 'Quinta Sesión Ordinaria', sourceDate: '2024-05-27',
      item: item('3.b'), text, responsible: n === 1 ? 'DVOE' : null, dueDate: n === 1 ? '2024-06-30' : null,
    });
    const state = fold(run([
      command('ImportFollowUp', cast.secretary, { entries: [entry(1, 'Entregar el informe'), entry(2, 'Publicar la convocatoria')] }, 9),
      command('StartItem', cast.secretary, { number: item('2') }, 10),
      command('MarkAgreementDone', cast.secretary, { agreementId: agreementId('prev-1'), note: 'oficio IECM/123' }, 11),
      command('CloseSession', cast.secretary, {}, 30),
    ], inSession()));
    const md = minutesToMarkdown(buildMinutes(state, 'es', null, 'UTC'));
    expect(md).toMatch(/## 6\. Seguimiento de acuerdos \(tratado en el punto 2\)/);
    expect(md).toMatch(/\| 1 \| Entregar el informe \| Quinta Sesión Ordinaria \(2024-05-27\), punto 3\.b \| DVOE \| 2024-06-30 \| Cumplido a las 18:41 — oficio IECM\/123 \|/);
    expect(md).toMatch(/\| 2 \| Publicar la convocatoria \| Quinta Sesión Ordinaria \(2024-05-27\), punto 3\.b \| — \| — \| En proceso \|/);
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(state, 'en', null, 'UTC')) });
    expect(value).toMatch(/6\. Follow-up of agreements/);
    expect(value).toMatch(/Publicar la convocatoria\s+Quinta Sesión Ordinaria \(2024-05-27\), item 3\.b\s+—\s+—\s+Open/);
  });

  it('given a session without follow-up, then there is no follow-up section', () => {
    expect(minutesToMarkdown(buildMinutes(closedSession(), 'es'))).not.toMatch(/Seguimiento de acuerdos \(/);
  });
});
