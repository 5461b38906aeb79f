/**
 * Votes as electoral bodies take them, through the real /api/messages endpoint with activities as Teams sends them:
 * on item 1 (a draft agreement) Luis reserves a part with a proposed wording by the card's button, Sofía one typed,
 * and the secretary one for Luis which he withdraws; the item is approved en lo general; the secretary puts
 * reservation 1 to the vote with the card's button (the proposal wins) and reservation 2 typed (the part is
 * rejected), and the item card shows what became of each. Sofía announces a voto particular typed and one with the
 * closed vote card's button, is refused a voto concurrente her ballot does not fit, and files a document by its
 * link. On item 2 Sofía excuses herself with the card's button: the vote card names her excused and her ballot is
 * refused with the domain's reason. Some commands in the wrong form get their right form.
 *
 * The server's clock is the test's: it stands at 12:30 h in Mexico City on the session's day, so the due date of an
 * opinion (two days after its vote, the default rule) is exact.
 */
import { ManualTime } from '../support/manual-time';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { cardProblems } from '../support/validate-card';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el programa anual de trabajo.\n2. Proyecto de acuerdo por el que se aprueban los convenios de colaboración.\n3. Asuntos generales.';
const { secretary, chair, luis, sofia, representative } = PEOPLE;
type Person = typeof luis;
type Card = { body: unknown[]; actions?: unknown[] };
type Button = { title: string; verb: string; data: Record<string, unknown> };
type Ref = Record<string, unknown>;

// a busy chat: Teams' rate limits make the bot's sends wait their turn
jest.setTimeout(90_000);

const EN = { locale: 'en-US' };
const PROPOSAL = 'Sustituir «30 días» por «15 días hábiles»';

/** Every button of a card, those inside the forms it opens too (Action.ShowCard). */
function buttonsOf(card: unknown): Button[] {
  const found: Button[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Execute') found.push(o as unknown as Button);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}
const titles = (card: unknown) => buttonsOf(card).map((b) => b.title);

describe('votes in parts, excusals and separate opinions, through the bot', () => {
  let h: MeetingHarness;
  const time = new ManualTime('2024-06-24T18:30:00.000Z'); // 12:30 h in Mexico City
  beforeAll(async () => {
    h = await MeetingHarness.start({ time });
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['representantes', [representative]]], [chair, luis, sofia, representative]);
    await h.say(secretary, 'siguiente'); // item 1 under way
  });
  afterAll(() => h.stop());

  /** A card as this person sees it (what Teams shows them by refreshing it); every one a valid card. */
  const viewOf = async (who: Person, ref: Ref, options: { locale?: string } = {}): Promise<Card> => {
    const reply = await h.click(who, 'refresh', ref, options);
    expect(reply.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(reply.body.value)).toEqual([]);
    return reply.body.value as Card;
  };
  /** Clicks this person's button `title` on a card, with what they put in the card's inputs; the invoke's answer. */
  const press = async (who: Person, ref: Ref, title: string, inputs: Record<string, unknown> = {}, options: { locale?: string } = {}) => {
    const mine = await viewOf(who, ref, options);
    const found = buttonsOf(mine).find((b) => b.title === title);
    if (!found) throw new Error(`${who.name} has no button "${title}": ${titles(mine).join(' | ')}`);
    const reply = await h.click(who, found.verb, { ...found.data, ...inputs }, options);
    return reply.body as { type: string; value: unknown };
  };
  const said = async (who: Person, text: string, options: { mentions?: Person[]; locale?: string } = {}) => {
    const before = h.texts().length;
    await h.say(who, text, options);
    return h.texts().slice(before).join('\n');
  };
  const ballots = async (choices: [Person, 'in-favour' | 'against' | 'abstain'][]) => {
    const voteId = (await h.view()).openVote!.id;
    for (const [who, choice] of choices) {
      const reply = await h.click(who, 'ballot', { card: 'vote', voteId, choice });
      expect(reply.body.type).toBe('application/vnd.microsoft.card.adaptive');
    }
    return voteId;
  };
  const ITEM_1 = { card: 'item', number: '1' };
  const ITEM_2 = { card: 'item', number: '2' };
  /** The item's card in the chat, as everyone sees it. */
  const shared = (number: string) => cardText(h.currentCard(new RegExp(`"text":"Punto ${number.replace('.', '\\.')}"`))!.card);
  /** A vote's card in the chat, as everyone sees it. */
  const voteCardText = (heading: string) => cardText(h.currentCard(new RegExp(heading))!.card);

  it('given item 1 under way, when Luis reserves a part with a proposal by the card\'s button and Sofía one typed, then the item card lists both in order', async () => {
    expect(titles(await viewOf(luis, ITEM_1))).toEqual(expect.arrayContaining(['Reservar', 'Excusarme']));
    expect(titles(await viewOf(representative, ITEM_1))).not.toContain('Reservar');
    const answer = await press(luis, ITEM_1, 'Reservar', { reservedPart: 'Punto resolutivo tercero', reservedProposal: PROPOSAL });
    expect(cardText(answer.value)).toMatch(/1\. Punto resolutivo tercero — Luis Consejero\nPropuesta: «Sustituir «30 días» por «15 días hábiles»»/);
    expect(await said(sofia, 'reservar considerando 12'))
      .toBe('Sofía Consejera reserva del punto 1: considerando 12 (reserva 2). Se votará en lo particular si el punto se aprueba en lo general.');
    expect(shared('1')).toMatch(/\*\*Reservas para la votación en lo particular\*\*\n1\. Punto resolutivo tercero — Luis Consejero\nPropuesta: «Sustituir[^\n]*\n2\. considerando 12 — Sofía Consejera/);
  });

  it('when the secretary records a reservation for Luis by mentioning him, then it is his; he withdraws it by its number; a number not on the list is answered with the list', async () => {
    expect(await said(secretary, `reservar el punto resolutivo quinto de <at>${luis.name}</at>: Eliminar el plazo`, { mentions: [luis] }))
      .toBe('Luis Consejero reserva del punto 1: punto resolutivo quinto, con la propuesta «Eliminar el plazo» (reserva 3). Se votará en lo particular si el punto se aprueba en lo general.');
    expect(await said(sofia, 'retirar reserva 3')).toBe('Solo Secretaría Técnica o Presidencia puede hacerlo.');
    expect(await said(luis, 'retirar reserva 3')).toBe('Se retiró una reserva del punto 1.');
    expect(await said(luis, 'retirar reserva 4'))
      .toBe('El punto 1 tiene 2 reservas: 1. Punto resolutivo tercero (Luis Consejero); 2. considerando 12 (Sofía Consejera). Escribe el número de la lista, por ejemplo «@Sesiona retirar reserva 1».');
    expect(await said(luis, 'retirar reserva')).toMatch(/^Di qué reserva retiras con su número en la lista de reservas de la tarjeta del punto: «@Sesiona retirar reserva 1»\.$/);
    expect((await h.view()).agenda[0]!.reservations.map((r) => r.part)).toEqual(['Punto resolutivo tercero', 'considerando 12']);
  });

  it('when the secretary opens the vote, then it is en lo general; once approved, reservations are closed, the item is not left, and whoever conducts may vote each part', async () => {
    expect(await said(secretary, 'votar reserva 1')).toBe('Primero se vota el punto 1 en lo general («abrir votación»); después, cada reserva en lo particular.');
    await h.say(secretary, 'votación nominal');
    const general = voteCardText('Votación nominal · Punto 1, en lo general');
    expect(general).toMatch(/Se vota el proyecto en lo general, sin las partes reservadas: 1\. Punto resolutivo tercero · 2\. considerando 12\./);
    await ballots([[chair, 'in-favour'], [luis, 'in-favour'], [sofia, 'in-favour']]);
    await h.say(secretary, 'cerrar votación');
    expect(shared('1')).toMatch(/En lo general: Aprobado por unanimidad/);
    expect(shared('1')).toMatch(/1\. Punto resolutivo tercero — Luis Consejero · por votar en lo particular/);
    expect(await said(luis, 'reservar considerando 3')).toBe('El punto 1 ya fue votado.');
    expect(await said(secretary, 'siguiente')).toBe('El punto 1 se aprobó en lo general y quedan 2 reservas por votar en lo particular («votar reserva»).');
    expect(titles(await viewOf(secretary, ITEM_1))).toEqual(expect.arrayContaining(['Votar en lo particular (reserva 1)', 'Votar en lo particular (reserva 2)']));
    expect(titles(await viewOf(luis, ITEM_1))).not.toContain('Votar en lo particular (reserva 1)');
  });

  it('when reservation 1 is put to the vote with the card\'s button and the proposal wins, then the item card says the proposal was adopted; Sofía, against, announces a voto particular typed', async () => {
    await press(secretary, ITEM_1, 'Votar en lo particular (reserva 1)');
    const particular = voteCardText('Votación nominal · Punto 1, en lo particular: Punto resolutivo tercero');
    expect(particular).toMatch(/Reserva de Luis Consejero\nPropuesta: «Sustituir «30 días» por «15 días hábiles»»\nA favor: la propuesta de modificación; en contra: la redacción del proyecto\./);
    await ballots([[chair, 'in-favour'], [luis, 'in-favour'], [sofia, 'against']]);
    await h.say(secretary, 'cerrar votación');
    expect(shared('1')).toMatch(/1\. Punto resolutivo tercero — Luis Consejero · se aprobó la propuesta de modificación \(engrose\)/);
    expect(await said(sofia, 'voto particular')).toBe(
      'Sofía Consejera anuncia voto particular sobre la votación «Punto 1, en lo particular: Punto resolutivo tercero»; lo presenta a más tardar el miércoles 26 de junio de 2024, 12:30 horas. '
      + 'Cuando lo tengas: «@Sesiona documento del voto https://…».',
    );
    expect(voteCardText('en lo particular: Punto resolutivo tercero')).toMatch(/• Sofía Consejera — Voto particular · se presenta a más tardar el miércoles 26 de junio de 2024, 12:30 horas/);
  });

  it('when reservation 2 is put to the vote typed and rejected, then the item card says the part is not in the agreement and nothing is left to vote on it', async () => {
    expect(await said(secretary, 'votar reserva 7')).toMatch(/^El punto 1 tiene 2 reservas: .*«@Sesiona votar reserva 1»\.$/);
    await h.say(secretary, 'votar reserva 2');
    expect(voteCardText('Votación económica · Punto 1, en lo particular: considerando 12'))
      .toMatch(/A favor: la parte reservada en los términos del proyecto; en contra: se suprime del acuerdo\./);
    await ballots([[chair, 'against'], [luis, 'against'], [sofia, 'in-favour']]);
    await h.say(secretary, 'cerrar votación');
    expect(shared('1')).toMatch(/2\. considerando 12 — Sofía Consejera · no se aprobó; no forma parte del acuerdo/);
    expect(titles(await viewOf(secretary, ITEM_1))).not.toContain('Votar en lo particular (reserva 2)');
  });

  it('then Sofía (in favour of what was rejected) announces a voto particular with the closed vote card\'s button, is refused a voto concurrente, and files the document by its link', async () => {
    const view = await h.view();
    const voteId = view.agenda[0]!.votes[2]!.id;
    const ref = { card: 'vote', voteId };
    expect(titles(await viewOf(sofia, ref))).toEqual(['Voto particular', 'Voto razonado']);
    expect(titles(await viewOf(luis, ref, EN))).toEqual(['Concurring opinion', 'Reasoned opinion']);
    const answer = await press(sofia, ref, 'Voto particular');
    expect(cardText(answer.value)).toMatch(/• Sofía Consejera — Voto particular · se presenta a más tardar el miércoles 26 de junio de 2024, 12:30 horas/);
    expect(titles(answer.value)).toEqual(['Voto razonado']);
    expect(await said(sofia, 'voto concurrente'))
      .toBe('Un voto concurrente acompaña lo decidido, y tu voto fue en otro sentido. Si disientes, anuncia un voto particular; para explicar tu voto, uno razonado.');
    expect(await said(sofia, 'voto particular')).toBe('Ya anunciaste ese tipo de voto sobre esta votación.');
    expect(await said(sofia, 'documento del voto http://intranet/voto.pdf')).toMatch(/^La liga del documento debe ser una dirección https:\/\//);
    expect(await said(sofia, 'documento del voto https://ieecm.sharepoint.com/sites/CPVOE/VotoParticular-considerando12.pdf'))
      .toBe('Se registró el documento del voto particular de Sofía Consejera: https://ieecm.sharepoint.com/sites/CPVOE/VotoParticular-considerando12.pdf');
    expect(voteCardText('en lo particular: considerando 12')).toMatch(/• Sofía Consejera — Voto particular · \[documento presentado\]\(https:\/\/ieecm\.sharepoint\.com\/sites\/CPVOE\/VotoParticular-considerando12\.pdf\)/);
    // the document goes with her latest opinion without one: the one on reservation 1 is still to be filed
    const opinions = (await h.view()).separateOpinions.map((o) => [o.voteId, o.url !== null]);
    expect(opinions).toEqual([[view.agenda[0]!.votes[1]!.id, false], [voteId, true]]);
    expect(await said(luis, 'opinion document https://example.org/x.pdf', EN)).toMatch(/^You have no dissenting, concurring or reasoned opinion announced without a document\./);
  });

  it('given item 2, when Sofía excuses herself with the card\'s button, then the item and vote cards name her excused and her ballot is refused with the reason', async () => {
    await h.say(secretary, 'siguiente'); // every reservation voted: item 1 may be left
    expect((await h.view()).currentItem).toBe('2');
    const answer = await press(sofia, ITEM_2, 'Excusarme', { excusalReason: 'Conflicto de interés' });
    expect(cardText(answer.value)).toMatch(/\*\*Excusas\*\*\n• Sofía Consejera — Conflicto de interés/);
    expect(await said(sofia, 'me excuso del punto 2')).toBe('Esa excusa en el punto 2 ya está registrada.');
    expect(await said(luis, `excusar a <at>${sofia.name}</at> del punto 2 por parentesco`, { mentions: [sofia] })).toBe('Solo Secretaría Técnica o Presidencia puede hacerlo.');
    expect(await said(secretary, `excusar a <at>${sofia.name}</at> del punto 2`, { mentions: [sofia] })).toBe('Esa excusa en el punto 2 ya está registrada.');
    expect(await said(secretary, 'excusar a Sofía del punto 2')).toMatch(/^Menciona a quien excusas: «@Sesiona excusar a @Nombre del punto 3 por conflicto de interés»\./);
    expect(await said(sofia, 'me excuso')).toMatch(/^Di de qué punto: «@Sesiona me excuso del punto 3»/);
    await h.say(secretary, 'votación');
    expect(voteCardText('Votación económica · Punto 2')).toMatch(/Votación abierta: han votado 0 de 2\.[\s\S]*Excusado\(a\): Sofía Consejera/);
    const voteId = (await h.view()).openVote!.id;
    const refused = await h.click(sofia, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });
    expect(refused.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: 'Estás excusado(a) del punto 2: no participas en sus votaciones ni en sus reservas. No se registró nada.' });
    const en = await h.click(sofia, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }, EN);
    expect(en.body.value).toBe('You are excused from item 2: you take no part in its votes or reservations. Nothing was recorded.');
    await ballots([[chair, 'in-favour'], [luis, 'in-favour']]);
    await h.say(secretary, 'cerrar votación');
    const view = await h.view();
    expect(view.agenda[1]!.vote).toMatchObject({ outcome: 'approved-unanimously', excused: [{ id: sofia.aadObjectId, name: 'Sofía Consejera' }] });
    expect(view.agenda[1]!.vote!.ballots.map((b) => b.name)).toEqual(['Ana Presidenta', 'Luis Consejero']);
    // an excused member did not vote: no opinion on that vote
    expect(await said(sofia, 'voto razonado')).toBe('Solo quien votó puede anunciar un voto particular, concurrente o razonado sobre esa votación.');
    expect(await said(luis, 'dissenting opinion', EN))
      .toBe('A dissenting opinion disagrees with the decision, and your ballot agreed with it. To explain your vote, announce a concurring or reasoned opinion.');
    expect(await said(luis, 'reasoned opinion', EN))
      .toBe('Luis Consejero announces a reasoned opinion on the vote "Item 2", to be filed by Wednesday, June 26, 2024, 12:30. When it is ready: "@Sesiona opinion document https://…".');
  });

  it('then every card in the chat is a valid Adaptive Card', () => {
    for (const { card } of h.postedCards()) expect(cardProblems(card)).toEqual([]);
  });
});
