/**
 * A command line that explains itself, in Spanish (the default) and English (--lang en): one line per command in
 * `sesiona --help`, usage and examples in `sesiona <command> --help`, errors that name the store, file or setting
 * involved and the flag that changes it, every line in the chosen language, plurals right.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HELP } from '../../src/cli/help';
import { SqliteEventStore } from '../../src/store/sqlite-event-store';
import { runCli } from '../support/run-cli';

const COMMANDS = ['serve', 'agenda', 'minutes', 'backup', 'restore', 'simulate', 'playground', 'package'];

describe('sesiona --help', () => {
  it.each([
    ['es', [], /^Uso: sesiona <orden> \[opciones\]\n\nÓrdenes:\n/, /sesiona <orden> --help muestra sus opciones y ejemplos/],
    ['en', ['--lang', 'en'], /^Usage: sesiona <command> \[options\]\n\nCommands:\n/, /sesiona <command> --help shows its options and examples/],
  ] as const)('in %s, then one line per command says what it does', async (lang, flags, head, tail) => {
    const { code, stdout } = await runCli(['--help', ...flags]);
    expect(code).toBe(0);
    expect(stdout).toMatch(head);
    expect(stdout).toMatch(tail);
    const lines = stdout.split('\n').filter((l) => /^ {2}\w/.test(l));
    expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual(COMMANDS);
    for (const name of COMMANDS) expect(stdout).toContain(`${name.padEnd(10)}  ${HELP[name]!.summary[lang]}`);
  });

  it('given the language chosen first, before the command, then the help follows it too', async () => {
    expect((await runCli(['--lang', 'en', 'minutes', '--help'])).stdout).toMatch(/^Usage: sesiona minutes SESSION /);
  });

  it('given SESIONA_LANGUAGE=en and no --lang, then the command line speaks English', async () => {
    expect((await runCli(['--help'], { SESIONA_LANGUAGE: 'en' })).stdout).toMatch(/^Usage: sesiona <command>/);
  });

  it.each(COMMANDS)('sesiona %s --help: usage, what it does and examples, in Spanish and in English', async (name) => {
    const [es, en] = await Promise.all([runCli([name, '--help']), runCli([name, '--help', '--lang', 'en'])]);
    expect(es.code).toBe(0);
    expect(en.code).toBe(0);
    expect(es.stdout).toMatch(new RegExp(`^Uso: sesiona ${name}\\b[^\\n]*\\n\\n[A-ZÁÉÍÓÚ]`));
    expect(en.stdout).toMatch(new RegExp(`^Usage: sesiona ${name}\\b[^\\n]*\\n\\n[A-Z]`));
    expect(en.stdout).not.toMatch(/ARCHIVO|CARPETA|SESION\b|Ejemplos/);
    for (const out of [es.stdout, en.stdout]) {
      const examples = out.split(/\n(?:Ejemplos|Examples):\n/)[1]!.trimEnd().split('\n');
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) expect(example).toMatch(/^ {2}(sesiona|npm|sudo|PORT=)/);
    }
  });
});

describe('errors that say what to do', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sesiona-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given an unknown command, then it says so and lists the commands, in the chosen language', async () => {
    expect(await runCli(['frobnicate'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^sesiona: no existe la orden «frobnicate»\.\n\nUso: sesiona/) });
    expect(await runCli(['frobnicate', '--lang', 'en'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^sesiona: unknown command "frobnicate"\.\n\nUsage: sesiona/) });
    expect(await runCli(['--lang', 'fr', '--help'])).toMatchObject({ code: 1, stderr: 'sesiona: --lang debe ser es o en, no «fr».\n' });
  });

  it('given a session not in the store, then minutes names the store it looked in and how to point elsewhere', async () => {
    const store = new SqliteEventStore(join(dir, 'sesiona.sqlite'));
    await store.close();
    const es = await runCli(['minutes', 'sesion-x'], { SESIONA_DATA_DIR: dir });
    expect(es).toMatchObject({ code: 1, stdout: '' });
    expect(es.stderr).toBe(`sesiona minutes: no existe la sesión «sesion-x» en el almacén ${join(dir, 'sesiona.sqlite')} (SESIONA_DATA_DIR / --data-dir). Revisa el identificador (aparece en el enlace del panel lateral) o indica el almacén donde está con --data-dir CARPETA (SESIONA_DATA_DIR) o DATABASE_URL.\n`);
    const en = await runCli(['minutes', 'sesion-x', '--lang', 'en', '--data-dir', dir]);
    expect(en.stderr).toBe(`sesiona minutes: there is no session "sesion-x" in the store ${join(dir, 'sesiona.sqlite')} (SESIONA_DATA_DIR / --data-dir). Check the id (it is in the side panel link) or point to the store it is in with --data-dir FOLDER (SESIONA_DATA_DIR) or DATABASE_URL.\n`);
  });

  it('given a store folder that does not exist, then minutes says so and creates nothing', async () => {
    const where = join(dir, 'no-such-folder');
    const { code, stderr } = await runCli(['minutes', 'sesion-x', '--data-dir', where, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toBe(`sesiona minutes: the store ${join(where, 'sesiona.sqlite')} (SESIONA_DATA_DIR / --data-dir) does not exist; give the store's folder with --data-dir FOLDER.\n`);
  });

  it('given a wrong setting, then the command names the variable, in a numbered count that agrees', async () => {
    const { code, stderr } = await runCli(['minutes', 'sesion-x', '--lang', 'en'], { SESIONA_TIME_ZONE: 'Mexico City' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^sesiona: the configuration has 1 problem \(docs\/DEPLOYMENT\.md\):\n {2}- SESIONA_TIME_ZONE="Mexico City" is not a time zone/);
  });

  it('given a missing argument, then the usage of that command follows the message', async () => {
    expect(await runCli(['minutes', '--lang', 'en'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^sesiona minutes: the session id is missing\.\n\nUsage: sesiona minutes SESSION/) });
    expect(await runCli(['agenda'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^sesiona agenda: falta «parse»\.\n\nUso: sesiona agenda parse ARCHIVO/) });
    expect(await runCli(['backup'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^sesiona backup: falta el archivo de la copia\.\n\nUso: sesiona backup ARCHIVO/) });
  });

  it('given --lang en, then the importer\'s warnings and reasons are in English too, with plurals right in both languages', async () => {
    const one = join(dir, 'una-nota.txt');
    writeFileSync(one, 'Orden del día\n1. Lista de asistencia.\n2. Proyecto de acuerdo por el que se aprueba el programa.\n¹ Nota al pie.\n');
    const two = join(dir, 'dos-notas.txt');
    writeFileSync(two, 'Orden del día\n1. Lista de asistencia.\n¹ Una nota.\n² Otra nota.\n');
    const [esOne, enOne, esTwo, enTwo] = await Promise.all([
      runCli(['agenda', 'parse', one]), runCli(['agenda', 'parse', one, '--lang', 'en']), runCli(['agenda', 'parse', two]), runCli(['agenda', 'parse', two, '--lang', 'en']),
    ]);
    expect(esOne.stdout).toContain('⚠ Se omitió 1 nota al pie.');
    expect(esTwo.stdout).toContain('⚠ Se omitieron 2 notas al pie.');
    expect(enOne.stdout).toContain('⚠ 1 footnote was left out.');
    expect(enTwo.stdout).toContain('⚠ 2 footnotes were left out.');
    expect(enOne.stdout).toMatch(/2\. Proyecto de acuerdo por el que se aprueba el programa\.\n {3}→ vote \(a draft put to approval\)/);
    const warnings = enOne.stdout.split('\n').filter((l) => l.startsWith('⚠'));
    for (const w of warnings) expect(w).not.toMatch(/\b(Se|No pude|omitieron|encabezado)\b/);
  });
});
