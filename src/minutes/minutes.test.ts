import mammoth from 'mammoth';
import { asSessionId, fold } from '../domain';
import { agreementId, ballot, cast, command, inSession, item, rollCallWith, run, started, voteId } from '../domain/testing/session-spec';
import { buildMinutes } from './minutes';
import { minutesToDocx } from './render-docx';
import { minutesToMarkdown } from './render-markdown';

const closedSession = () => fold(run([
  command('StartItem', cast.secretary, { number: item('1') }, 10),
  command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'nominal' }, 11),
  ballot(cast.chair, 'in-favour', 12), ballot(cast.luis, 'against', 12),
  command('CloseVote', cast.secretary, {}, 13),
  command('RecordAgreement', cast.secretary, { agreementId: agreementId('a1'), text: 'Se aprueba la minuta.', responsible: 'Secretaría Técnica', dueDate: '2024-07-01' }, 14),
  command('WithdrawItem', cast.secretary, { number: item('2') }, 15),
  command('AddGeneralMatter', cast.secretary, { title: 'Calendario de sesiones' }, 16),
  command('Recess', cast.secretary, { reason: 'falla de conexión' }, 17),
  command('Resume', cast.secretary, {}, 20),
  command('CloseSession', cast.secretary, {}, 30),
], inSession({ withdrawalAfterApproval: 'conducting' })));

describe('the draft minutes', () => {
  it('given a closed session, then header, attendance, quorum, agenda, what happened per item, agreements, general matters, recesses and closing', () => {
    const md = minutesToMarkdown(buildMinutes(closedSession(), 'es', null, 'UTC'));
    expect(md).toMatch(/^# Proyecto de minuta de la Sexta Sesión Ordinaria\n\n\*\*Comisión Permanente de Vinculación con Organismos Externos\*\*/);
    expect(md).toMatch(/\*\*Fecha: lunes 24 de junio de 2024\*\*/);
    expect(md).toMatch(/\*\*Hora de inicio: 18:35 h · Hora de término: 19:00 h\*\*/);
    expect(md).toMatch(/\*\*Modalidad: virtual \(a distancia\) · Plataforma: Microsoft Teams\*\*/);
    expect(md).toContain('Siendo las 18:35 h del lunes 24 de junio de 2024, de manera virtual (a distancia), a través de la plataforma Microsoft Teams, '
      + 'se reunieron las personas integrantes de la Comisión Permanente de Vinculación con Organismos Externos para celebrar la Sexta Sesión Ordinaria, con la asistencia siguiente:');
    expect(md).toMatch(/\*\*Secretaría Técnica\*\*\n\n\| Nombre \| Cargo \| Asistencia \| Llegada \| Salidas y reincorporaciones \|\n\|---\|---\|---\|---\|---\|\n\| Marta Secretaria \| Secretaría Técnica \| Presente \| 18:31 h \| — \|/);
    expect(md).toMatch(/\*\*Consejerías electorales con voz y voto\*\*\n\n[^\n]+\n[^\n]+\n\| Ana Presidenta \| Presidencia de la Comisión \| Presente \| 18:32 h \| — \|\n\| Luis Consejero \| Consejería con voz y voto \|/);
    expect(md).toMatch(/\*\*Representaciones de los partidos políticos, con voz\*\*\n\n[^\n]+\n[^\n]+\n\| Pedro Representante \| Representación \| Ausente \| — \| — \|/);
    expect(md).toMatch(/Al iniciar \(18:35 h\) se declaró quórum con 3 de 3 integrantes con derecho a voto \(se requerían 2\)\./);
    expect(md).toMatch(/Al reanudar \(18:50 h\)/);
    expect(md).toContain('A las 18:36 h se sometió a votación económica el orden del día, que se aprobó por unanimidad de votos de las consejerías presentes (3 votos a favor).');
    expect(md).toMatch(/### 1\. Aprobación del proyecto de minuta de la sesión anterior\n\nEn votación nominal, se aprobó por el voto de calidad de la Presidencia, al haber empate \(1 a favor, 1 en contra\)\.\n\nA favor 1 · En contra 1 · Abstención 0\n\nQuórum al votar: 3 de 3 \(se requerían 2\)\./);
    expect(md).toMatch(/\| Ana Presidenta \| A favor \|\n\| Luis Consejero \| En contra \|\n\| Sofía Consejera \| No votó \|/);
    expect(md).toMatch(/### 2\. Informe de seguimiento de acuerdos\n\nSe retiró del orden del día\./);
    expect(md).toMatch(/\| Sofía Consejera \| No votó \|\n\n> \*\*Acuerdo 1:\*\* Se aprueba la minuta\./);
    expect(md).toMatch(/## V\. Acuerdos adoptados\n\n\| Núm\. \| Punto \| Acuerdo \| Responsable \| Fecha compromiso \|\n\|---\|---\|---\|---\|---\|\n\| 1 \| 1 \| Se aprueba la minuta\. \| Secretaría Técnica \| 1 de julio de 2024 \|/);
    expect(md).toMatch(/#### 4\.a\. Calendario de sesiones\n\nNo se trató\./);
    expect(md).not.toMatch(/\(1\) Se aprueba|Se presentó\./);
    expect(md).toMatch(/Receso de 18:47 h a 18:50 h \(falla de conexión\)\./);
    expect(md).toMatch(/## VII\. Clausura\n\nSe clausuró la sesión a las 19:00 h\./);
    expect(md).toMatch(/Al clausurar \(19:00 h\) estaban presentes 3 de 3 integrantes con derecho a voto/);
  });

  it('in English, with the attendance reconciliation annex', () => {
    const md = minutesToMarkdown(buildMinutes(closedSession(), 'en', { joinedNotAnswered: ['Gina Invitada'], answeredNotInReport: [] }, 'UTC'));
    expect(md).toMatch(/^# Draft minutes/);
    expect(md).toMatch(/^# Draft minutes of the Sexta Sesión Ordinaria\n/);
    expect(md).toContain("In a roll-call vote, it was approved by the chair's casting vote, the vote being tied (1 in favour, 1 against).");
    expect(md).toContain('At 18:35 on Monday, June 24, 2024, the members of the Comisión Permanente de Vinculación con Organismos Externos met remotely through Microsoft Teams for the Sexta Sesión Ordinaria, with this attendance:');
    expect(md).toMatch(/\| Chair of the Commission \| Technical Secretary of the Commission \|/);
    expect(md).toMatch(/\*\*Date: Monday, June 24, 2024\*\*/);
    expect(md).toMatch(/Annex: attendance reconciled with the Teams report[\s\S]*Joined the meeting but did not answer the roll call:\*\* Gina Invitada/);
  });

  it('given a session closed without quorum, then the minutes say it was not held', () => {
    const state = fold(run([command('CloseSession', cast.secretary, {}, 9)], rollCallWith([cast.luis])));
    expect(minutesToMarkdown(buildMinutes(state, 'es'))).toMatch(/La sesión no se celebró por falta de quórum\./);
  });

  it('as a Word document that reads back with the same content', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(closedSession(), 'es', null, 'UTC')) });
    expect(value).toMatch(/Proyecto de minuta de la Sexta Sesión Ordinaria/);
    expect(value).toMatch(/IV\. Desarrollo de la sesión/);
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
    expect(md).toMatch(/## VI\. Seguimiento de acuerdos \(tratado en el punto 2\)/);
    expect(md).toMatch(/\| 1 \| Entregar el informe \| Quinta Sesión Ordinaria \(27 de mayo de 2024\), punto 3\.b \| DVOE \| 30 de junio de 2024 \| Cumplido a las 18:41 h — oficio IECM\/123 \|/);
    expect(md).toMatch(/\| 2 \| Publicar la convocatoria \| Quinta Sesión Ordinaria \(27 de mayo de 2024\), punto 3\.b \| — \| — \| En proceso \|/);
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(state, 'en', null, 'UTC')) });
    expect(value).toMatch(/VI\. Follow-up of agreements/);
    expect(value).toMatch(/Publicar la convocatoria\s+Quinta Sesión Ordinaria \(May 27, 2024\), item 3\.b\s+—\s+—\s+Open/);
  });

  it('given members who left and came back, then the minutes give each departure and return in Mexico City time, and the quorum lost and restored', () => {
    const state = fold(run([
      command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false }, 75), // 19:45 UTC = 13:45 in Mexico City
      command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }, 76),
      command('Recess', cast.secretary, { reason: 'falta de quórum' }, 77),
      command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: true }, 92),
      command('Resume', cast.secretary, {}, 93),
      command('CloseSession', cast.secretary, {}, 120),
    ], inSession()));
    const md = minutesToMarkdown(buildMinutes(state, 'es'));
    expect(md).toMatch(/\| Luis Consejero \| Consejería con voz y voto \| Presente \| 12:33 h \| se retiró a las 13:45 h; se reincorporó a las 14:02 h \|/);
    expect(md).toMatch(/\| Sofía Consejera \| Consejería con voz y voto \| Presente \| 12:34 h \| se retiró a las 13:46 h \|/);
    expect(md).toMatch(/A las 13:46 h se perdió el quórum: quedaron 1 de 3 integrantes con derecho a voto \(se requerían 2\)\./);
    expect(md).toMatch(/A las 14:02 h se recuperó el quórum: 2 de 3/);
    expect(md).toMatch(/Al clausurar \(14:30 h\) estaban presentes 2 de 3/);
    expect(md).not.toMatch(/T\d\d:\d\d/); // no ISO (UTC) time anywhere
  });

  it('given a tie with the chair abstaining, then the minutes say it was not approved by the tie, and claim no casting vote', () => {
    const state = fold(run([
      command('StartItem', cast.secretary, { number: item('1') }, 10),
      command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }, 11),
      ballot(cast.chair, 'abstain', 12), ballot(cast.luis, 'in-favour', 12), ballot(cast.sofia, 'against', 12),
      command('CloseVote', cast.secretary, {}, 13),
      command('CloseSession', cast.secretary, {}, 30),
    ], inSession()));
    const md = minutesToMarkdown(buildMinutes(state, 'es'));
    expect(md).toContain('En votación económica, no se aprobó, por empate (1 a favor, 1 en contra, 1 abstención).');
    expect(md).not.toMatch(/voto de calidad/);
  });

  it('given the waiver of the reading and the order of the day voted with changes, then both are in the minutes with counts', () => {
    const state = fold(run([
      command('OpenVote', cast.secretary, { voteId: voteId('vw'), method: 'economica', subject: 'reading-waiver' }, 6),
      ballot(cast.chair, 'in-favour', 6), ballot(cast.luis, 'in-favour', 6), ballot(cast.sofia, 'abstain', 6),
      command('CloseVote', cast.secretary, {}, 6),
      command('WithdrawItem', cast.secretary, { number: item('2') }, 7),
      command('OpenVote', cast.secretary, { voteId: voteId('va'), method: 'economica', subject: 'agenda' }, 8),
      ballot(cast.chair, 'in-favour', 8), ballot(cast.luis, 'in-favour', 8), ballot(cast.sofia, 'in-favour', 8),
      command('CloseVote', cast.secretary, {}, 9),
      command('CloseSession', cast.secretary, {}, 30),
    ], started()));
    const md = minutesToMarkdown(buildMinutes(state, 'es'));
    expect(md).toContain('A las 12:36 h se sometió a votación económica la dispensa de la lectura de los documentos, que se aprobó por mayoría de votos (2 a favor, 1 abstención).');
    expect(md).toContain('A las 12:39 h se sometió a votación económica el orden del día, que se aprobó por unanimidad de votos de las consejerías presentes (3 votos a favor). '
      + 'Con las modificaciones propuestas antes de la votación: se retira el punto 2.');
  });

  it('given a session without follow-up, then there is no follow-up section', () => {
    expect(minutesToMarkdown(buildMinutes(closedSession(), 'es'))).not.toMatch(/Seguimiento de acuerdos \(/);
  });
});
