/**
 * The shape of an activity posted to /api/messages, checked before botbuilder sees it: the fields Sesiona and
 * botbuilder read must have the type the Bot Framework protocol gives them, and the identifiers must fit the store's
 * stream names and idempotency keys. Unknown fields pass untouched. A field of the wrong type (`null` too: botbuilder
 * tells `null` from absent, and Teams never sends it) is refused with its name, so no turn ever starts on it and no
 * TypeError happens inside a turn.
 */
import type { Activity } from 'botbuilder';

export type Expected = 'object' | 'text' | 'identifier' | 'list' | 'address' | 'boolean';

export interface InboundProblem {
  /** Where, e.g. `from.aadObjectId` or `entities[2].mentioned`; empty for the body itself. */
  field: string;
  expected: Expected;
  /** For text and lists: how long it may be. */
  max?: number;
}

export type InboundCheck = { ok: true; activity: Activity } | { ok: false; problem: InboundProblem };

type Shape = (value: unknown, field: string) => InboundProblem | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const wrong = (field: string, expected: Expected, max?: number): InboundProblem => ({ field, expected, ...(max ? { max } : {}) });
const at = (field: string, key: string) => (field ? `${field}.${key}` : key);

/** A string of at most `max` characters (at least one when `nonEmpty`: an identifier). */
const text = (max: number, nonEmpty = false): Shape => (v, f) =>
  typeof v === 'string' && v.length <= max && (!nonEmpty || v.length > 0) ? null : wrong(f, nonEmpty ? 'identifier' : 'text', max);
const bool: Shape = (v, f) => (typeof v === 'boolean' ? null : wrong(f, 'boolean'));
const anything: Shape = () => null;
const optional = (shape: Shape): Shape => (v, f) => (v === undefined ? null : shape(v, f));

const address: Shape = (v, f) => {
  if (typeof v !== 'string' || v.length > 2048) return wrong(f, 'address');
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : wrong(f, 'address');
  } catch {
    return wrong(f, 'address');
  }
};

/** An object whose listed fields have these shapes (other fields are not looked at). */
const object = (fields: Record<string, Shape>): Shape => (v, f) => {
  if (!isObject(v)) return wrong(f, 'object');
  for (const [key, shape] of Object.entries(fields)) {
    const problem = shape(v[key], at(f, key));
    if (problem) return problem;
  }
  return null;
};

const listOf = (item: Shape, max: number): Shape => (v, f) => {
  if (!Array.isArray(v) || v.length > max) return wrong(f, 'list', max);
  for (let i = 0; i < v.length; i++) {
    const problem = item(v[i], `${f}[${i}]`);
    if (problem) return problem;
  }
  return null;
};

/** Stream names (`people-<conversation>`, `meeting-<meeting>`) must stay under the store's 256 characters. */
const IDENTIFIER = 240;

const account = (idRequired: boolean): Shape => object({
  id: idRequired ? text(256, true) : optional(text(256)),
  name: optional(text(512)),
  aadObjectId: optional(text(128, true)),
  role: optional(text(64)),
});

/** A `mention` entity names who (`mentioned`) and how the text shows it (`text`). */
const entity: Shape = (v, f) =>
  object({ type: text(128) })(v, f)
  ?? ((v as { type: string }).type.toLowerCase() === 'mention' ? object({ mentioned: account(true), text: optional(text(1024)) })(v, f) : null);

const attachment = object({
  contentType: text(256),
  name: optional(text(512)),
  contentUrl: optional(text(4096)),
  content: anything,
});

/** The meeting of a start or end event, as botbuilder's TeamsActivityHandler requires it. */
const meetingEvent = (time: 'StartTime' | 'EndTime'): Shape =>
  object({ Id: text(IDENTIFIER), JoinUrl: text(4096), MeetingType: text(128), Title: text(1024), [time]: text(64) });

/**
 * What is read in `value`: every invoke has one (botbuilder reads it for each invoke name it knows); the card action
 * of an `adaptiveCard/action`; the meeting of a start or end event; the people of a join or leave; a read receipt.
 */
function valueShape(type: string, name: unknown): Shape {
  if (type === 'invoke' && name === 'adaptiveCard/action') {
    return object({ action: object({ type: optional(text(128)), verb: optional(text(256)), data: optional(object({})) }) });
  }
  if (type === 'invoke') return object({});
  if (type !== 'event') return anything;
  switch (name) {
    case 'application/vnd.microsoft.meetingStart': return meetingEvent('StartTime');
    case 'application/vnd.microsoft.meetingEnd': return meetingEvent('EndTime');
    case 'application/vnd.microsoft.meetingParticipantJoin':
    case 'application/vnd.microsoft.meetingParticipantLeave':
      return object({ members: optional(listOf(object({ user: optional(account(false)), meeting: optional(object({})) }), 1000)) });
    case 'application/vnd.microsoft.readReceipt': return object({});
    default: return optional(object({}));
  }
}

const ACTIVITY = object({
  type: text(64, true),
  id: optional(text(128, true)),
  name: optional(text(256)),
  serviceUrl: address,
  channelId: optional(text(64)),
  from: account(true),
  recipient: account(true),
  conversation: object({ id: text(IDENTIFIER, true), tenantId: optional(text(128)), conversationType: optional(text(64)), isGroup: optional(bool) }),
  channelData: optional(object({ meeting: optional(object({ id: text(IDENTIFIER, true) })), tenant: optional(object({ id: text(128) })), eventType: optional(text(128)) })),
  locale: optional(text(64)),
  text: optional(text(100_000)),
  action: optional(text(64)),
  replyToId: optional(text(256)),
  entities: optional(listOf(entity, 100)),
  attachments: optional(listOf(attachment, 20)),
  membersAdded: optional(listOf(account(true), 1000)),
  membersRemoved: optional(listOf(account(true), 1000)),
});

export function checkInboundActivity(body: unknown): InboundCheck {
  const problem = ACTIVITY(body, '');
  if (problem) return { ok: false, problem };
  const activity = body as Record<string, unknown>;
  const valueProblem = valueShape(activity.type as string, activity.name)(activity.value, 'value');
  if (valueProblem) return { ok: false, problem: valueProblem };
  const mentions = (activity.entities as { type: string }[] | undefined)?.some((e) => e.type.toLowerCase() === 'mention');
  if (mentions && typeof activity.text !== 'string') return { ok: false, problem: wrong('text', 'text') };
  return { ok: true, activity: body as Activity };
}

const EXPECTED: Record<Expected, (max: number) => { es: string; en: string }> = {
  object: () => ({ es: 'un objeto', en: 'an object' }),
  text: (max) => ({ es: `un texto de hasta ${max} caracteres`, en: `a string of at most ${max} characters` }),
  identifier: (max) => ({ es: `un texto no vacío de hasta ${max} caracteres`, en: `a non-empty string of at most ${max} characters` }),
  list: (max) => ({ es: `una lista de hasta ${max} elementos`, en: `a list of at most ${max} items` }),
  address: () => ({ es: 'una dirección http(s)', en: 'an http(s) address' }),
  boolean: () => ({ es: 'true o false', en: 'true or false' }),
};

/** What is wrong, for the sender (the Bot Connector, or whoever posted it), in Spanish and English. */
export function describeProblem(problem: InboundProblem): { es: string; en: string } {
  const expected = EXPECTED[problem.expected](problem.max ?? 0);
  if (!problem.field) return { es: `El cuerpo no es una actividad: debe ser ${expected.es} JSON.`, en: `The body is not an activity: it must be ${expected.en} in JSON.` };
  return {
    es: `La actividad no es válida: «${problem.field}» debe ser ${expected.es}. No se registró nada.`,
    en: `The activity is not valid: "${problem.field}" must be ${expected.en}. Nothing was recorded.`,
  };
}
