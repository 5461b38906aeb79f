/**
 * Agreements follow-up across two sessions of the same commission, each in its own Teams meeting, through
 * /api/messages: agreements with a responsible area and a due date are recorded in the fifth session; the sixth
 * takes up the ones still open on its "seguimiento de acuerdos" item, marks one done, and the minutes say so.
 */
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';

const BODY = 'COMISIÓN PERMANENTE DE VINCULACIÓN CON ORGANISMOS EXTERNOS';
const FIFTH = `${BODY}\nQUINTA SESIÓN ORDINARIA\nOrden del día\n1. Lista de asistencia y declaración de quórum.\n2. Proyecto de acuerdo por el que se aprueba el programa anual de trabajo.\n3. Asuntos generales.`;
const SIXTH = `${BODY}\nSEXTA SESIÓN ORDINARIA\nOrden del día\n1. Lista de asistencia y declaración de quórum.\n2. Informe sobre el seguimiento de acuerdos.\n3. Asuntos generales.`;
const { secretary, chair, luis, sofia } = PEOPLE;

describe('agreements followed up in the next session of the same body', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start();
  });
  afterAll(() => h.stop());

  const meeting = (n: number) => {
    h.chat = { ...h.chat, conversationId: `19:meeting_sesion${n}@thread.v2`, meetingId: `MCMxOTptZWV0aW5nX3Nlc2lvbi${n}` };
  };
  const say = async (text: string, from = secretary, mentions?: typeof secretary[]) => {
    await h.say(from, text, mentions ? { mentions } : {});
    return h.lastText();
  };
  const holdSession = (agenda: string) => h.startSession(`orden del día\n${agenda}`, [['presidencia', [chair]], ['integrantes', [luis, sofia]]], [chair, luis, sofia]);

  it('given the fifth session, when agreements are recorded with area and due date and it closes, then they are open agreements', async () => {
    meeting(5);
    expect(await say('seguimiento')).toMatch(/Todavía no hay una sesión en esta reunión/);
    await holdSession(FIFTH);
    expect(await say('seguimiento')).toBe('El orden del día no tiene un punto de «seguimiento de acuerdos». Indica el punto: «seguimiento 2».');
    expect(await say('seguimiento punto 3')).toMatch(/No encuentro una sesión clausurada anterior de «COMISIÓN PERMANENTE DE VINCULACIÓN CON ORGANISMOS EXTERNOS»/);
    await say('punto 2');
    expect(await say('acuerdo: Publicar el programa anual en el portal. Responsable: Unidad de Comunicación. Plazo: 15/07/2024')).toBe('Acuerdo registrado.');
    expect(await say('acuerdo: Remitir el programa al Consejo General; plazo: 2024-07-01')).toBe('Acuerdo registrado.');
    expect(await say('acuerdo: Informar avances. Plazo: la próxima semana')).toBe('El dato «plazo» no es una fecha AAAA-MM-DD. Corrígelo e inténtalo de nuevo.');
    await say('votación');
    for (const p of [chair, luis, sofia]) await h.click(p, 'ballot', { card: 'vote', voteId: (await h.view()).openVote?.id, choice: 'in-favour' });
    await say('cerrar votación');
    expect(await say('cumplido 1')).toBe('No hay un acuerdo con ese número en el seguimiento de esta sesión. Escribe «seguimiento» para ver la lista.');
    await say('clausura');
    const view = await h.view();
    expect(view.phase).toBe('closed');
    expect(view.agreements.map((a) => a.text)).toEqual(['Publicar el programa anual en el portal.', 'Remitir el programa al Consejo General']);
  });

  it('given the sixth session in another meeting, when the secretary asks for the follow-up, then the open agreements land on item 2 and are listed', async () => {
    meeting(6);
    await holdSession(SIXTH);
    expect(await say('cumplido 1', luis)).toBe('No hay un acuerdo con ese número en el seguimiento de esta sesión. Escribe «seguimiento» para ver la lista.');
    expect(await say('seguimiento', luis)).toBe('Solo Secretaría Técnica o Presidencia puede hacerlo.');
    const list = await say('seguimiento');
    expect(list).toBe([
      'Seguimiento de acuerdos (punto 2), de «QUINTA SESIÓN ORDINARIA»:',
      '1. Publicar el programa anual en el portal. · Responsable: Unidad de Comunicación · Plazo: 15 de julio de 2024 · pendiente',
      '2. Remitir el programa al Consejo General · Plazo: 1 de julio de 2024 · pendiente',
      'Para marcar uno como cumplido: «@Sesiona cumplido N» (y una nota, si la hay).',
    ].join('\n'));
    // asking again shows the list; it does not import twice
    expect(await say('seguimiento')).toBe(list);
    expect(await say('seguimiento punto 3')).toBe('El seguimiento de acuerdos ya se incorporó en el punto 2.');
  });

  it('when the secretary marks one done with a note, then it is recorded in the sixth session and the list shows it; twice is refused', async () => {
    await say('punto 2');
    expect(await say('cumplido 1 Publicado el 10 de julio')).toMatch(/^Seguimiento de acuerdos[\s\S]*1\. Publicar el programa anual en el portal\. · Responsable: Unidad de Comunicación · Plazo: 15 de julio de 2024 · ✔ cumplido \(Publicado el 10 de julio\)\n2\. Remitir[^\n]*· pendiente/);
    // the item card of the follow-up item shows the list, kept up to date
    const itemCard = cardText(h.currentCard(/"Punto 2"/)!.card);
    expect(itemCard).toMatch(/Seguimiento de acuerdos\*\*\n1\. Publicar el programa anual en el portal\. \(Responsable: Unidad de Comunicación · Plazo: 15 de julio de 2024\) — ✔ cumplido\n2\. Remitir el programa al Consejo General \(Plazo: 1 de julio de 2024\) — pendiente/);
    expect(await say('cumplido 1')).toBe('Ese acuerdo ya está marcado como cumplido.');
    expect(await say('cumplido 9')).toBe('No hay un acuerdo con ese número en el seguimiento de esta sesión. Escribe «seguimiento» para ver la lista.');
    expect(await say('agreement done 2', sofia)).toBe('Solo Secretaría Técnica o Presidencia puede hacerlo.');
    expect(await say('acuerdo: Presentar el informe anual. Plazo: 15/12/2024')).toBe('Acuerdo registrado.');
  });

  it('when the sixth session closes, then its minutes carry the follow-up and the one still open carries over to the next session', async () => {
    await say('clausura');
    const minutes = h.lastText();
    expect(minutes).toMatch(/Se clausura la sesión/);
    await say('minuta');
    const link = /(http:\/\/[^\s)]+minutes\.md[^\s)]*)/.exec(h.lastText())![1]!;
    const md = await (await fetch(link)).text();
    expect(md).toMatch(/Seguimiento de acuerdos \(tratado en el punto 2\)/);
    expect(md).toMatch(/\| 1 \| Publicar el programa anual en el portal\. \| QUINTA SESIÓN ORDINARIA, punto 2 \| Unidad de Comunicación \| 15 de julio de 2024 \| Cumplido a las \d\d:\d\d h — Publicado el 10 de julio \|/);
    expect(md).toMatch(/\| 2 \| Remitir el programa al Consejo General \| QUINTA SESIÓN ORDINARIA, punto 2 \| — \| 1 de julio de 2024 \| En proceso \|/);

    meeting(7);
    await holdSession(SIXTH.replace('SEXTA', 'SÉPTIMA'));
    // one still open from the fifth, carried by the sixth, and the sixth's own: each line says where it comes from
    expect(await say('seguimiento')).toBe([
      'Seguimiento de acuerdos (punto 2):',
      '1. Remitir el programa al Consejo General · de «QUINTA SESIÓN ORDINARIA» · Plazo: 1 de julio de 2024 · pendiente',
      '2. Presentar el informe anual. · de «SEXTA SESIÓN ORDINARIA» · Plazo: 15 de diciembre de 2024 · pendiente',
      'Para marcar uno como cumplido: «@Sesiona cumplido N» (y una nota, si la hay).',
    ].join('\n'));
    expect(cardText(h.currentCard(/Orden del día · /)!.card)).toMatch(/SÉPTIMA/);
  });
});
