/**
 * A whole formal session from the seed's order of the day, run through the real /api/messages endpoint with
 * activities as Teams sends them, and the replies and card updates captured by the local Bot Connector.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageToBot, postActivity } from '../../src/local-connector/teams-activities';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { cardBytes, cardProblems } from '../support/validate-card';

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');
const { secretary, chair, luis, sofia, representative, guest } = PEOPLE;

describe('a whole session of the commission, through the bot', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start();
  });
  afterAll(() => h.stop());

  const sessionMessage = async (from = secretary, text: string, mentions?: typeof secretary[]) => {
    const { reply } = await h.say(from, text, mentions ? { mentions } : {});
    expect(reply.status).toBe(200);
    return h.lastText();
  };
  const invokeCard = (reply: { body: any }) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(reply.body.statusCode).toBe(200);
    expect(reply.body.type).toBe('application/vnd.microsoft.card.adaptive');
    return reply.body.value;
  };
  const invokeMessage = (reply: { body: any }) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(reply.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    return reply.body.value as string;
  };

  it('1. the secretary gives the order of the day; the bot shows it for confirmation and creates the session', async () => {
    await sessionMessage(secretary, `orden del día\n${SEED}`);
    const draft = h.postedCards().pop()!;
    const text = cardText(draft.card);
    expect(text).toMatch(/Orden del día leído/);
    expect(text).toMatch(/Fecha y hora: 2024-06-24 12:30/);
    expect(text).toMatch(/^5\.h\. Presentación del informe/m);
    const draftId = draft.card.actions[0].data.draftId;

    // someone else cannot confirm it
    expect(invokeMessage(await h.click(luis, 'confirm-agenda', { card: 'draft', draftId }))).toMatch(/Solo quien envió el orden del día/);

    // the secretary corrects item 5.b to a vote and confirms
    const confirmed = invokeCard(await h.click(secretary, 'confirm-agenda', { card: 'draft', draftId, 'kind-5.b': 'vote' }));
    expect(cardText(confirmed)).toMatch(/Sesión creada con este orden del día/);
    expect(h.lastText()).toMatch(/Sesión creada: «SEXTA SESIÓN ORDINARIA DE 2024», 14 puntos/);

    // a double click changes nothing
    expect(cardText(invokeCard(await h.click(secretary, 'confirm-agenda', { card: 'draft', draftId })))).toMatch(/Sesión creada/);
    const view = await h.view();
    expect(view.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(view.agenda[4]!.items.map((i) => `${i.number}:${i.kind}`)).toContain('5.b:vote');
    expect(view.members).toEqual([expect.objectContaining({ id: secretary.aadObjectId, role: 'secretary' })]);
  });

  it('2. the roster is set by mentions; only the secretary may set it', async () => {
    expect(await sessionMessage(luis, 'integrantes', [luis])).toMatch(/Solo Secretaría Técnica puede hacerlo/);
    expect(await sessionMessage(secretary, 'presidencia', [chair])).toMatch(/Integración actualizada: Ana Presidenta \(Presidencia\)/);
    await sessionMessage(secretary, 'integrantes', [luis, sofia]);
    await sessionMessage(secretary, 'representantes', [representative]);
    expect(await sessionMessage(secretary, 'invitados', [guest])).toMatch(/Gina Invitada \(Persona invitada\)/);
    const view = await h.view();
    expect(view.members.map((m) => `${m.name}:${m.role}`)).toEqual([
      'Marta Secretaria:secretary', 'Ana Presidenta:chair', 'Luis Consejero:voting-member', 'Sofía Consejera:voting-member',
      'Pedro Representante:representative', 'Gina Invitada:guest',
    ]);
  });

  it('3. roll call: members say present with the button; quorum is live; no quorum, no session', async () => {
    expect(await sessionMessage(luis, 'pase de lista')).toBe('Solo Secretaría Técnica o Presidencia puede hacerlo.');
    await sessionMessage(secretary, 'pase de lista');
    expect(cardText(h.currentCard(/Pase de lista/)!.card)).toMatch(/Quórum: 0\/3 \(se requieren 2\) ✘/);

    const mine = invokeCard(await h.click(chair, 'present', { card: 'roll-call' }));
    expect(cardText(mine)).toMatch(/Tu asistencia está registrada ✔/);
    expect(await sessionMessage(secretary, 'iniciar sesión')).toBe('No hay quórum: está presente 1 de 3 integrantes con derecho a voto y se requieren 2. Registra los regresos («regresa @Nombre») o decreta un receso («receso»).');
    invokeCard(await h.click(luis, 'present', { card: 'roll-call' }));
    expect(invokeMessage(await h.click(luis, 'present', { card: 'roll-call' }))).toBe('Tu asistencia ya está registrada.');
    // the secretary marks Sofía present from her view of the card
    invokeCard(await h.click(secretary, 'mark-present', { card: 'roll-call', memberId: sofia.aadObjectId }));
    invokeCard(await h.click(representative, 'present', { card: 'roll-call' }));
    expect(cardText(h.currentCard(/Pase de lista/)!.card)).toMatch(/Quórum: 3\/3 \(se requieren 2\) ✔/);
  });

  it('4. the session starts; no item before the order of the day is approved, by a vote put with the button', async () => {
    await sessionMessage(secretary, 'iniciar sesión');
    const agenda = h.currentCard(/Orden del día · /)!;
    expect(cardText(agenda.card)).toMatch(/Estado: En sesión/);
    expect(cardText(agenda.card)).toMatch(/Fecha: lunes 24 de junio de 2024, 12:30 horas/);
    expect(await sessionMessage(secretary, 'siguiente')).toBe('Antes de tratar el punto 1 hay que aprobar el orden del día: escribe «aprobar orden del día» para someterlo a votación.');

    invokeCard(await h.click(secretary, 'command', { card: 'agenda', command: 'approve-agenda' }));
    const voteId = (await h.view()).openVote!.id;
    expect(cardText(h.currentCard(/Votación económica · Orden del día/)!.card)).toMatch(/Sin modificaciones al orden del día publicado/);
    for (const p of [chair, luis, sofia]) invokeCard(await h.click(p, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }));
    const closed = invokeCard(await h.click(secretary, 'command', { card: 'vote', command: 'close-vote', voteId }));
    expect(cardText(closed)).toMatch(/Aprobado por unanimidad/);
    const view = await h.view();
    expect(view.agendaApproved).toBe(true);
    expect(view.procedureVotes[0]).toMatchObject({ subject: 'agenda', outcome: 'approved-unanimously', tally: { inFavour: 3, against: 0, abstain: 0 } });
    expect(cardText(invokeCard(await h.click(secretary, 'refresh', { card: 'agenda' })))).toMatch(/\[Siguiente punto\]/);
  });

  it('5. item 1 is put to a nominal vote: one member against, rejections for non-voters and double votes', async () => {
    await sessionMessage(secretary, 'siguiente');
    expect(cardText(h.currentCard(/Punto 1/)!.card)).toMatch(/Este punto se somete a votación/);
    expect(await sessionMessage(secretary, 'siguiente')).toMatch(/El punto 1 se somete a votación/);

    await sessionMessage(secretary, 'votación nominal');
    const voteCard = h.currentCard(/Votación nominal · Punto 1/)!;
    expect(cardText(voteCard.card)).toMatch(/han votado 0 de 3/);
    expect(voteCard.card.refresh.userIds).toEqual(expect.arrayContaining([chair.id, luis.id, sofia.id, secretary.id]));
    const voteId = voteCard.card.actions.find((a: { verb: string }) => a.verb === 'refresh').data.voteId;

    // a voter's own view has the ballot buttons; after voting it shows their vote
    const luisView = invokeCard(await h.click(luis, 'refresh', { card: 'vote', voteId }));
    expect(cardText(luisView)).toMatch(/\[A favor\][\s\S]*\[En contra\][\s\S]*\[Abstención\]/);
    expect(cardText(invokeCard(await h.click(luis, 'ballot', { card: 'vote', voteId, choice: 'against' })))).toMatch(/Tu voto: En contra ✔/);
    expect(invokeMessage(await h.click(luis, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }))).toMatch(/Ya votaste/);
    expect(invokeMessage(await h.click(guest, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }))).toMatch(/Solo las y los integrantes con derecho a voto/);
    expect(invokeMessage(await h.click(representative, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }))).toMatch(/Solo las y los integrantes con derecho a voto/);
    expect(invokeMessage(await h.click(secretary, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }))).toMatch(/Solo las y los integrantes/);
    // the actor comes from the activity, never from card data
    invokeMessage(await h.click(guest, 'ballot', { card: 'vote', voteId, choice: 'in-favour', voter: chair.aadObjectId }));

    invokeCard(await h.click(chair, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }));
    invokeCard(await h.click(sofia, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }, { locale: 'en-US' }));
    const open = cardText(h.currentCard(/Votación nominal · Punto 1/)!.card);
    expect(open).toMatch(/han votado 3 de 3/);
    expect(open).toMatch(/Luis Consejero — En contra/);

    // the chair closes it from her own view, in English
    const closing = await h.click(chair, 'command', { card: 'vote', command: 'close-vote' }, { locale: 'en-US' });
    expect(cardText(invokeCard(closing))).toMatch(/Approved by majority/);
    const closed = cardText(h.currentCard(/Votación nominal · Punto 1/)!.card);
    expect(closed).toMatch(/Aprobado por mayoría/);
    expect(closed).toMatch(/A favor: 2\nEn contra: 1\nAbstención: 0/);
    expect(closed).toMatch(/Luis Consejero — En contra\n• Ana Presidenta — A favor\n• Sofía Consejera — A favor/);
    expect(invokeMessage(await h.click(sofia, 'ballot', { card: 'vote', voteId, choice: 'against' }))).toMatch(/No hay una votación abierta/);

    expect(await sessionMessage(secretary, 'acuerdo: Se aprueba la minuta de la quinta sesión ordinaria.')).toBe('Acuerdo registrado.');
  });

  it('6. the reports are presented one after the other, with a recess and a resume on the way', async () => {
    await sessionMessage(secretary, 'siguiente'); // 2
    await sessionMessage(secretary, 'siguiente'); // 3
    expect(await sessionMessage(secretary, 'receso por falla de conexión')).toBe('La sesión entra en receso.');
    expect(await sessionMessage(secretary, 'siguiente')).toMatch(/La sesión está en receso/);
    expect(await sessionMessage(secretary, 'reanudar')).toBe('Se reanuda la sesión.');
    for (let i = 0; i < 3; i++) await sessionMessage(secretary, 'siguiente'); // 4, 5, 5.a
    expect((await h.view()).currentItem).toBe('5.a');
    await sessionMessage(secretary, 'siguiente'); // 5.b, corrected to a vote
    expect(cardText(h.currentCard(/Punto 5\.b/)!.card)).toMatch(/Para votación/);
  });

  it('7. a tie in item 5.b is decided by the chair\'s casting vote', async () => {
    await sessionMessage(secretary, 'votación');
    const voteId = (await h.view()).openVote!.id;
    invokeCard(await h.click(chair, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }));
    invokeCard(await h.click(luis, 'ballot', { card: 'vote', voteId, choice: 'against' }));
    invokeCard(await h.click(sofia, 'ballot', { card: 'vote', voteId, choice: 'abstain' }));
    const open = cardText(h.currentCard(/Votación económica · Punto 5\.b/)!.card);
    expect(open).toMatch(/Luis Consejero\n/);
    expect(open).not.toMatch(/En contra/); // económica: names only while open
    await sessionMessage(secretary, 'cerrar votación');
    const closed = cardText(h.currentCard(/Votación económica · Punto 5\.b/)!.card);
    expect(closed).toMatch(/Aprobado por el voto de calidad de la Presidencia \(empate\)/);
  });

  it('8. the remaining items, a general matter (delivered twice by Teams), and the closing', async () => {
    for (let i = 0; i < 7; i++) await sessionMessage(secretary, 'siguiente'); // 5.c … 5.h, 6
    expect((await h.view()).currentItem).toBe('6');
    const matter = messageToBot(h.chat, secretary, 'asunto general: Calendario de sesiones del segundo semestre');
    await postActivity(h.app.url, matter);
    await postActivity(h.app.url, matter); // the same activity redelivered
    await h.app.bot.idle();
    const view = await h.view();
    expect(view.agenda[5]!.items.map((i) => `${i.number} ${i.title}`)).toEqual(['6.a Calendario de sesiones del segundo semestre']);
    expect(h.texts().filter((t) => t === 'Asunto general agregado al orden del día.')).toHaveLength(1);

    await sessionMessage(secretary, 'siguiente'); // 6.a
    expect(await sessionMessage(secretary, 'clausura')).toMatch(/Se clausura la sesión/);
    expect(await sessionMessage(secretary, 'siguiente')).toBe('La sesión ya fue clausurada; no se registra nada más.');
    expect(await sessionMessage(luis, 'estado')).toMatch(/SEXTA SESIÓN ORDINARIA DE 2024: Sesión clausurada/);
  });

  it('9. the final record and the final cards tell the same story', async () => {
    const view = await h.view();
    expect(view.phase).toBe('closed');
    const status = (n: string) => [...view.agenda, ...view.agenda.flatMap((i) => i.items)].find((i) => i.number === n)!;
    expect(status('1')).toMatchObject({ status: 'approved', vote: { method: 'nominal', outcome: 'approved-by-majority', tally: { inFavour: 2, against: 1, abstain: 0 } } });
    expect(status('1').vote!.ballots.map((b) => `${b.name}:${b.choice}`)).toEqual(['Luis Consejero:against', 'Ana Presidenta:in-favour', 'Sofía Consejera:in-favour']);
    expect(status('5.b')).toMatchObject({ status: 'approved', vote: { method: 'economica', basis: 'casting-vote' } });
    for (const n of ['2', '3', '4', '5', '5.a', '5.h', '6', '6.a']) expect(status(n).status).toBe('presented');
    expect(view.agreements.map((a) => `${a.item}: ${a.text}`)).toEqual(['1: Se aprueba la minuta de la quinta sesión ordinaria.']);
    expect(view.recesses).toEqual([expect.objectContaining({ reason: 'por falla de conexión', endedAt: expect.any(String) })]);
    // the secretary who ran the session is present in the record
    expect(view.members.filter((m) => m.present).map((m) => m.name)).toEqual(['Marta Secretaria', 'Ana Presidenta', 'Luis Consejero', 'Sofía Consejera', 'Pedro Representante']);

    const agenda = cardText(h.currentCard(/Orden del día · /)!.card);
    expect(agenda).toMatch(/Estado: Sesión clausurada/);
    expect(agenda).toMatch(/✔ \*\*1\.\*\* .* — _Aprobado por mayoría \(2-1-0\)_/);
    expect(agenda).toMatch(/\*\*6\.a\.\*\* Calendario de sesiones del segundo semestre — _Presentado_/);
  });

  it('10. the secretary asks for the minutes: every item, each vote count and each nominal vote, in Markdown and Word', async () => {
    const reply = await sessionMessage(luis, 'minuta');
    const [docxLink, mdLink] = [...reply.matchAll(/(http:\/\/\S+?minutes\.(?:docx|md)\S*?)(?=[\s)])/g)].map((m) => m[1]!);
    expect(reply).toMatch(/Votaciones: 1: Aprobado por mayoría; 5\.b: Aprobado por el voto de calidad de la Presidencia \(empate\)/);
    const md = await (await fetch(mdLink!)).text();
    for (const n of ['1', '2', '3', '4', '5', '5.a', '5.b', '5.c', '5.d', '5.e', '5.f', '5.g', '5.h', '6', '6.a']) expect(md).toMatch(new RegExp(`^#{3,5} ${n.replace('.', '\\.')}\\. `, 'm'));
    expect(md).toMatch(/En votación nominal, se aprobó por mayoría de votos \(2 a favor, 1 en contra\)\.\n\nA favor 2 · En contra 1 · Abstención 0/);
    expect(md).toMatch(/\| Luis Consejero \| En contra \|\n\| Sofía Consejera \| A favor \|/);
    expect(md).toMatch(/En votación económica, se aprobó por el voto de calidad de la Presidencia, al haber empate \(1 a favor, 1 en contra, 1 abstención\)\.\n\nA favor 1 · En contra 1 · Abstención 1/);
    expect(md).toMatch(/A las \d\d:\d\d h se sometió a votación económica el orden del día, que se aprobó por unanimidad de votos de las consejerías presentes \(3 votos a favor\)\./);
    expect(md).toMatch(/\| Marta Secretaria \| Secretaría Técnica \| Presente \|/);
    expect(md).toMatch(/Se aprueba la minuta de la quinta sesión ordinaria\./);
    expect(md).toMatch(/Se registró el asunto general siguiente: 6\.a\. Calendario de sesiones del segundo semestre\.\n\n#### 6\.a\. Calendario de sesiones del segundo semestre\n\nSe dio cuenta del asunto\./);
    expect(md).toMatch(/Receso de \d\d:\d\d h a \d\d:\d\d h \(por falla de conexión\)/);
    const docx = Buffer.from(await (await fetch(docxLink!)).arrayBuffer());
    const { value } = await (await import('mammoth')).extractRawText({ buffer: docx });
    expect(value).toMatch(/Proyecto de minuta de la SEXTA SESIÓN ORDINARIA DE 2024/);
    expect(value).toMatch(/Luis Consejero\s+En contra/);
    expect(value).toMatch(/5\.h\. Presentación del informe/);
  });

  it('11. every card the bot sent is a valid Adaptive Card 1.5 under 40 KB, and the connector saw no more than Teams allows', () => {
    const sent = [...h.connector.activities(h.chat.conversationId), ...h.connector.updates(h.chat.conversationId)]
      .map((c) => c.body?.attachments?.[0]?.content).filter(Boolean);
    expect(sent.length).toBeGreaterThan(20);
    for (const card of sent) {
      expect(cardProblems(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(40 * 1024);
    }
    const rate = h.connector.maxObservedRate(h.chat.conversationId);
    expect(rate.per1s).toBeLessThanOrEqual(7);
    expect(rate.per2s).toBeLessThanOrEqual(8);
    expect(rate.per30s).toBeLessThanOrEqual(60);
  });
});
