/**
 * A meeting chat driven over HTTP against a server that may run in another process (the crash test, the soak):
 * the secretary's messages and people's clicks go to its /api/messages, and what the bot shows is read off the
 * local Bot Connector. Nothing here can wait for the server's outbox, so it polls the connector.
 */
import type { LocalBotConnector } from '../../src/local-connector/local-bot-connector';
import { type BotReply, cardAction, type MeetingChat, messageToBot, postActivity, type TeamsPerson } from '../../src/local-connector/teams-activities';
import { cardText } from '../../src/simulate/card-text';

export async function until<T>(what: string, probe: () => T | null | undefined | false, ms = 30_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
    const found = probe();
    if (found) return found;
  }
  throw new Error(`timed out waiting for ${what}`);
}

export class ChatDriver {
  readonly chat: MeetingChat;

  constructor(private readonly connector: LocalBotConnector, readonly botUrl: () => string, conversation: string, readonly secretary: TeamsPerson) {
    // the secretary organised the meeting, so she may start its session
    connector.setParticipantRole(secretary.aadObjectId, 'Organizer');
    this.chat = { serviceUrl: connector.url, conversationId: `19:meeting_${conversation}@thread.v2`, meetingId: `meeting-${conversation}`, tenantId: 'tenant', bot: { id: '28:sesiona', name: 'Sesiona' }, locale: 'es-MX' };
  }

  /** "@Sesiona <text>" from the secretary; the message is recorded once it answers 200. */
  async say(text: string, mentions?: TeamsPerson[]): Promise<void> {
    const reply = await postActivity(this.botUrl(), messageToBot(this.chat, this.secretary, text, { mentions }));
    if (reply.status !== 200) throw new Error(`"${text}": HTTP ${reply.status}`);
  }

  /** A click on a card button, answered with a card (the invoke response). */
  async click(who: TeamsPerson, verb: string, data: Record<string, unknown>): Promise<BotReply> {
    const reply = await postActivity(this.botUrl(), cardAction(this.chat, who, verb, data));
    if (reply.status !== 200 || reply.body?.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`${verb} by ${who.name}: ${JSON.stringify(reply).slice(0, 300)}`);
    return reply;
  }

  /** The cards the bot posted here, each with its message id and current content (after its updates). */
  cards(): { id: string; card: any }[] { // eslint-disable-line @typescript-eslint/no-explicit-any
    return this.connector.activities(this.chat.conversationId)
      .filter((c) => c.body?.attachments?.[0]?.content?.type === 'AdaptiveCard')
      .map((c) => ({ id: c.activityId!, card: this.connector.message(c.activityId!).attachments[0].content }));
  }

  /** The text of the latest card whose text matches. */
  cardText(pattern: RegExp): string | undefined {
    return this.cards().map((c) => cardText(c.card)).filter((t) => pattern.test(t)).pop();
  }

  /**
   * The usual start through the chat: the order of the day (confirmed), the voting members by mention, the roll
   * call answered by each, the start, and the order of the day approved by their votes.
   */
  async startSession(agenda: string, voters: TeamsPerson[]): Promise<void> {
    await this.say(agenda);
    const draftId = await until('the draft card', () => this.cards().pop()?.card.actions?.[0]?.data?.draftId);
    await this.click(this.secretary, 'confirm-agenda', { card: 'draft', draftId });
    await this.say('integrantes', voters);
    await this.say('pase de lista');
    for (const v of voters) await this.click(v, 'present', { card: 'roll-call' });
    await this.say('iniciar sesión');
    const voteId = await this.openVote(() => this.say('aprobar orden del día'), 'the order of the day');
    await Promise.all(voters.map((v) => this.click(v, 'ballot', { card: 'vote', voteId, choice: 'in-favour' })));
    await this.say('cerrar votación');
  }

  /** "punto N", "votación" (or another way to open one): answers the id of the vote once its card is in the chat. */
  async openVote(item: string | (() => Promise<void>), what = `item ${item}`): Promise<string> {
    const openVotes = () => this.cards().flatMap((c) => c.card.actions ?? []).map((a: { data?: { voteId?: string } }) => a.data?.voteId).filter(Boolean);
    const before = new Set(openVotes());
    if (typeof item === 'string') {
      await this.say(`punto ${item}`);
      await this.say('votación');
    } else await item();
    return until(`the vote card of ${what}`, () => openVotes().find((id) => !before.has(id)));
  }
}
