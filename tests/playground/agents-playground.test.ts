/**
 * `npm run playground` driven headless: Sesiona and Microsoft's Microsoft 365 Agents Playground run as a person
 * starts them (the real `sesiona playground` command, the committed .m365agentsplayground.yml); the test speaks the
 * playground's own HTTP API (send a message, click an Action.Execute button) and reads the bot's replies from the
 * playground's conversation stream. The session is bound to the playground's group chat (it has no meetings).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardText } from '../../src/simulate/card-text';
import { PlaygroundClient, type PlaygroundMessage } from '../support/playground-client';

const root = join(__dirname, '..', '..');
const CHAT = '19:sesion-cpvoe-playground@thread.v2';
const BOT = '28:sesiona-playground';
const AGENDA = 'orden del día\nCOMISIÓN DE VINCULACIÓN\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario de sesiones.\n2. Informe trimestral de actividades.\n3. Asuntos generales.';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

async function waitForOutput(pattern: RegExp, output: () => string, ms = 60_000): Promise<RegExpMatchArray> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const m = output().match(pattern);
    if (m) return m;
  }
  throw new Error(`timed out waiting for ${pattern}; output so far:\n${output()}`);
}

const card = (m: PlaygroundMessage) => m.attachments?.[0]?.content;

describe('Sesiona in the Microsoft 365 Agents Playground (npm run playground)', () => {
  let child: ChildProcess;
  let out = '';
  let dataDir: string;
  let pg: PlaygroundClient;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sesiona-playground-'));
    const [port, playgroundPort] = [await freePort(), await freePort()];
    child = spawn(process.execPath, [join(root, 'bin', 'sesiona.js'), 'playground', '--no-browser', '--playground-port', String(playgroundPort)], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SESIONA_DATA_DIR: dataDir, DATABASE_URL: '', MicrosoftAppId: '' },
    });
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    await waitForOutput(/\[playground\] .*Listening on \d+/, () => out);
    pg = new PlaygroundClient(`http://127.0.0.1:${playgroundPort}`, BOT, 'Sesiona');
    await pg.connect();
  }, 90_000);

  afterAll(async () => {
    pg?.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('given the playground in Spanish, when the secretary asks for help, then Sesiona answers with its command card in Spanish', async () => {
    await pg.say(CHAT, 'user-marta', 'ayuda');
    const help = await pg.waitFor((m) => Boolean(card(m)));
    expect(cardText(card(help))).toMatch(/^Comandos de Sesiona/);
  });

  it('when the secretary sends the order of the day and clicks the confirm button, then the session is created for the group chat', async () => {
    const from = pg.messages.length;
    await pg.say(CHAT, 'user-marta', AGENDA);
    const draft = await pg.waitFor((m) => /Orden del día leído/.test(cardText(card(m) ?? {})), from);
    const confirm = card(draft).actions.find((a: { verb: string }) => a.verb === 'confirm-agenda');
    const answer = await pg.click(CHAT, 'user-marta', draft.messageId, 'confirm-agenda', confirm.data);
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(answer.value)).toMatch(/Sesión creada con este orden del día/);
    const created = await pg.waitFor((m) => /^Sesión creada: «PRIMERA SESIÓN ORDINARIA», 3 puntos/.test(m.text ?? ''), from);
    expect(created.text).toMatch(/Panel en vivo: http:\/\/127\.0\.0\.1:\d+\/tab\/\?session=/);
  });

  it('when the roster is set by mentions and members click «Presente», then the quorum is declared and a vote is decided by the voters\' clicks', async () => {
    let from = pg.messages.length;
    await pg.say(CHAT, 'user-marta', 'presidencia', [{ id: 'user-ana', name: 'Ana López' }]);
    await pg.waitFor((m) => /Integración actualizada: Ana López \(Presidencia\)/.test(m.text ?? ''), from);
    from = pg.messages.length;
    await pg.say(CHAT, 'user-marta', 'integrantes', [{ id: 'user-luis', name: 'Luis Pérez' }, { id: 'user-sofia', name: 'Sofía Díaz' }]);
    await pg.waitFor((m) => /Luis Pérez \(Consejería con voz y voto\), Sofía Díaz/.test(m.text ?? ''), from);

    from = pg.messages.length;
    await pg.say(CHAT, 'user-marta', 'pase de lista');
    const rollCall = await pg.waitFor((m) => /^Pase de lista/.test(cardText(card(m) ?? {})), from);
    for (const user of ['user-ana', 'user-luis', 'user-sofia']) {
      const mine = await pg.click(CHAT, user, rollCall.messageId, 'present', { card: 'roll-call' });
      expect(cardText(mine.value)).toMatch(/Tu asistencia está registrada ✔/);
    }
    // a guest who is not on the roster cannot answer for anyone
    const gina = await pg.click(CHAT, 'user-gina', rollCall.messageId, 'present', { card: 'roll-call' });
    expect(gina.value).toMatch(/no está en la lista de integrantes/);

    from = pg.messages.length;
    await pg.say(CHAT, 'user-marta', 'iniciar sesión');
    await pg.waitFor((m) => /Orden del día · PRIMERA SESIÓN ORDINARIA/.test(cardText(card(m) ?? {})), from);
    // the order of the day is approved by a vote of the voting members before any item
    from = pg.messages.length;
    await pg.say(CHAT, 'user-marta', 'aprobar orden del día');
    const agendaVote = await pg.waitFor((m) => /Votación económica · Orden del día/.test(cardText(card(m) ?? {})), from);
    const agendaVoteId = JSON.stringify(card(agendaVote)).match(/"voteId":"([^"]+)"/)![1];
    for (const user of ['user-ana', 'user-luis', 'user-sofia']) await pg.click(CHAT, user, agendaVote.messageId, 'ballot', { card: 'vote', voteId: agendaVoteId, choice: 'in-favour' });
    const approved = await pg.click(CHAT, 'user-marta', agendaVote.messageId, 'command', { card: 'vote', command: 'close-vote', voteId: agendaVoteId });
    expect(cardText(approved.value)).toMatch(/Aprobado por unanimidad/);
    from = pg.messages.length;
    await pg.say(CHAT, 'user-marta', 'siguiente');
    await pg.waitFor((m) => /Punto 1/.test(cardText(card(m) ?? {})), from);
    from = pg.messages.length;
    await pg.say(CHAT, 'user-marta', 'votación');
    const vote = await pg.waitFor((m) => /Votación económica · Punto 1/.test(cardText(card(m) ?? {})), from);
    const voteId = card(vote).actions?.find((a: { verb: string }) => a.verb === 'ballot')?.data?.voteId
      ?? JSON.stringify(card(vote)).match(/"voteId":"([^"]+)"/)![1];
    for (const [user, choice] of [['user-ana', 'in-favour'], ['user-luis', 'against'], ['user-sofia', 'in-favour']] as const) {
      const answer = await pg.click(CHAT, user, vote.messageId, 'ballot', { card: 'vote', voteId, choice });
      expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    }
    // the secretary has no vote; Luis cannot vote twice
    expect((await pg.click(CHAT, 'user-marta', vote.messageId, 'ballot', { card: 'vote', voteId, choice: 'in-favour' })).value).toMatch(/Solo las y los integrantes con derecho a voto pueden votar/);
    expect((await pg.click(CHAT, 'user-luis', vote.messageId, 'ballot', { card: 'vote', voteId, choice: 'in-favour' })).value).toMatch(/Ya votaste/);

    from = pg.messages.length;
    await pg.say(CHAT, 'user-marta', 'estado');
    const status = await pg.waitFor((m) => /^PRIMERA SESIÓN ORDINARIA: En sesión\./.test(m.text ?? ''), from);
    expect(status.text).toMatch(/Votación abierta: 3 de 3 han votado\./);
    const closed = await pg.click(CHAT, 'user-marta', vote.messageId, 'command', { card: 'vote', command: 'close-vote' });
    expect(cardText(closed.value)).toMatch(/Aprobado por mayoría/);
    expect(cardText(closed.value)).toMatch(/A favor: 2\nEn contra: 1\nAbstención: 0/);
  });
});
