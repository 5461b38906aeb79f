/**
 * The edge of /api/messages, through the real endpoint: a body that is not an activity, or an activity with a field
 * of the wrong type, is answered 400 with a short message in Spanish and English, records nothing and never starts a
 * turn; activities without an id from two people are both taken.
 */
import { cardAction, messageToBot, postActivity } from '../../src/local-connector/teams-activities';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { storeSnapshot } from '../support/store-snapshot';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Asuntos generales.';
const { secretary, chair, luis, sofia } = PEOPLE;

const post = async (url: string, body: string, contentType = 'application/json') => {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await res.text();
  return { status: res.status, text, body: text ? JSON.parse(text) : undefined };
};

describe('the edge of /api/messages', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start();
  });
  afterAll(() => h.stop());

  const turnFailures = () => h.logs.filter((l) => /turn failed|could not be processed/.test(l));

  it.each([
    ['JSON that does not parse', '{"type": "message", ', 'invalid-body', /no se pudo leer la solicitud: el cuerpo debe ser JSON válido/i],
    ['an empty object (no type)', '{}', 'invalid-activity', /«type» debe ser un texto no vacío/],
    ['a JSON list', '[]', 'invalid-activity', /El cuerpo no es una actividad/],
    ['a JSON number', '42', 'invalid-activity', /El cuerpo no es una actividad/],
  ])('given %s, then 400 with a short message in both languages and no internal text', async (_what, body, error, es) => {
    const before = await storeSnapshot(h.app.store);
    const res = await post(h.app.url, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(error);
    expect(res.body.message.es).toMatch(es);
    expect(res.body.message.en.length).toBeGreaterThan(20);
    expect(res.text).not.toMatch(/validateAndFixActivity|Error:|\bat \w+ \(|node_modules/);
    expect(await storeSnapshot(h.app.store)).toEqual(before);
  });

  it('given a body that is not JSON at all, then 400 too', async () => {
    const res = await post(h.app.url, 'hola', 'text/plain');
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid-activity');
  });

  it.each([
    ['a numeric text', { text: 42 }, 'text'],
    ['from: null', { from: null }, 'from'],
    ['entities as an object', { entities: {} }, 'entities'],
    ['a mention without whom', { entities: [{ type: 'mention', text: '<at>Sesiona</at>' }] }, 'entities[0].mentioned'],
  ])('given a message with %s, then 400 names the field, nothing is recorded and no turn fails', async (_what, change, field) => {
    const before = await storeSnapshot(h.app.store);
    const reply = await postActivity(h.app.url, { ...messageToBot(h.chat, secretary, 'estado'), ...change });
    await h.app.bot.idle();
    expect(reply.status).toBe(400);
    expect(reply.body.message.es).toContain(`«${field}»`);
    expect(reply.body.message.en).toContain(`"${field}"`);
    expect(await storeSnapshot(h.app.store)).toEqual(before);
    expect(turnFailures()).toEqual([]);
  });

  it('given a card click whose value is a string, then 400 and no turn fails', async () => {
    const reply = await postActivity(h.app.url, { ...cardAction(h.chat, luis, 'ballot', {}), value: 'x' });
    expect(reply.status).toBe(400);
    expect(reply.body.message.en).toMatch(/"value" must be an object/);
    expect(turnFailures()).toEqual([]);
  });

  it('given an invoke Sesiona has no handler for, then 400 (not 501)', async () => {
    const reply = await postActivity(h.app.url, { ...cardAction(h.chat, luis, 'x', {}), name: 'composeExtension/query', value: {} });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invoke-not-handled');
  });

  it('given an address that does not exist, then 404 in the same bilingual shape', async () => {
    const res = await fetch(`${h.app.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect((await res.json()).message.es).toBe('Esa dirección no existe en Sesiona.');
  });

  it('given two voters whose ballots come without an activity id, then both ballots are counted (neither is taken for the other\'s redelivery)', async () => {
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]]], [chair, luis, sofia]);
    await h.say(secretary, 'punto 1');
    await h.say(secretary, 'votación nominal');
    const voteId = (await h.view()).openVote!.id;
    for (const voter of [chair, luis]) {
      const { id: _id, ...withoutId } = cardAction(h.chat, voter, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });
      const reply = await postActivity(h.app.url, withoutId);
      expect(reply.status).toBe(200);
    }
    await h.app.bot.idle();
    expect((await h.view()).openVote!.ballots.map((b) => b.name)).toEqual(['Ana Presidenta', 'Luis Consejero']);
    expect(turnFailures()).toEqual([]);
  });
});
