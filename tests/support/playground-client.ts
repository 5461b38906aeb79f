/**
 * Drives the Microsoft 365 Agents Playground headless through its own HTTP API, as its web page does: a person sends
 * a message to a chat, clicks an Action.Execute button (adaptiveCard/action invoke), and the bot's messages arrive on
 * the playground's conversation WebSocket.
 */
import WebSocket from 'ws';

export interface PlaygroundMessage {
  messageId: string;
  from: { id: string };
  text?: string;
  attachments?: { contentType: string; content: any }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export class PlaygroundClient {
  readonly messages: PlaygroundMessage[] = [];
  readonly updates: PlaygroundMessage[] = [];
  private socket!: WebSocket;

  constructor(private readonly baseUrl: string, readonly botId: string, readonly botName: string) {}

  async connect(): Promise<void> {
    this.socket = new WebSocket(`${this.baseUrl.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
    this.socket.on('message', (data) => {
      const event = JSON.parse(String(data)) as { action: string; message?: PlaygroundMessage };
      if (!event.message || event.message.from?.id !== this.botId) return;
      if (event.action === 'createMessage') this.messages.push(event.message);
      else this.updates.push(event.message);
    });
    await new Promise<void>((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
  }

  close(): void {
    this.socket.close();
  }

  /** "@Sesiona <text>" from a playground user, optionally mentioning other users after it. */
  async say(conversationId: string, fromId: string, text: string, mentions: { id: string; name: string }[] = []): Promise<void> {
    const bot = `<at>${this.botName}</at>`;
    const response = await fetch(`${this.baseUrl}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        from: { id: fromId },
        text: `${bot} ${text}${mentions.map((m) => ` <at>${m.name}</at>`).join('')}`,
        textFormat: 'plain',
        mentions: [{ mentioned: { id: this.botId }, text: bot }, ...mentions.map((m) => ({ mentioned: { id: m.id }, text: `<at>${m.name}</at>` }))],
      }),
    });
    if (!response.ok) throw new Error(`the playground refused the message: ${response.status} ${await response.text()}`);
  }

  /** A click on an Action.Execute button of a card message; answers the bot's invoke response. */
  async click(conversationId: string, fromId: string, replyToId: string, verb: string, data: Record<string, unknown>): Promise<{ type: string; value: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const response = await fetch(`${this.baseUrl}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } }, from: { id: fromId }, conversation: { id: conversationId }, replyToId }),
    });
    if (!response.ok) throw new Error(`the playground refused the invoke: ${response.status} ${await response.text()}`);
    return response.json() as never;
  }

  /** Waits until the bot has sent a message matching `test` (after `from` messages). */
  async waitFor(test: (m: PlaygroundMessage) => boolean, from = 0, ms = 15_000): Promise<PlaygroundMessage> {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
      const found = this.messages.slice(from).find(test);
      if (found) return found;
    }
    throw new Error(`the bot did not send the expected message; it sent:\n${this.messages.map((m) => m.text ?? `[card] ${JSON.stringify(m.attachments?.[0]?.content?.body?.[0]?.text)}`).join('\n')}`);
  }
}
