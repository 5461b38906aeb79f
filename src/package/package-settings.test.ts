import { isHostName, resolvePackageSettings, type SettingSources } from './package-settings';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const sources = (over: Partial<SettingSources> = {}): SettingSources => ({ env: {}, flags: {}, file: null, defaultVersion: '0.1.0', ...over });
const problems = (over: Partial<SettingSources>) => {
  const r = resolvePackageSettings(sources(over));
  if (r.ok) throw new Error('expected problems');
  return r.problems;
};

describe('package settings', () => {
  it('given the server\'s own variables, then the package uses them, with package.json\'s version and the panel as default links', () => {
    const r = resolvePackageSettings(sources({ env: { MicrosoftAppId: APP_ID, SESIONA_PUBLIC_HOST: 'sesiona.example.org' } }));
    expect(r).toEqual({
      ok: true,
      settings: {
        appId: APP_ID, host: 'sesiona.example.org', version: '0.1.0',
        websiteUrl: 'https://sesiona.example.org/tab/', privacyUrl: 'https://sesiona.example.org/tab/', termsUrl: 'https://sesiona.example.org/tab/',
      },
      warnings: [expect.objectContaining({ where: 'SESIONA_PRIVACY_URL, SESIONA_TERMS_URL', en: expect.stringMatching(/set both to your institution's pages/) })],
    });
  });

  it('given a flag, a config file and a variable for the same value, then the flag wins, then the file, then the environment', () => {
    const env = { MicrosoftAppId: APP_ID, SESIONA_PUBLIC_HOST: 'env.example.org', SESIONA_APP_VERSION: '1.0.0', SESIONA_PRIVACY_URL: 'https://a.example/p', SESIONA_TERMS_URL: 'https://a.example/t' };
    const file = { SESIONA_PUBLIC_HOST: 'file.example.org', SESIONA_APP_VERSION: '2.0.0' };
    const r = resolvePackageSettings(sources({ env, file, flags: { version: '3.0.0' } }));
    expect(r.ok && [r.settings.host, r.settings.version, r.settings.privacyUrl]).toEqual(['file.example.org', '3.0.0', 'https://a.example/p']);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('given no app id and no host, then both are named with what to set', () => {
    const found = problems({});
    expect(found.map((p) => p.where)).toEqual(['MicrosoftAppId', 'SESIONA_PUBLIC_HOST']);
    expect(found[0]!.en).toMatch(/the app id is missing\. What to do: set MicrosoftAppId \(or pass --app-id\)/);
    expect(found[0]!.es).toMatch(/falta el id de la app\. Qué hacer: define MicrosoftAppId/);
  });

  it('given an app id that is not a GUID, then it says what to copy from Entra', () => {
    expect(problems({ env: { MicrosoftAppId: 'sesiona-bot', SESIONA_PUBLIC_HOST: 'x.example.org' } })[0]!.en).toMatch(/"sesiona-bot" is not a GUID\. What to do: copy the "Application \(client\) ID"/);
  });

  it.each([
    ['https://sesiona.example.org'],
    ['sesiona.example.org/'],
    ['sesiona.example.org/tab'],
    ['sesiona example.org'],
    ['-sesiona.example.org'],
    ['sesiona.example.org:99999'],
  ])('given the host "%s", then it is refused: host name only', (host) => {
    const found = problems({ env: { MicrosoftAppId: APP_ID, SESIONA_PUBLIC_HOST: host } });
    expect(found).toEqual([expect.objectContaining({ where: 'SESIONA_PUBLIC_HOST', en: expect.stringMatching(/is not a host name\. What to do: give the host only, without https:\/\//) })]);
  });

  it('given a dev tunnel host or a host with a port, then they are host names', () => {
    expect(isHostName('k8s2x1w7-3978.usw2.devtunnels.ms')).toBe(true);
    expect(isHostName('sesiona.example.org:8443')).toBe(true);
  });

  it('given localhost, then the package is built but a warning says Teams cannot reach it', () => {
    const r = resolvePackageSettings(sources({ env: { MicrosoftAppId: APP_ID, SESIONA_PUBLIC_HOST: 'localhost:3978' } }));
    expect(r.ok && r.warnings.map((w) => w.en)).toEqual([expect.stringMatching(/exists on this machine only/), expect.stringMatching(/privacy notice/)]);
  });

  it.each([['1.0'], ['v1.0.0'], ['1.0.0-beta'], ['01.0.0']])('given the version "%s", then it is refused: MAJOR.MINOR.PATCH', (version) => {
    expect(problems({ env: { MicrosoftAppId: APP_ID, SESIONA_PUBLIC_HOST: 'x.example.org' }, flags: { version } })).toEqual([
      expect.objectContaining({ where: 'SESIONA_APP_VERSION', en: expect.stringMatching(/is not a MAJOR\.MINOR\.PATCH version/) }),
    ]);
  });

  it('given a privacy link that is not https, then it is refused', () => {
    expect(problems({ env: { MicrosoftAppId: APP_ID, SESIONA_PUBLIC_HOST: 'x.example.org', SESIONA_PRIVACY_URL: 'http://iecm.example.mx/privacidad' } })).toEqual([
      expect.objectContaining({ where: 'SESIONA_PRIVACY_URL', en: expect.stringMatching(/is not an https URL/) }),
    ]);
  });
});
