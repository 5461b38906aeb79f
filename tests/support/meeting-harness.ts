/**
 * A Teams meeting for tests: Sesiona on a temporary SQLite store, a local Bot Connector, and the people of a
 * commission session. Everything goes through the real HTTP endpoint `/api/messages`.
 */
import type { SessionView } from '../../src/app/session-view';
import { loadConfig } from '../../src/config';
import { type RunningSesiona, type StartOptions, startSesiona } from '../../src/http/start-sesiona';
import type { OutboxOptions } from '../../bot/outbox';
import type { EventStore } from '../../src/store/event-store';
import { LocalBotConnector, type LocalBotConnectorOptions } from '../../src/local-connector/local-bot-connector';
import { cardAction, type MeetingChat, messageToBot, postActivity, type TeamsPerson } from '../../src/local-connector/teams-activities';
import { createTempStore, type TempStore } from './temp-store';

const person = (key: string, name: string): TeamsPerson => ({ id: `29:${key}`, name, aadObjectId: `aad-${key}-0000` });

export const PEOPLE = {
  secretary: person('marta', 'Marta Secretaria'),
  chair: person('ana', 'Ana Presidenta'),
  luis: person('luis', 'Luis Consejero'),
  sofia: person('sofia', 'Sofía Consejera'),
  representative: person('pedro', 'Pedro Representante'),
  guest: person('gina', 'Gina Invitada'),
};

export class MeetingHarness {
  chat!: MeetingChat;
  app!: RunningSesiona;
  connector!: LocalBotConnector;
  private temp!: TempStore;
  private startAgain!: (store: EventStore) => Promise<RunningSesiona>;
  readonly logs: string[] = [];

  static async start(options: {
    connector?: LocalBotConnectorOptions; meetingId?: string | null; people?: TeamsPerson[]; env?: Record<string, string>; outbox?: Partial<OutboxOptions>;
    /** The server's clock and timers, moved by the test (tests/support/manual-time.ts). */
    time?: StartOptions['time'];
  } = {}): Promise<MeetingHarness> {
    const h = new MeetingHarness();
    h.temp = createTempStore();
    h.connector = await LocalBotConnector.start(options.connector);
    for (const p of options.people ?? Object.values(PEOPLE)) h.connector.addMember(p);
    // the technical secretary organised the meeting (so she may start its session)
    h.connector.setParticipantRole(PEOPLE.secretary.aadObjectId, 'Organizer');
    const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1', SESIONA_PRESENCE_NOTICE_SECONDS: '0.2', ...options.env });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    h.startAgain = (store) => startSesiona(loaded.config, {
      store, log: (line) => h.logs.push(line), outbox: { baseDelayMs: 50, ...options.outbox }, ...(options.time ? { time: options.time } : {}),
    });
    try {
      h.app = await h.startAgain(h.temp.store);
    } catch (err) {
      await h.connector.close();
      await h.temp.cleanup();
      throw err;
    }
    h.chat = {
      serviceUrl: h.connector.url,
      conversationId: '19:meeting_NjQ3ZDk1@thread.v2',
      meetingId: options.meetingId === undefined ? 'MCMxOTptZWV0aW5nX05qUTNaRGsx' : options.meetingId,
      tenantId: 'f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f',
      bot: { id: '28:sesiona-bot', name: 'Sesiona' },
      locale: 'es-MX',
    };
    return h;
  }

  /**
   * The server stops and starts again on the same store (same connector, same chat); `whileStopped` writes to the
   * store in between (what another instance, or the dying one, recorded). Resolves once the server took up its work.
   */
  async restart(whileStopped?: (store: EventStore) => Promise<void>): Promise<void> {
    await this.app.stop();
    const store = this.temp.reopen();
    await whileStopped?.(store);
    const repaired = () => this.logs.filter((l) => l.startsWith('[bot] card repair:')).length;
    const before = repaired();
    this.app = await this.startAgain(store);
    // the start's work (card repair, then what was due) ends with its log line
    for (const end = Date.now() + 10_000; repaired() === before; await new Promise((r) => setTimeout(r, 10))) {
      if (Date.now() > end) throw new Error(`the restarted server did not finish its start: ${this.logs.slice(-5).join('\n')}`);
    }
    await this.app.bot.idle();
  }

  async stop(): Promise<void> {
    await this.app.stop();
    await this.connector.close();
    await this.temp.cleanup();
  }

  /** "@Sesiona <text>" from someone; waits until the bot has sent everything it had to send. */
  async say(from: TeamsPerson, text: string, options: { mentions?: TeamsPerson[]; locale?: string; attachments?: unknown[] } = {}) {
    const activity = messageToBot(this.chat, from, text, options);
    const reply = await postActivity(this.app.url, activity);
    await this.app.bot.idle();
    return { reply, activity };
  }

  /** A click on a card button; answers the invoke response body ({ statusCode, type, value }). */
  async click(from: TeamsPerson, verb: string, data: Record<string, unknown>, options: { locale?: string } = {}) {
    const reply = await postActivity(this.app.url, cardAction(this.chat, from, verb, data, options));
    await this.app.bot.idle();
    return reply;
  }

  /**
   * The usual start of a session through the chat: the secretary sends the order of the day (`agendaMessage`, with
   * its keyword) and confirms it, sets the roster by mentions (`[['presidencia', [ana]], …]`), takes the roll call
   * with `present` answering by button, and starts the session.
   */
  async startSession(agendaMessage: string, roster: [string, TeamsPerson[]][], present: TeamsPerson[], options: { approveAgenda?: boolean } = {}): Promise<void> {
    const secretary = PEOPLE.secretary;
    await this.say(secretary, agendaMessage);
    await this.click(secretary, 'confirm-agenda', { card: 'draft', draftId: this.postedCards().pop()!.card.actions[0].data.draftId });
    for (const [word, people] of roster) await this.say(secretary, word, { mentions: people });
    await this.say(secretary, 'pase de lista');
    for (const p of present) await this.click(p, 'present', { card: 'roll-call' });
    await this.say(secretary, 'iniciar sesión');
    if (options.approveAgenda ?? true) {
      const voting = roster.filter(([word]) => /^(presidencia|integrantes|chair|members)$/.test(word)).flatMap(([, people]) => people);
      await this.approveAgenda(present.filter((p) => voting.includes(p)));
    }
  }

  /** "aprobar orden del día": a votación económica on the order of the day, these voters in favour, closed. */
  async approveAgenda(voters: TeamsPerson[]): Promise<void> {
    await this.say(PEOPLE.secretary, 'aprobar orden del día');
    const voteId = (await this.view()).openVote?.id;
    if (!voteId) throw new Error(`the order of the day was not put to the vote: ${this.lastText()}`);
    await Promise.all(voters.map((v) => postActivity(this.app.url, cardAction(this.chat, v, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }))));
    await this.app.bot.idle();
    await this.say(PEOPLE.secretary, 'cerrar votación');
    if (!(await this.view()).agendaApproved) throw new Error(`the order of the day was not approved: ${this.lastText()}`);
  }

  /** Texts the bot posted, in order. */
  texts(): string[] {
    return this.connector.activities(this.chat.conversationId).map((c) => c.body?.text).filter((t): t is string => typeof t === 'string');
  }

  lastText(): string {
    return this.texts().pop() ?? '';
  }

  /** Every card the bot posted (as first posted), with its message id. */
  postedCards(): { id: string; card: any }[] { // eslint-disable-line @typescript-eslint/no-explicit-any
    return this.connector.activities(this.chat.conversationId)
      .filter((c) => c.body?.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((c) => ({ id: c.activityId!, card: c.body.attachments[0].content }));
  }

  /** The current content of the card posted with a heading matching `pattern` (after its updates). */
  currentCard(pattern: RegExp): { id: string; card: any } | null { // eslint-disable-line @typescript-eslint/no-explicit-any
    const found = this.postedCards().filter(({ card }) => pattern.test(JSON.stringify(card.body))).pop();
    if (!found) return null;
    return { id: found.id, card: this.connector.message(found.id).attachments[0].content };
  }

  async view(): Promise<SessionView> {
    const sessionId = await this.app.bindings.sessionFor(this.chat.meetingId ?? this.chat.conversationId);
    const res = await fetch(`${this.app.url}/api/sessions/${sessionId}`);
    return (await res.json()) as SessionView;
  }
}

export { cardText } from '../../src/simulate/card-text';
