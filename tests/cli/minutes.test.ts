import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { SessionService } from '../../src/app/session-service';
import { ballot, cast, command, createSession, item, ROLES, SESSION_ID, VOTERS, voteId } from '../../src/domain/testing/session-spec';
import { LiveBus } from '../../src/store/live-bus';
import { SqliteEventStore } from '../../src/store/sqlite-event-store';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

describe('sesiona minutes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sesiona-minutes-'));
  const sesiona = (...args: string[]) => run(process.execPath, [join(root, 'bin', 'sesiona.js'), 'minutes', ...args], { cwd: dir, env: { ...process.env, SESIONA_DATA_DIR: dir, DATABASE_URL: '' } })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

  beforeAll(async () => {
    const store = new SqliteEventStore(join(dir, 'sesiona.sqlite'));
    const service = new SessionService(store, new LiveBus());
    const commands = [
      createSession(),
      command('AssignRoles', cast.secretary, { members: ROLES.map(([a, role]) => ({ id: a.id, name: a.name, role })) }),
      command('StartRollCall', cast.secretary, {}),
      ...VOTERS.map((v) => command('MarkAttendance', v, { memberId: v.id, present: true })),
      command('StartSession', cast.secretary, {}),
      command('OpenVote', cast.secretary, { voteId: voteId('v0'), method: 'economica', subject: 'agenda' }),
      ...VOTERS.map((v) => ballot(v, 'in-favour')),
      command('CloseVote', cast.secretary, {}),
      command('StartItem', cast.secretary, { number: item('1') }),
      command('AskForFloor', cast.luis, {}, 1),
      command('GiveFloor', cast.secretary, {}, 1),
      command('EndIntervention', cast.luis, {}, 5),
      command('CloseRound', cast.secretary, {}, 5),
      command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'nominal' }, 6),
      ...VOTERS.map((v) => ballot(v, 'in-favour')),
      command('CloseVote', cast.secretary, {}),
      // item 3.b: Sofía excused, a part reserved with a proposal, voted en lo general and en lo particular
      command('RecordExcusal', cast.sofia, { number: item('3.b'), reason: 'Conflicto de interés' }, 10),
      command('StartItem', cast.secretary, { number: item('3.b') }, 11),
      command('ReservePart', cast.luis, { reservationId: 'r1', part: 'Punto resolutivo tercero', proposal: 'quince días hábiles' }, 12),
      command('OpenVote', cast.secretary, { voteId: voteId('g'), method: 'economica' }, 13),
      ballot(cast.chair, 'in-favour', 13), ballot(cast.luis, 'in-favour', 13),
      command('CloseVote', cast.secretary, {}, 14),
      command('OpenVote', cast.secretary, { voteId: voteId('p1'), method: 'economica', reservationId: 'r1' }, 15),
      ballot(cast.chair, 'in-favour', 15), ballot(cast.luis, 'in-favour', 15),
      command('CloseVote', cast.secretary, {}, 16),
    ];
    for (const c of commands) {
      const result = await service.handle(SESSION_ID, c);
      if (!result.ok) throw new Error(`${c.type} was refused: ${result.rejection.reason}`);
    }
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given a session not closed, then exit 1 saying to close it first', async () => {
    expect(await sesiona(SESSION_ID)).toMatchObject({ code: 1, stderr: expect.stringMatching(/no está clausurada/) });
  });

  it('given a closed session, then Markdown to the terminal and Word to a file', async () => {
    const store = new SqliteEventStore(join(dir, 'sesiona.sqlite'));
    await new SessionService(store, new LiveBus()).handle(SESSION_ID, command('CloseSession', cast.secretary, {}, 40));
    await store.close();
    const md = await sesiona(SESSION_ID, '--lang', 'en');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Draft minutes of the /);
    expect(md.stdout).toContain('In a roll-call vote, it was approved unanimously by the voting members present (3 votes in favour).');
    expect(md.stdout).toMatch(/\| Chair of the Commission \| Technical Secretary of the Commission \|\n\|:---:\|:---:\|\n[^\n]+\n\| Ana Presidenta \| Marta Secretaria \|/);
    expect(md.stdout).toContain('In the first round, of up to 10 min each, the floor was taken by Luis Consejero (4 min).');
    expect(md.stdout).toContain('In the session the floor was used for 4 min: 4 min in the first round.');
    expect(md.stdout).toContain('Sofía Consejera was excused from item 3.b (conflicto de interés) and took no part in its votes.');
    expect(md.stdout).toContain('Item 3.b was approved in general unanimously (2 votes in favour) and separately: punto resolutivo tercero, '
      + 'with the amendment proposed by Luis Consejero («quince días hábiles»), unanimously (2 votes in favour).');
    const out = join(dir, 'minuta.docx');
    expect(await sesiona(SESSION_ID, '--format', 'docx', '--out', out)).toMatchObject({ code: 0, stdout: expect.stringMatching(/Minuta escrita en/) });
    const docx = (await mammoth.extractRawText({ buffer: readFileSync(out) })).value;
    expect(docx).toContain('En votación nominal, se aprobó por unanimidad de votos de las consejerías presentes (3 votos a favor).');
    expect(docx).toMatch(/Clausura\s+Se clausuró la sesión a las \d\d:\d\d h\.\s+_+\s+Ana Presidenta\s+Presidencia de la Comisión\s+_+\s+Marta Secretaria\s+Secretaría Técnica de la Comisión/);
    expect(docx).toContain('En la primera ronda, de hasta 10 min por intervención, hizo uso de la palabra: Luis Consejero (4 min).');
    expect(docx).toContain('el engrose queda a cargo de la Secretaría Técnica.');
  });

  it('given bad arguments or an unknown session, then exit 1 with what to do', async () => {
    expect(await sesiona()).toMatchObject({ code: 1, stderr: expect.stringMatching(/falta el identificador/) });
    expect(await sesiona('no-such-session')).toMatchObject({ code: 1, stderr: expect.stringMatching(/no existe la sesión «no-such-session» en el almacén \S+sesiona\.sqlite/) });
    expect(await sesiona(SESSION_ID, '--format', 'pdf')).toMatchObject({ code: 1, stderr: expect.stringMatching(/--format debe ser md o docx/) });
  });
});
