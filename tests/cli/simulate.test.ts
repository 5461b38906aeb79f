/**
 * `sesiona simulate`: a whole session without a tenant, through the real /api/messages, as a person runs it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function run(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let out = '';
  const child = spawn(process.execPath, [join(root, 'bin', 'sesiona.js'), 'simulate', ...args], { env: { ...process.env, PORT: '0', DATABASE_URL: '' }, cwd: root });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(pattern: RegExp, output: () => string, ms = 60_000): Promise<RegExpMatchArray> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const m = output().match(pattern);
    if (m) return m;
  }
  throw new Error(`timed out waiting for ${pattern}; output so far:\n${output()}`);
}

/**
 * A simulation mostly waits (Teams' send rate limits, kept by the local connector): the long ones run side by side,
 * each in a data directory of its own.
 */
const dataDirs: string[] = [];
const newDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sesiona-simulate-test-'));
  dataDirs.push(dir);
  return dir;
};

describe('sesiona simulate', () => {
  afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it.concurrent('given the demo agenda, when simulated with --exit, then the transcript tells the whole session and it exits 0', async () => {
    const dataDir = newDataDir();
    const sim = run(['--exit', '--pace', '0', '--data-dir', dataDir]);
    expect(await sim.exited).toBe(0);
    const out = sim.output();
    expect(out).toMatch(/Marta Ruiz \(Secretaría Técnica\): @Sesiona orden del día … \(\d+ líneas\)\n  Sesiona publica la tarjeta «Orden del día leído»/);
    expect(out).toMatch(/Sesión creada: «SEXTA SESIÓN ORDINARIA DE 2024», 14 puntos/);
    expect(out).toMatch(/Ana López \(Presidencia\) pulsa \[Presente\]\n  Sesiona actualiza la tarjeta «Pase de lista · SEXTA SESIÓN ORDINARIA DE 2024»: Quórum: 1\/3 \(se requieren 2\) ✘/);
    expect(out).toMatch(/Sofía Díaz \(Consejera\) pulsa \[Abstención\]\n  Sesiona actualiza la tarjeta «SEXTA SESIÓN ORDINARIA DE 2024»: Votación abierta: han votado 3 de 3\./);
    expect(out).toMatch(/Marta Ruiz \(Secretaría Técnica\) pulsa \[Votar el orden del día\]\n  Sesiona publica la tarjeta «SEXTA SESIÓN ORDINARIA DE 2024»\n    │ Votación económica · Orden del día/);
    // a departure, a lost quorum and a recovery
    expect(out).toMatch(/Teams avisa: Luis Pérez y Sofía Díaz salieron de la reunión\n  Sesiona publica la tarjeta «[^»]+»\n    │ Salidas de la reunión\n    │ Luis Pérez y Sofía Díaz salieron de la reunión\.\n    │ Quórum: 1 de 3 \(se requieren 2\)\. Sin quórum\./);
    expect(out).toMatch(/Marta Ruiz \(Secretaría Técnica\) pulsa \[Registrar salidas\][\s\S]*?│ ⚠ Sin quórum\n    │ A las \d\d:\d\d h se perdió el quórum\. Quórum: 1 de 3 \(se requieren 2\)\./);
    expect(out).toMatch(/@Sesiona votación\n  Sesiona: No hay quórum: está presente 1 de 3 integrantes con derecho a voto y se requieren 2\./);
    expect(out).toMatch(/Sesiona: La sesión entra en receso\./);
    expect(out).toMatch(/@Sesiona regresa @Luis Pérez @Sofía Díaz\n  Sesiona: Se registró el regreso de Luis Pérez y Sofía Díaz\. Quórum: 3 de 3 \(se requieren 2\)\.\n(?:  Sesiona actualiza la tarjeta .*\n)*  Sesiona publica la tarjeta «[^»]+»\n    │ ✔ Quórum recuperado/);
    expect(out).toMatch(/Sesiona: Se reanuda la sesión\./);
    // a debate on the first item put to a vote: two ask for the floor, a moción al orador declined, an extension, two rounds
    for (const said of [
      'Luis Pérez (Consejero): @Sesiona pedir la palabra', 'Pedro Gómez (Representación): @Sesiona pedir la palabra',
      'Marta Ruiz (Secretaría Técnica): @Sesiona siguiente orador', 'Sofía Díaz (Consejera): @Sesiona moción al orador ¿Puede precisar la fuente de las cifras?',
      'Luis Pérez (Consejero): @Sesiona no acepto la moción', 'Marta Ruiz (Secretaría Técnica): @Sesiona ampliar tiempo 1 min',
      'Luis Pérez (Consejero): @Sesiona terminar mi intervención', 'Marta Ruiz (Secretaría Técnica): @Sesiona cerrar ronda',
      'Pedro Gómez (Representación): @Sesiona terminar mi intervención',
    ]) expect(out).toContain(`\n${said}\n  Sesiona`); // each is answered
    expect(out).toMatch(/\n… 5 min 20 s después …\n  Sesiona/); // the time ran out while Pedro spoke: said, not cut off
    expect(out).toMatch(/La minuta dice del debate:\n  Punto 1\. .+\n    En la primera ronda, de hasta 10 min por intervención, hizo uso de la palabra: Luis Pérez \(10 min \d+ s; con una prórroga de 1 min\)\.\n/);
    expect(out).toContain('\n    Sofía Díaz formuló una moción al orador a Luis Pérez: “¿Puede precisar la fuente de las cifras?”. No fue aceptada.\n');
    expect(out).toContain('\n    Al cerrarse la primera ronda, quedó fuera de la lista sin intervenir Pedro Gómez.\n');
    expect(out).toMatch(/\n    En la segunda ronda, de hasta 5 min por intervención, hizo uso de la palabra: Pedro Gómez \(5 min \d+ s; excedió el límite de 5 min por \d+ s\)\.\n/);
    expect(out).toMatch(/\n  En la sesión, el uso de la palabra sumó 16 min \d+ s: 10 min \d+ s en la primera ronda y 5 min \d+ s en la segunda ronda\.\n/);
    expect(out).toMatch(/Sesiona: Asunto general agregado al orden del día\./);
    expect(out).toMatch(/Sesiona actualiza la tarjeta «[^»]+»: Estado: Sesión clausurada/);
    expect(out).toMatch(/Sesiona: Proyecto de minuta de «SEXTA SESIÓN ORDINARIA DE 2024»: http:\/\/127\.0\.0\.1:\d+\/api\/sessions\/[^/]+\/minutes\.docx/);
    expect(out).toMatch(/Panel lateral: http:\/\/127\.0\.0\.1:\d+\/tab\/\?session=/);
  }, 150_000);

  it.concurrent('given no --exit, then the side panel and the session stay up at the printed address until Ctrl+C', async () => {
    const dataDir = newDataDir();
    const file = join(dataDir, 'agenda.txt');
    writeFileSync(file, 'COMISIÓN DE PRUEBA\nPRIMERA SESIÓN EXTRAORDINARIA\nOrden del día\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Asuntos generales.');
    const sim = run([file, '--pace', '0', '--data-dir', join(dataDir, 'store')]);
    try {
      const [, url, id] = await waitFor(/Panel lateral: (http:\/\/127\.0\.0\.1:\d+)\/tab\/\?session=(\S+)/, sim.output);
      expect((await fetch(`${url}/tab/?session=${id}`)).status).toBe(200);
      const view = await (await fetch(`${url}/api/sessions/${id}`)).json() as { phase: string; agenda: { number: string; status: string }[] };
      expect(view.phase).toBe('closed');
      expect(view.agenda[0]).toMatchObject({ number: '1', status: 'approved' });
      // the minutes the session serves tell the debate on item 1
      const minutes = await (await fetch(`${url}/api/sessions/${id}/minutes.md`)).text();
      expect(minutes).toMatch(/### 1\. Proyecto de acuerdo por el que se aprueba el calendario\.?\n\nEn la primera ronda, de hasta 10 min por intervención, hizo uso de la palabra: Luis Pérez \(10 min \d+ s; con una prórroga de 1 min\)\./);
      expect(minutes).toMatch(/### Uso de la palabra\n\nEn la sesión, el uso de la palabra sumó 16 min \d+ s/);
      sim.child.kill('SIGINT');
      expect(await sim.exited).toBe(0);
    } finally {
      sim.child.kill('SIGKILL');
    }
  }, 150_000);

  it.concurrent('given an agenda of its own in English, then the session follows that agenda', async () => {
    const dataDir = newDataDir();
    const file = join(dataDir, 'agenda.txt');
    writeFileSync(file, 'COMISIÓN DE PRUEBA\nPRIMERA SESIÓN EXTRAORDINARIA\nOrden del día\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Proyecto de acuerdo por el que se aprueba el presupuesto.\n3. Asuntos generales.');
    const sim = run([file, '--exit', '--pace', '0', '--lang', 'en', '--data-dir', join(dataDir, 'store')]);
    expect(await sim.exited).toBe(0);
    const out = sim.output();
    expect(out).toMatch(/Marta Ruiz \(Technical secretary\): @Sesiona vote nominal/);
    expect(out).toMatch(/Marta Ruiz \(Technical secretary\): @Sesiona vote\n/);
    expect(out).toMatch(/Session "[^"]+" finished\./);
    expect(out).toContain('\nSofía Díaz (Voting member): @Sesiona motion to the speaker Could you give the source of the figures?\n  Sesiona');
    expect(out).toMatch(/The minutes say of the debate:\n  Item 1\. .+\n    In the first round, of up to 10 min each, the floor was taken by Luis Pérez \(10 min \d+ s; given 1 min more\)\.\n/);
    expect(out).toContain('\n    Sofía Díaz put a motion to the speaker to Luis Pérez: “Could you give the source of the figures?”. It was declined.\n');
    expect(out).toContain('\n    When the first round closed, Pedro Gómez was still waiting and dropped from the list.\n');
    expect(out).toMatch(/\n    In the second round, of up to 5 min each, the floor was taken by Pedro Gómez \(5 min \d+ s; \d+ s over the 5 min limit\)\.\n/);
  }, 150_000);

  it('given a file that is not there, then it says so and exits 1', async () => {
    const sim = run([join(newDataDir(), 'missing.docx'), '--exit']);
    expect(await sim.exited).toBe(1);
    expect(sim.output()).toMatch(/No se puede leer «.*missing\.docx»\. Indica un archivo \.txt, \.docx o PDF con el orden del día\./);
  });
});
