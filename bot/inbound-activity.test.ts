import { cardAction, installationAdd, type MeetingChat, meetingEvent, messageToBot, participantsEvent, type TeamsPerson } from '../src/local-connector/teams-activities';
import { checkInboundActivity, describeProblem } from './inbound-activity';

const chat: MeetingChat = {
  serviceUrl: 'https://smba.trafficmanager.net/amer/', conversationId: '19:meeting_NjQ3ZDk1@thread.v2', meetingId: 'MCMxOTptZWV0aW5nX05qUTNaRGsx',
  tenantId: 'f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f', bot: { id: '28:sesiona-bot', name: 'Sesiona' }, locale: 'es-MX',
};
const ana: TeamsPerson = { id: '29:ana', name: 'Ana Presidenta', aadObjectId: 'aad-ana-0000' };
const luis: TeamsPerson = { id: '29:luis', name: 'Luis Consejero', aadObjectId: 'aad-luis-0000' };

const message = () => messageToBot(chat, ana, 'integrantes', { mentions: [luis] }) as Record<string, unknown>;
const problemOf = (body: unknown) => {
  const checked = checkInboundActivity(body);
  return checked.ok ? null : checked.problem.field;
};

describe('checking an activity posted to /api/messages', () => {
  it.each([
    ['a message with mentions', message()],
    ['a card click', cardAction(chat, ana, 'ballot', { card: 'vote', voteId: 'v-1', choice: 'in-favour' })],
    ['the app added to the chat', installationAdd(chat, ana)],
    ['the meeting starting', meetingEvent(chat, ana, 'start')],
    ['people joining the meeting', participantsEvent(chat, ana, 'join', [ana, luis])],
  ])('given %s as Teams sends it, then it is accepted as it is', (_what, activity) => {
    const checked = checkInboundActivity(activity);
    expect(checked).toEqual({ ok: true, activity });
  });

  it('given fields Sesiona does not read, then they pass untouched', () => {
    expect(problemOf({ ...message(), somethingNew: { x: [1] }, replyToId: undefined })).toBeNull();
  });

  it('given an optional field that is null (botbuilder reads null as present), then it is refused', () => {
    expect(problemOf({ ...message(), entities: null })).toBe('entities');
    expect(problemOf({ ...message(), locale: null })).toBe('locale');
  });

  it.each([
    ['an array', [], ''],
    ['a number', 42, ''],
    ['null', null, ''],
    ['a string', 'hola', ''],
  ])('given a body that is %s, then it is refused as not an activity', (_what, body, field) => {
    expect(problemOf(body)).toBe(field);
  });

  it.each([
    ['no type', { type: undefined }, 'type'],
    ['a numeric type', { type: 5 }, 'type'],
    ['a numeric text', { text: 42 }, 'text'],
    ['from: null', { from: null }, 'from'],
    ['a sender without id', { from: { name: 'Ana' } }, 'from.id'],
    ['a numeric aadObjectId', { from: { ...ana, aadObjectId: 7 } }, 'from.aadObjectId'],
    ['entities as an object', { entities: {} }, 'entities'],
    ['an entity without type', { entities: [{ mentioned: { id: '29:x', name: 'X' } }] }, 'entities[0].type'],
    ['a mention without whom', { entities: [{ type: 'mention', text: '<at>X</at>' }] }, 'entities[0].mentioned'],
    ['a mention with a numeric name', { entities: [{ type: 'mention', mentioned: { id: '29:x', name: 9 } }] }, 'entities[0].mentioned.name'],
    ['a mention but no text', { text: undefined }, 'text'],
    ['attachments as a string', { attachments: 'file' }, 'attachments'],
    ['an attachment without a content type', { attachments: [{ name: 'orden.docx' }] }, 'attachments[0].contentType'],
    ['no conversation', { conversation: undefined }, 'conversation'],
    ['a conversation id too long for the store', { conversation: { id: 'c'.repeat(241) } }, 'conversation.id'],
    ['a meeting id that is a number', { channelData: { meeting: { id: 12 } } }, 'channelData.meeting.id'],
    ['a serviceUrl that is not an address', { serviceUrl: 'javascript:alert(1)' }, 'serviceUrl'],
    ['no recipient', { recipient: undefined }, 'recipient'],
    ['an empty id', { id: '' }, 'id'],
    ['a locale that is a list', { locale: ['es'] }, 'locale'],
    ['membersAdded with a null member', { membersAdded: [null] }, 'membersAdded[0]'],
  ])('given a message with %s, then it is refused naming the field', (_what, change, field) => {
    expect(problemOf({ ...message(), ...change })).toBe(field);
  });

  it.each([
    ['a string value', 'x', 'value'],
    ['no action', {}, 'value.action'],
    ['an action that is a string', { action: 'ballot' }, 'value.action'],
    ['a numeric verb', { action: { type: 'Action.Execute', verb: 3 } }, 'value.action.verb'],
    ['data that is a list', { action: { type: 'Action.Execute', verb: 'ballot', data: [] } }, 'value.action.data'],
  ])('given a card click with %s, then it is refused naming the field', (_what, value, field) => {
    expect(problemOf({ ...cardAction(chat, ana, 'ballot', {}), value })).toBe(field);
  });

  it('given people joining the meeting listed as an object, or a member that is not an object, then it is refused naming the field', () => {
    const join = participantsEvent(chat, ana, 'join', [ana]);
    expect(problemOf({ ...join, value: { members: { user: ana } } })).toBe('value.members');
    expect(problemOf({ ...join, value: { members: [7] } })).toBe('value.members[0]');
    expect(problemOf({ ...join, value: 'joined' })).toBe('value');
  });

  it('given a meeting start or end without the fields botbuilder requires, then it is refused naming the field', () => {
    const start = meetingEvent(chat, ana, 'start');
    expect(problemOf({ ...start, value: { ...start.value, Id: undefined } })).toBe('value.Id');
    expect(problemOf({ ...meetingEvent(chat, ana, 'end'), value: { ...start.value } })).toBe('value.EndTime');
  });

  it('given an invoke without a value, then it is refused (botbuilder reads the value of every invoke it knows)', () => {
    expect(problemOf({ ...cardAction(chat, ana, 'x', {}), name: 'fileConsent/invoke', value: undefined })).toBe('value');
  });

  it('given a refusal, then it says which field and what it must be, in Spanish and English', () => {
    const checked = checkInboundActivity({ ...message(), text: 42 });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(describeProblem(checked.problem)).toEqual({
      es: 'La actividad no es válida: «text» debe ser un texto de hasta 100000 caracteres. No se registró nada.',
      en: 'The activity is not valid: "text" must be a string of at most 100000 characters. Nothing was recorded.',
    });
    expect(describeProblem({ field: '', expected: 'object' }).es).toBe('El cuerpo no es una actividad: debe ser un objeto JSON.');
  });
});
