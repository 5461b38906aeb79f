/**
 * A Teams meeting without Teams: Sesiona on the embedded store, the local Bot Connector, and the people of a
 * commission. Everything goes through the real `/api/messages`; what the bot sends is printed as a transcript.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionView } from '../app/session-view';
import type { Config } from '../config';
import { type RunningSesiona, startSesiona } from '../http/start-sesiona';
import { durationWords } from '../i18n/debate-words';
import { LocalBotConnector, type RecordedCall } from '../local-connector/local-bot-connector';
import { cardAction, type MeetingChat, messageToBot, participantsEvent, postActivity, type TeamsPerson } from '../local-connector/teams-activities';
import { buildMinutes } from '../minutes/minutes';
import { openStore } from '../store/open-store';
import { cardText } from './card-text';
import { DemoTime } from './demo-time';

const person = (key: string, name: string, role: { es: string; en: string }): TeamsPerson & { role: { es: string; en: string } } =>
  ({ id: `29:${key}`, name, aadObjectId: `00000000-0000-4000-8000-${key.padEnd(12, '0').slice(0, 12)}`, role });

/** The commission of the demo: a technical secretary, a chair, two more voting members, a representative, a guest. */
export const DEMO_PEOPLE = {
  secretary: person('a1', 'Marta Ruiz', { es: 'Secretaría Técnica', en: 'Technical secretary' }),
  chair: person('b2', 'Ana López', { es: 'Presidencia', en: 'Chair' }),
  luis: person('c3', 'Luis Pérez', { es: 'Consejero', en: 'Voting member' }),
  sofia: person('d4', 'Sofía Díaz', { es: 'Consejera', en: 'Voting member' }),
  pedro: person('e5', 'Pedro Gómez', { es: 'Representación', en: 'Representative' }),
  gina: person('f6', 'Gina Torres', { es: 'Invitada', en: 'Guest' }),
};
export type DemoPerson = (typeof DEMO_PEOPLE)[keyof typeof DEMO_PEOPLE];

export interface SimulatedMeetingOptions {
  config: Config;
  lang: 'es' | 'en';
  /** Milliseconds between steps, so a person can follow along in the side panel (0 in tests). */
  paceMs: number;
  print: (line: string) => void;
}

export class SimulatedMeeting {
  app!: RunningSesiona;
  connector!: LocalBotConnector;
  chat!: MeetingChat;
  dataDir = '';
  /** The clock of the session: the real one, moved forward when the demo lets time pass. */
  readonly time: DemoTime;
  private seen = 0;
  /** What each posted card said last (by message id), to print only what an update changed. */
  private readonly cards = new Map<string, string[]>();

  private constructor(private readonly options: SimulatedMeetingOptions) {
    this.time = new DemoTime(options.print);
  }

  /** Starts the local connector and Sesiona on a fresh embedded store (SESIONA_DATA_DIR, or a temporary folder). */
  static async start(options: SimulatedMeetingOptions, dataDir?: string): Promise<SimulatedMeeting> {
    const m = new SimulatedMeeting(options);
    m.dataDir = dataDir ?? mkdtempSync(join(tmpdir(), 'sesiona-simulate-'));
    m.connector = await LocalBotConnector.start();
    for (const p of Object.values(DEMO_PEOPLE)) m.connector.addMember(p);
    // the simulated Teams sends its join/leave events back to back: a short window folds each burst into one notice
    const config: Config = { ...options.config, dataDir: m.dataDir, databaseUrl: null, bot: null, sso: null, graph: null, presenceNoticeDelayMs: 300 };
    const { store } = await openStore(config);
    try {
      m.app = await startSesiona(config, { store, log: () => undefined, time: m.time });
    } catch (err) {
      await store.close();
      await m.connector.close();
      throw err;
    }
    m.chat = {
      serviceUrl: m.connector.url,
      conversationId: '19:meeting_c2VzaW9uYS1kZW1v@thread.v2',
      meetingId: 'MCMxOTptZWV0aW5nX2MyVnphVzl1WVMxa1pXMXZAdGhyZWFkLnYy',
      tenantId: '00000000-0000-4000-8000-00000000demo',
      bot: { id: '28:sesiona', name: 'Sesiona' },
      locale: options.lang === 'es' ? 'es-MX' : 'en-US',
    };
    m.connector.setMeetingInfo(m.chat.meetingId!, {
      details: { id: m.chat.meetingId, title: 'Sesión de demostración', type: 'Scheduled' },
      organizer: { id: DEMO_PEOPLE.secretary.id, aadObjectId: DEMO_PEOPLE.secretary.aadObjectId },
    });
    m.connector.setParticipantRole(DEMO_PEOPLE.secretary.aadObjectId, 'Organizer');
    return m;
  }

  /** "@Sesiona <text>" from someone. */
  async say(from: DemoPerson, text: string, mentions: DemoPerson[] = []): Promise<void> {
    const shown = text.includes('\n') ? `${text.split('\n')[0]} … (${text.split('\n').length - 1} ${this.options.lang === 'es' ? 'líneas' : 'lines'})` : text;
    this.options.print(`\n${from.name} (${from.role[this.options.lang]}): @Sesiona ${shown}${mentions.map((p) => ` @${p.name}`).join('')}`);
    await postActivity(this.app.url, messageToBot(this.chat, from, text, { mentions }));
    await this.settle();
  }

  /** A click on a card button; prints what that person sees (the card refreshed for them, or a message). */
  async click(from: DemoPerson, label: string, verb: string, data: Record<string, unknown>): Promise<void> {
    this.options.print(`\n${from.name} (${from.role[this.options.lang]}) ${this.options.lang === 'es' ? 'pulsa' : 'clicks'} [${label}]`);
    const reply = await postActivity(this.app.url, cardAction(this.chat, from, verb, data));
    if (reply.body?.type === 'application/vnd.microsoft.activity.message') this.options.print(`  ${this.options.lang === 'es' ? 'Sesiona (solo para esta persona)' : 'Sesiona (to this person only)'}: ${reply.body.value}`);
    await this.settle();
  }

  /** Time passes at once (someone speaks for minutes); prints what Sesiona said meanwhile, such as a time run out. */
  async pass(seconds: number): Promise<void> {
    this.options.print(`\n… ${durationWords(seconds, this.options.lang)} ${this.options.lang === 'es' ? 'después' : 'later'} …`);
    await this.time.pass(seconds * 1000);
    await this.settle();
  }

  /** Teams tells the bot that people left or joined the meeting (as Teams sends it: one event per person). */
  async meetingPresence(kind: 'leave' | 'join', people: DemoPerson[]): Promise<void> {
    const es = this.options.lang === 'es';
    const names = people.map((p) => p.name).join(es ? ' y ' : ' and ');
    this.options.print(`\n${es ? 'Teams avisa' : 'Teams says'}: ${names} ${kind === 'leave' ? (es ? 'salieron de la reunión' : 'left the meeting') : (es ? 'volvieron a la reunión' : 'came back to the meeting')}`);
    for (const p of people) await postActivity(this.app.url, participantsEvent(this.chat, DEMO_PEOPLE.secretary, kind, [p]));
    await this.settle();
  }

  /** The buttons of the newest card showing `heading`, as the technical secretary sees it (her own refreshed view). */
  async secretaryButtons(heading: RegExp): Promise<{ title: string; verb: string; data: Record<string, unknown> }[]> {
    const cards = this.connector.activities(this.chat.conversationId).map((c) => c.body?.attachments?.[0]?.content).filter(Boolean);
    const shared = [...cards].reverse().find((card) => heading.test(cardText(card)));
    if (!shared?.refresh) return [];
    const reply = await postActivity(this.app.url, cardAction(this.chat, DEMO_PEOPLE.secretary, 'refresh', shared.refresh.action.data));
    return reply.body?.value?.actions ?? [];
  }

  /** What the draft minutes say of each item's debate and of the time used (as the minutes' links serve them). */
  async printMinutesDebate(sessionId: string): Promise<void> {
    const es = this.options.lang === 'es';
    const minutes = buildMinutes((await this.app.service.load(sessionId)).state, this.options.lang);
    const debated = minutes.items.filter((i) => i.debate.length > 0);
    if (debated.length === 0) return;
    this.options.print(`\n${es ? 'La minuta dice del debate' : 'The minutes say of the debate'}:`);
    for (const item of debated) {
      this.options.print(`  ${es ? 'Punto' : 'Item'} ${item.number}. ${item.title}`);
      for (const paragraph of item.debate) this.options.print(`    ${paragraph}`);
    }
    if (minutes.debateTime) this.options.print(`  ${minutes.debateTime}`);
  }

  async view(): Promise<SessionView | null> {
    const id = await this.sessionId();
    return id ? this.app.service.view(id) : null;
  }

  async sessionId(): Promise<string | null> {
    return this.app.bindings.sessionFor(this.chat.meetingId!);
  }

  /** The newest card the bot posted (for its buttons' data). */
  lastCard(): { card: any } | null { // eslint-disable-line @typescript-eslint/no-explicit-any
    const posted = this.connector.activities(this.chat.conversationId).filter((c) => c.body?.attachments?.[0]?.content).pop();
    return posted ? { card: posted.body.attachments[0].content } : null;
  }

  async stop(): Promise<void> {
    this.time.stop();
    await this.app.stop();
    await this.connector.close();
  }

  /** Waits for the bot's sends, then prints them: messages in full, cards as their heading and first lines. */
  private async settle(): Promise<void> {
    await this.app.bot.idle();
    const fresh = this.connector.calls.slice(this.seen).filter((c) => c.status < 300 && c.body?.type === 'message');
    this.seen = this.connector.calls.length;
    for (const call of fresh) this.printCall(call);
    if (this.options.paceMs > 0) await new Promise((resolve) => setTimeout(resolve, this.options.paceMs));
  }

  private printCall(call: RecordedCall): void {
    const es = this.options.lang === 'es';
    const body = call.body;
    if (typeof body.text === 'string' && body.text) {
      this.options.print(`  Sesiona: ${body.text.replace(/\n/g, '\n           ')}`);
      return;
    }
    const card = body.attachments?.[0]?.content;
    if (!card) return;
    const lines = cardText(card).split('\n').map((l) => l.replace(/\*\*|(^|\s)_|_($|\s)/g, '$1$2').trim()).filter((l) => l && l !== '[refresh]');
    const heading = lines[0] ?? '';
    const id = call.activityId ?? '';
    const before = this.cards.get(id);
    this.cards.set(id, lines);
    if (call.method === 'PUT' && before) {
      const changed = lines.filter((l) => !before.includes(l));
      if (changed.length === 0) return;
      this.options.print(`  Sesiona ${es ? 'actualiza la tarjeta' : 'updates the card'} «${before[0]}»: ${changed.slice(0, 3).join(' · ')}${changed.length > 3 ? ' …' : ''}`);
      return;
    }
    this.options.print(`  Sesiona ${es ? 'publica la tarjeta' : 'posts the card'} «${heading}»`);
    for (const l of lines.slice(1, 7)) this.options.print(`    │ ${l}`);
    if (lines.length > 7) this.options.print(`    │ … (${lines.length - 7} ${es ? 'líneas más' : 'more lines'})`);
  }
}
