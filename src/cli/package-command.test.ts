import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runPackageCommand } from './package-command';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sesiona-package-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPackageCommand(args, { env, print: (l) => out.push(l), printError: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sesiona package', () => {
  it('given the app id and host in the environment, when run with --out, then the zip is written and its path printed', async () => {
    const zipPath = join(dir, 'app.zip');
    const r = await run(['--out', zipPath, '--version=2.0.1'], { MicrosoftAppId: APP_ID, SESIONA_PUBLIC_HOST: 'k8s2x1w7-3978.usw2.devtunnels.ms' });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`✓ ${zipPath}`);
    expect(r.out).toContain('manifest.json, color.png, outline.png, en-US.json');
    const manifest = JSON.parse(await (await JSZip.loadAsync(readFileSync(zipPath))).file('manifest.json')!.async('string'));
    expect([manifest.version, manifest.validDomains]).toEqual(['2.0.1', ['k8s2x1w7-3978.usw2.devtunnels.ms']]);
  });

  it('given a --config file, then its values are used', async () => {
    const config = join(dir, 'teams.json');
    writeFileSync(config, JSON.stringify({ MicrosoftAppId: APP_ID, SESIONA_PUBLIC_HOST: 'sesiona.example.org', SESIONA_PRIVACY_URL: 'https://iecm.example.mx/privacidad', SESIONA_TERMS_URL: 'https://iecm.example.mx/terminos' }));
    const r = await run(['--config', config, '--out', join(dir, 'a.zip')]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('⚠');
  });

  it('given no app id, then nothing is written and the problem is printed in Spanish and English', async () => {
    const zipPath = join(dir, 'app.zip');
    const r = await run(['--out', zipPath, '--host', 'sesiona.example.org']);
    expect(r.code).toBe(1);
    expect(existsSync(zipPath)).toBe(false);
    expect(r.err).toContain('✗ MicrosoftAppId');
    expect(r.err).toMatch(/es: falta el id de la app/);
    expect(r.err).toMatch(/en: the app id is missing/);
  });

  it('given an unknown option, a flag without value or a config file with unknown keys, then each is refused', async () => {
    expect((await run(['--app', APP_ID])).err).toMatch(/unknown option/);
    expect((await run(['--host'])).err).toMatch(/--host needs a value/);
    const config = join(dir, 'teams.json');
    writeFileSync(config, JSON.stringify({ appId: APP_ID }));
    const r = await run(['--config', config]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown keys: appId\. What to do: use only MicrosoftAppId, SESIONA_PUBLIC_HOST/);
  });
});
