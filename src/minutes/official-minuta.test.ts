/**
 * The minutes read as a commission's minuta: a header with the body, session, date, times and modality; an opening
 * paragraph; the attendance by group; each item with what was presented and resolved ("se tuvo por presentado",
 * "se aprobó por unanimidad de votos de las consejerías presentes", "por mayoría de votos" with counts, names in a
 * nominal vote, agreements with their numbers, the general matters raised or that there were none); the closing
 * time; and the signature block of the presidency and the Secretaría Técnica. The Word file uses the built-in
 * heading styles, tables, and "Página X de Y" fields in its footer.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { AgendaItemDraft } from '../domain';
import { fold } from '../domain';
import { agreementId, ballot, cast, command, inSession, item, run, voteId } from '../domain/testing/session-spec';
import { buildMinutes } from './minutes';
import { minutesToDocx } from './render-docx';
import { minutesToMarkdown } from './render-markdown';

const AGENDA: AgendaItemDraft[] = [
  { number: '1', title: 'Lista de asistencia y declaración de quórum', kind: 'procedural' },
  { number: '2', title: 'Proyecto de acuerdo por el que se aprueba el calendario de sesiones', kind: 'vote' },
  { number: '3', title: 'Informe trimestral de actividades', kind: 'report' },
  { number: '4', title: 'Proyecto de acuerdo por el que se aprueba el programa de trabajo', kind: 'vote' },
  { number: '5', title: 'Asuntos generales', kind: 'general' },
];

/** Every item taken up: the roll call, a unanimous nominal vote, a report, a vote by majority, a general matter. */
const wholeSession = (generalMatter: boolean) => fold(run([
  command('StartItem', cast.secretary, { number: item('1') }, 10),
  command('CompleteItem', cast.secretary, {}, 11),
  command('StartItem', cast.secretary, { number: item('2') }, 12),
  command('OpenVote', cast.secretary, { voteId: voteId('v2'), method: 'nominal' }, 13),
  ballot(cast.chair, 'in-favour', 13), ballot(cast.luis, 'in-favour', 13), ballot(cast.sofia, 'in-favour', 13),
  command('CloseVote', cast.secretary, {}, 14),
  command('RecordAgreement', cast.secretary, { agreementId: agreementId('a1'), text: 'Se aprueba el calendario de sesiones de 2025.', responsible: null, dueDate: null }, 14),
  command('StartItem', cast.secretary, { number: item('3') }, 15),
  command('CompleteItem', cast.secretary, {}, 16),
  command('StartItem', cast.secretary, { number: item('4') }, 17),
  command('OpenVote', cast.secretary, { voteId: voteId('v4'), method: 'economica' }, 18),
  ballot(cast.chair, 'in-favour', 18), ballot(cast.luis, 'in-favour', 18), ballot(cast.sofia, 'against', 18),
  command('CloseVote', cast.secretary, {}, 19),
  command('RecordAgreement', cast.secretary, { agreementId: agreementId('a2'), text: 'Se aprueba el programa de trabajo.', responsible: 'DVOE', dueDate: '2024-07-15' }, 19),
  command('StartItem', cast.secretary, { number: item('5') }, 20),
  ...(generalMatter ? [
    command('AddGeneralMatter', cast.secretary, { title: 'Calendario de la consulta' }, 21),
    command('StartItem', cast.secretary, { number: item('5.a') }, 22),
    command('CompleteItem', cast.secretary, {}, 23),
  ] : []),
  command('CloseSession', cast.secretary, {}, 25),
], inSession(undefined, AGENDA)));

describe('an official minuta', () => {
  it('given a whole session, then its sections come in the order of a minuta, with the signature block after the closing', () => {
    const md = minutesToMarkdown(buildMinutes(wholeSession(true), 'es', { joinedNotAnswered: [], answeredNotInReport: [] }, 'UTC'));
    const order = ['# Proyecto de minuta de la Sexta Sesión Ordinaria', 'Siendo las 18:35 h', '## I. Asistencia', '## II. Declaratoria de quórum',
      '## III. Orden del día aprobado', '## IV. Desarrollo de la sesión', '### 1. Lista', '### 2. Proyecto', '### 3. Informe', '### 4. Proyecto',
      '### 5. Asuntos generales', '## V. Acuerdos adoptados', '## VI. Recesos', '## VII. Clausura', 'No habiendo más asuntos que tratar',
      '| Presidencia de la Comisión | Secretaría Técnica de la Comisión |', '## VIII. Anexo'];
    const at = order.map((text) => md.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(md).toMatch(/\| Presidencia de la Comisión \| Secretaría Técnica de la Comisión \|\n\|:---:\|:---:\|\n\| <br><br>_+ \| <br><br>_+ \|\n\| Ana Presidenta \| Marta Secretaria \|/);
    // the attendance by group, in the order of a minuta
    const groups = ['**Consejerías electorales con voz y voto**', '**Representaciones de los partidos políticos, con voz**', '**Secretaría Técnica**', '**Personas invitadas**'];
    expect(groups.map((g) => md.indexOf(g))).toEqual(groups.map((g) => md.indexOf(g)).sort((a, b) => a - b));
  });

  it('given each kind of item, then each says what was presented and how it was resolved, in Spanish and English', () => {
    const md = minutesToMarkdown(buildMinutes(wholeSession(true), 'es', null, 'UTC'));
    expect(md).toMatch(/### 1\. Lista de asistencia y declaración de quórum\n\nSe desahogó el punto\./);
    expect(md).toMatch(/### 2\. [^\n]+\n\nEn votación nominal, se aprobó por unanimidad de votos de las consejerías presentes \(3 votos a favor\)\.\n/);
    expect(md).toMatch(/\| Ana Presidenta \| A favor \|\n\| Luis Consejero \| A favor \|\n\| Sofía Consejera \| A favor \|\n\n> \*\*Acuerdo 1:\*\* Se aprueba el calendario de sesiones de 2025\./);
    expect(md).toMatch(/### 3\. Informe trimestral de actividades\n\nSe tuvo por presentado\./);
    expect(md).toMatch(/### 4\. [^\n]+\n\nEn votación económica, se aprobó por mayoría de votos \(2 a favor, 1 en contra\)\.\n[\s\S]*> \*\*Acuerdo 2:\*\* Se aprueba el programa de trabajo\./);
    expect(md).toMatch(/### 5\. Asuntos generales\n\nSe registró el asunto general siguiente: 5\.a\. Calendario de la consulta\.\n\n#### 5\.a\. Calendario de la consulta\n\nSe dio cuenta del asunto\./);
    expect(md).toMatch(/\| 2 \| 4 \| Se aprueba el programa de trabajo\. \| DVOE \| 15 de julio de 2024 \|/);
    expect(md).toContain('No habiendo más asuntos que tratar, se clausuró la sesión a las 18:55 h.');
    expect(md).not.toMatch(/Se presentó\.|\(\d\) Se aprueba|Votación (nominal|económica):/);

    const en = minutesToMarkdown(buildMinutes(wholeSession(true), 'en', null, 'UTC'));
    expect(en).toContain('In a roll-call vote, it was approved unanimously by the voting members present (3 votes in favour).');
    expect(en).toContain('In a show-of-hands vote, it was approved by a majority of votes (2 in favour, 1 against).');
    expect(en).toMatch(/### 3\. Informe trimestral de actividades\n\nIt was received as presented\./);
    expect(en).toContain('This general matter was raised: 5.a. Calendario de la consulta.');
    expect(en).toContain('There being no further business, the session was closed at 18:55.');
  });

  it('given no general matter raised, then the item says there were none', () => {
    expect(minutesToMarkdown(buildMinutes(wholeSession(false), 'es', null, 'UTC'))).toMatch(/### 5\. Asuntos generales\n\nNo se registraron asuntos generales\./);
    expect(minutesToMarkdown(buildMinutes(wholeSession(false), 'en', null, 'UTC'))).toMatch(/### 5\. Asuntos generales\n\nNo general matters were raised\./);
  });

  it('as a Word file with the heading styles, tables, the signature block and "Página X de Y" in the footer', async () => {
    const buffer = await minutesToDocx(buildMinutes(wholeSession(true), 'es', null, 'UTC'));
    const zip = await JSZip.loadAsync(buffer);
    const document = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const used = [...document.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    // the items in Heading 2, a general matter (5.a) in Heading 3
    expect(new Set(used)).toEqual(new Set(['Title', 'Heading1', 'Heading2', 'Heading3']));
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(styles).toContain(`w:styleId="${style}"`);
    // attendance, the nominal vote on item 2, the agreements, the signature block
    expect(document.match(/<w:tbl>/g)).toHaveLength(4);
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(3);
    const footer = footers.join('');
    expect(footer).toMatch(/Página [\s\S]*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>[\s\S]* de [\s\S]*<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toMatch(/VII\. Clausura\s+No habiendo más asuntos que tratar, se clausuró la sesión a las 18:55 h\.\s+_+\s+Ana Presidenta\s+Presidencia de la Comisión\s+_+\s+Marta Secretaria\s+Secretaría Técnica de la Comisión/);
    expect(value).toMatch(/Consejerías electorales con voz y voto\s+Ana Presidenta\s+Presidencia de la Comisión/);
    expect(value).toMatch(/Acuerdo 2: Se aprueba el programa de trabajo\./);
  });

  it('given a session in person, then the opening paragraph says so, without a platform', () => {
    const state = wholeSession(false);
    const inPerson = { ...state, header: { ...state.header, modality: 'presencial' as const } };
    expect(buildMinutes(inPerson, 'es', null, 'UTC').opening).toBe('Siendo las 18:35 h del lunes 24 de junio de 2024, de manera presencial, se reunieron las personas integrantes '
      + 'de la Comisión Permanente de Vinculación con Organismos Externos para celebrar la Sexta Sesión Ordinaria, con la asistencia siguiente:');
  });
});
