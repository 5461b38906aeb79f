/**
 * The debate of an item, through the real /api/messages endpoint with activities as Teams sends them: on the seed's
 * order of the day, item 1 under way. Members ask for the floor with the card's button and by typing; the secretary
 * gives it in order and once out of order with the reason; interventions end; round 1 closes and round 2 opens when
 * someone asks; a moción al orador declined and one accepted (its question and answer ended), a moción de orden
 * granted, a time extension. What the item's card shows (in Spanish, and once in English) and the refusals a person
 * sees: a guest asking for the floor, asking twice, a third motion, a command in the wrong form.
 *
 * The server's clock is the test's: it starts at 12:30 h in Mexico City on the session's day and moves only when
 * the test says, so the times the card shows and the time each person spoke are exact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualTime } from '../support/manual-time';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { cardBytes, cardProblems } from '../support/validate-card';

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');
const { secretary, chair, luis, sofia, representative, guest } = PEOPLE;
type Person = typeof luis;
type Card = { body: unknown[]; actions?: unknown[]; refresh?: { userIds: string[] } };
type Button = { title: string; verb: string; data: Record<string, unknown> };

// a busy chat: Teams' rate limits make the bot's sends wait their turn
jest.setTimeout(90_000);

const ITEM = { card: 'item', number: '1' };
const EN = { locale: 'en-US' };
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Every button of a card, those inside the forms it opens too (Action.ShowCard), in reading order. */
function buttonsOf(card: unknown): (Button | { title: string; form: true })[] {
  const found: (Button | { title: string; form: true })[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      // the buttons of votes in parts (Reservar…, Excusarme…) are tests/bot/votes-in-parts.test.ts's
      if (o.verb === 'vote-part' || (o.type === 'Action.ShowCard' && JSON.stringify(o).includes('"verb":"vote-part"'))) return;
      if (o.type === 'Action.Execute') found.push(o as unknown as Button);
      if (o.type === 'Action.ShowCard') found.push({ title: o.title as string, form: true });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}
const titles = (card: unknown) => buttonsOf(card).map((b) => b.title);

describe('the debate of an item, through the bot', () => {
  let h: MeetingHarness;
  const time = new ManualTime('2024-06-24T18:30:00.000Z'); // 12:30 h in Mexico City
  const seen: Card[] = [];
  beforeAll(async () => {
    h = await MeetingHarness.start({ time });
    await h.startSession(`orden del día\n${SEED}`, [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['representantes', [representative]], ['invitados', [guest]]], [chair, luis, sofia, representative]);
    await h.say(secretary, 'siguiente'); // item 1 under way
    await time.advance(MINUTE); // 12:31
  });
  afterAll(() => h.stop());

  /** The item's card in the chat, as everyone sees it. */
  const shared = (): Card => {
    const card = h.currentCard(/"text":"Punto 1"/)!.card as Card;
    seen.push(card);
    return card;
  };
  /** The item's card as this person sees it (what Teams shows them by refreshing it). */
  const viewOf = async (who: Person, options: { locale?: string } = {}): Promise<Card> => {
    const reply = await h.click(who, 'refresh', ITEM, options);
    expect(reply.body.type).toBe('application/vnd.microsoft.card.adaptive');
    seen.push(reply.body.value);
    return reply.body.value as Card;
  };
  /** Clicks this person's button `title` on the item's card, with what they put in the card's inputs. */
  const press = async (who: Person, title: string, inputs: Record<string, unknown> = {}, options: { locale?: string } = {}) => {
    const mine = await viewOf(who, options);
    const found = buttonsOf(mine).find((b): b is Button => b.title === title && 'verb' in b);
    if (!found) throw new Error(`${who.name} has no button "${title}": ${titles(mine).join(' | ')}`);
    const reply = await h.click(who, found.verb, { ...found.data, ...inputs }, options);
    if (reply.body.type === 'application/vnd.microsoft.card.adaptive') seen.push(reply.body.value);
    return reply.body as { type: string; value: unknown };
  };
  const said = async (who: Person, text: string, options: { mentions?: Person[]; locale?: string } = {}) => {
    const before = h.texts().length;
    await h.say(who, text, options);
    return h.texts().slice(before).join('\n');
  };

  it('given item 1 under way, then its card has the debate, everyone with voice gets their own view and may ask for the floor; a guest may not', async () => {
    const card = shared();
    expect(cardText(card)).toMatch(/\*\*Debate\*\* · Nadie ha pedido la palabra\./);
    expect(card.refresh!.userIds).toEqual(expect.arrayContaining([secretary.id, chair.id, luis.id, sofia.id, representative.id]));
    expect(titles(await viewOf(luis))).toEqual(['Pedir la palabra']);
    expect(titles(await viewOf(guest))).toEqual([]);
  });

  it('when members ask for the floor by the button and by typing, then the first opens round 1 and the list keeps their order', async () => {
    const mine = await press(luis, 'Pedir la palabra');
    expect(cardText(mine.value)).toMatch(/\*\*Lista de oradores:\*\* 1\. Luis Consejero/);
    expect(titles(mine.value)).toContain('Retirar mi palabra');
    expect(await said(sofia, 'pido la palabra')).toBe('Sofía Consejera queda en la lista de oradores (ronda 1, lugar 2).');
    expect(await said(representative, 'ask for the floor', EN)).toBe('Pedro Representante is on the list of speakers (round 1, number 3).');
    const text = cardText(shared());
    expect(text).toMatch(/\*\*Debate\*\* · Ronda 1 de 3 · 10 min por intervención/);
    expect(text).toMatch(/\*\*Lista de oradores:\*\* 1\. Luis Consejero · 2\. Sofía Consejera · 3\. Pedro Representante/);
    expect(text).toMatch(/Nadie tiene la palabra\./);
  });

  it('then the refusals are said to whoever asked: a guest has no voice, nobody is on the list twice, a command in the wrong form shows the right one', async () => {
    expect(await said(guest, 'palabra')).toBe('Gina Invitada no tiene derecho a voz en esta sesión: según las reglas del órgano, solo Presidencia, Consejería con voz y voto, Secretaría Técnica o Representación pueden hacer uso de la palabra.');
    expect(await said(sofia, 'pedir la palabra')).toBe('Ya estás en la lista de oradores de este punto; espera tu turno (o escribe «retirar palabra»).');
    expect(await said(secretary, 'ampliar tiempo')).toMatch(/^Falta cuánto tiempo se amplía\. .*«@Sesiona ampliar tiempo 1\.5»/);
    expect(await said(secretary, 'ceder la palabra a Luis')).toMatch(/^Menciona a quien das la palabra: «@Sesiona ceder la palabra a @Nombre»/);
    expect(await said(luis, 'siguiente orador')).toBe('Solo Secretaría Técnica o Presidencia puede hacerlo.');
    expect((await h.view()).debate!.queue.map((p) => p.name)).toEqual(['Luis Consejero', 'Sofía Consejera', 'Pedro Representante']);
  });

  it('when the secretary gives the floor to the next speaker, then the card says who has it, since when and their limit, and who waits', async () => {
    await time.advance(MINUTE); // 12:32
    await press(secretary, 'Siguiente orador');
    const text = cardText(shared());
    expect(text).toMatch(/\*\*Tiene la palabra:\*\* Luis Consejero\nInició 12:32 h · límite 10:00 · hasta las 12:42 h\n/);
    expect(text).toMatch(/\*\*Lista de oradores:\*\* 1\. Sofía Consejera · 2\. Pedro Representante/);
    expect(titles(await viewOf(luis))).toEqual(['Terminar mi intervención', 'Moción de orden…', 'Plantear la moción de orden']);
    expect(titles(await viewOf(sofia))).toEqual(expect.arrayContaining(['Retirar mi palabra', 'Moción al orador…', 'Formular la moción']));
  });

  it('a moción al orador declined: asked with the card, the speaker answers, the intervention goes on and then ends', async () => {
    await time.advance(2 * MINUTE); // 12:34
    await press(sofia, 'Formular la moción', { motionText: '¿Cuál es el costo del programa?' });
    const text = cardText(shared());
    expect(text).toMatch(/\*\*Moción al orador de Sofía Consejera a Luis Consejero: «¿Cuál es el costo del programa\?»\*\* — pendiente: Luis Consejero la acepta o no/);
    expect(text).toMatch(/Inició 12:32 h · límite 10:00 · en pausa desde 12:34 h \(moción\)/);
    expect(titles(await viewOf(luis))).toEqual(['Acepto la moción', 'No acepto la moción']);
    await time.advance(30 * SECOND);
    expect(await said(luis, 'no acepto la moción')).toBe('Luis Consejero no acepta la moción y continúa su intervención.');
    // the half minute the motion took is not his: his time now runs out at 12:42:30
    expect(cardText(shared())).toMatch(/Inició 12:32 h · límite 10:00 · hasta las 12:42 h/);
    expect(cardText(shared())).toMatch(/Mociones: Moción al orador de Sofía Consejera a Luis Consejero: «¿Cuál es el costo del programa\?» — no aceptada/);
    await time.advance(MINUTE); // 12:35:30
    expect(await said(luis, 'termino')).toBe('Terminó la intervención de Luis Consejero: 3:00 de 10:00.');
  });

  it('the floor out of order: without a reason it is refused with the right form; with it, it is given and the card says why', async () => {
    expect(await said(secretary, 'ceder la palabra a', { mentions: [representative] }))
      .toBe('Sofía Consejera espera su turno antes. Para dar la palabra fuera de orden di el motivo: «ceder la palabra a @Nombre por alusiones personales».');
    expect(await said(secretary, `ceder la palabra a <at>${representative.name}</at> por alusiones personales`, { mentions: [representative] }))
      .toBe('Tiene la palabra Pedro Representante: ronda 1, límite 10:00. Fuera de orden: alusiones personales.');
    const text = cardText(shared());
    expect(text).toMatch(/\*\*Tiene la palabra:\*\* Pedro Representante\n.*\nFuera de orden: alusiones personales/);
    expect(text).toMatch(/\*\*Lista de oradores:\*\* 1\. Sofía Consejera/);
  });

  it('a time extension, typed in minutes with decimals and from the card, raises the limit the card shows', async () => {
    await time.advance(MINUTE); // 12:36:30
    expect(await said(secretary, 'ampliar tiempo 1.5')).toBe('Se amplía el tiempo de Pedro Representante en 1:30; su límite es ahora 11:30.');
    await press(secretary, 'Ampliar', { extendMinutes: '0.5' });
    expect(cardText(shared())).toMatch(/\*\*Tiene la palabra:\*\* Pedro Representante\nInició 12:35 h · límite 12:00 \(ampliado 2:00\) · hasta las 12:47 h/);
  });

  it('a moción al orador accepted: the question and the answer each have the floor and end, in English for Pedro', async () => {
    await time.advance(30 * SECOND); // 12:37
    expect(await said(sofia, 'moción al orador ¿Y el calendario?'))
      .toMatch(/^Sofía Consejera formula una moción al orador a Pedro Representante: «¿Y el calendario\?»\. Pedro Representante, ¿la aceptas\?/);
    const pedros = await viewOf(representative, EN);
    expect(titles(pedros)).toEqual(['I accept the question', 'I decline the question']);
    expect(cardText(pedros)).toMatch(/\*\*Motion to the speaker from Sofía Consejera to Pedro Representante: "¿Y el calendario\?"\*\* — pending: Pedro Representante accepts it or not/);
    await time.advance(10 * SECOND); // 12:37:10
    const accepted = await press(representative, 'I accept the question', {}, EN);
    expect(cardText(accepted.value)).toMatch(/\*\*Has the floor:\*\* Sofía Consejera — Question \(motion to the speaker\)\nStarted 12:37 · limit 1:00 · until 12:38\n/);
    await time.advance(20 * SECOND); // 12:37:30
    await press(sofia, 'Terminar mi pregunta');
    expect(cardText(shared())).toMatch(/\*\*Tiene la palabra:\*\* Pedro Representante — Respuesta \(moción al orador\)\nInició 12:37 h · límite 1:00 · hasta las 12:38 h/);
    await time.advance(30 * SECOND); // 12:38
    expect(await said(representative, 'done', EN)).toBe('Pedro Representante goes on with the intervention.');
    expect(cardText(shared())).toMatch(/Moción al orador de Sofía Consejera a Pedro Representante: «¿Y el calendario\?» — aceptada/);
    await time.advance(MINUTE); // 12:39: three and a half minutes since 12:35:30, one of them the motion's
    await press(representative, 'End my intervention', {}, EN);
    expect(cardText(shared())).toMatch(/R1 Pedro Representante 2:30 de 12:00, fuera de orden: alusiones personales/);
  });

  it('the next in order from the list of the card, then a moción de orden granted by the secretary', async () => {
    const mine = await viewOf(secretary);
    expect(JSON.stringify(mine)).toMatch(/"choices":\[\{"title":"Sofía Consejera \(en espera, 1\)","value":"aad-sofia-0000"\}/);
    await press(secretary, 'Dar la palabra', { floorMember: sofia.aadObjectId });
    expect(cardText(shared())).toMatch(/\*\*Tiene la palabra:\*\* Sofía Consejera\nInició 12:39 h · límite 10:00 · hasta las 12:49 h\n/);
    await time.advance(MINUTE); // 12:40
    expect(await said(luis, 'moción de orden: la oradora se aparta del tema'))
      .toBe('Luis Consejero plantea una moción de orden: «la oradora se aparta del tema». Quien preside resuelve: «procede la moción» o «no procede la moción».');
    expect(titles(await viewOf(luis))).toEqual([]);
    await time.advance(30 * SECOND);
    await press(secretary, 'Procede la moción');
    expect(cardText(shared())).toMatch(/Moción de orden de Luis Consejero: «la oradora se aparta del tema» — aceptada/);
    await time.advance(90 * SECOND); // 12:42
    await press(secretary, 'Terminar intervención');
  });

  it('closing round 1, then round 2 opens (5 minutes) when someone asks; a third moción al orador is refused', async () => {
    await press(secretary, 'Cerrar ronda');
    expect(cardText(shared())).toMatch(/\*\*Debate\*\* · Ronda 1 de 3 · 10 min por intervención · cerrada\nRonda cerrada\./);
    await time.advance(MINUTE); // 12:43
    expect(await said(luis, 'palabra')).toBe('Se abre la ronda 2 (5 min por intervención). Luis Consejero queda en la lista de oradores (ronda 2, lugar 1).');
    expect(await said(secretary, 'inscribir a', { mentions: [sofia] })).toBe('Sofía Consejera queda en la lista de oradores (ronda 2, lugar 2).');
    expect(await said(sofia, 'retiro mi palabra')).toBe('Sofía Consejera sale de la lista de oradores.');
    expect(await said(secretary, 'siguiente orador')).toBe('Tiene la palabra Luis Consejero: ronda 2, límite 5:00.');
    expect(cardText(shared())).toMatch(/\*\*Debate\*\* · Ronda 2 de 3 · 5 min por intervención\n\*\*Tiene la palabra:\*\* Luis Consejero\nInició 12:43 h · límite 5:00 · hasta las 12:48 h/);
    expect(await said(sofia, 'moción al orador')).toBe('Ya formulaste las 2 mociones al orador que se permiten por punto.');
    await time.advance(4 * MINUTE);
    expect(await said(luis, 'terminar intervención')).toBe('Terminó la intervención de Luis Consejero: 4:00 de 5:00.');
    expect(await said(secretary, 'cerrar ronda')).toBe('Se cierra la ronda 2.');
  });

  it('then the record has both rounds, every intervention and motion, and every card shown was a valid Adaptive Card under 40 KB', async () => {
    const debate = (await h.view()).debate!;
    expect(debate.rounds.map((r) => `${r.number}:${r.limitSeconds}:${r.closedAt ? 'closed' : 'open'}`)).toEqual(['1:600:closed', '2:300:closed']);
    expect(debate.interventions.map((i) => `${i.round} ${i.member.name}${i.outOfOrder ? ` (${i.outOfOrder})` : ''} ${i.limitSeconds}`)).toEqual([
      '1 Luis Consejero 600', '1 Pedro Representante (alusiones personales) 720', '1 Sofía Consejera 600', '2 Luis Consejero 300',
    ]);
    expect(debate.motions.map((m) => `${m.kind} ${m.by.name} ${m.accepted}`)).toEqual([
      'to-speaker Sofía Consejera false', 'to-speaker Sofía Consejera true', 'order Luis Consejero true',
    ]);
    expect(cardText(shared())).toMatch(/Intervenciones: R1 Luis Consejero 3:00 de 10:00 · R1 Pedro Representante 2:30 de 12:00, fuera de orden: alusiones personales · R1 Sofía Consejera 2:30 de 10:00 · R2 Luis Consejero 4:00 de 5:00\n/);
    expect(debate.spokenSeconds).toBe((3 + 2.5 + 2.5 + 4) * 60);
    expect(seen.length).toBeGreaterThan(20);
    for (const card of seen) {
      expect(cardProblems(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(40 * 1024);
    }
  });
});
