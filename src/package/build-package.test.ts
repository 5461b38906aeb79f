import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { buildPackage, MANIFEST_DIR, type PackageResult } from './build-package';
import { formatProblems, type PackageProblem } from './package-problem';
import type { PackageSettings } from './package-settings';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SETTINGS: PackageSettings = {
  appId: APP_ID,
  host: 'sesiona.example.org',
  version: '1.2.3',
  websiteUrl: 'https://sesiona.example.org/tab/',
  privacyUrl: 'https://iecm.example.mx/privacidad',
  termsUrl: 'https://iecm.example.mx/terminos',
};

const problemsOf = (result: PackageResult): PackageProblem[] => {
  if (result.ok) throw new Error('expected the package to be refused');
  return result.problems;
};

/** A writable copy of manifest/ for one test, so a test can break one file. */
function manifestCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sesiona-manifest-'));
  cpSync(MANIFEST_DIR, dir, { recursive: true });
  copies.push(dir);
  return dir;
}
const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

const editJson = (path: string, edit: (json: Record<string, unknown>) => void) => {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
};

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const image = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) image.data.set(pixel(x, y), (y * size + x) * 4);
  return PNG.sync.write(image);
}

describe('a valid package', () => {
  it('given the deployment settings, when built, then the zip holds the filled manifest, both icons and the English file, and nothing else', async () => {
    const result = await buildPackage(SETTINGS);
    if (!result.ok) throw new Error(formatProblems(result.problems));

    const zip = await JSZip.loadAsync(result.zip);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-US.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.webApplicationInfo).toEqual({ id: APP_ID, resource: `api://sesiona.example.org/${APP_ID}` });
    expect(manifest.validDomains).toEqual(['sesiona.example.org']);
    expect(manifest.developer.privacyUrl).toBe('https://iecm.example.mx/privacidad');
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
  });

  it('then the meeting tab is one configurable tab on the side panel, stage, meeting chat and details, configured at /tab/config.html', async () => {
    const result = await buildPackage(SETTINGS);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const [tab, ...others] = result.manifest.configurableTabs as Record<string, unknown>[];
    expect(others).toEqual([]);
    expect(tab).toMatchObject({
      configurationUrl: 'https://sesiona.example.org/tab/config.html',
      scopes: ['groupChat'],
      context: ['meetingSidePanel', 'meetingStage', 'meetingChatTab', 'meetingDetailsTab'],
      meetingSurfaces: ['sidePanel', 'stage'],
    });
    expect(result.manifest.staticTabs).toBeUndefined();
  });

  it('then the RSC permissions are exactly those the bot and the tab use', async () => {
    const result = await buildPackage(SETTINGS);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const rsc = (result.manifest.authorization as { permissions: { resourceSpecific: { name: string; type: string }[] } }).permissions.resourceSpecific;
    expect(rsc.map((p) => `${p.name}:${p.type}`).sort()).toEqual([
      'MeetingStage.Write.Chat:Delegated', // tab: meeting.shareAppContentToStage
      'OnlineMeeting.ReadBasic.Chat:Application', // bot: meeting start / end events
      'OnlineMeetingNotification.Send.Chat:Application', // bot: targeted in-meeting notification when a vote opens
      'OnlineMeetingParticipant.Read.Chat:Application', // bot: getMeetingParticipant (organizer rights), join / leave hints
    ]);
  });

  it('then the bot suggests its commands in Spanish, and the English file translates every one of them', async () => {
    const result = await buildPackage(SETTINGS);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const zip = await JSZip.loadAsync(result.zip);
    const english = JSON.parse(await zip.file('en-US.json')!.async('string')) as Record<string, string>;
    const bot = (result.manifest.bots as { scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[])[0]!;
    expect(bot.scopes).toEqual(['groupChat', 'team', 'personal']);
    const meeting = bot.commandLists[0]!;
    expect(meeting.scopes).toEqual(['groupChat', 'team']);
    expect(meeting.commands.map((c) => c.title)).toEqual([
      'ayuda', 'orden del día', 'integrantes', 'pase de lista', 'iniciar sesión', 'aprobar orden del día',
      'siguiente', 'votación', 'acuerdo', 'asunto general', 'receso', 'clausura',
    ]);
    expect(meeting.commands.map((_, i) => english[`bots[0].commandLists[0].commands[${i}].title`])).toEqual([
      'help', 'agenda', 'members', 'roll call', 'start session', 'approve agenda',
      'next', 'vote', 'agreement', 'general matter', 'recess', 'close session',
    ]);
    expect(result.manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'es-MX',
      additionalLanguages: [{ languageTag: 'en-US', file: 'en-US.json' }, { languageTag: 'en', file: 'en-US.json' }],
    });
  });

  it('then the icons in the zip are the committed ones, and two builds of the same input are byte-identical', async () => {
    const first = await buildPackage(SETTINGS);
    const second = await buildPackage(SETTINGS);
    if (!first.ok || !second.ok) throw new Error('expected both builds to pass');
    expect(first.zip.equals(second.zip)).toBe(true);
    const zip = await JSZip.loadAsync(first.zip);
    expect((await zip.file('color.png')!.async('nodebuffer')).equals(readFileSync(join(MANIFEST_DIR, 'icons', 'color.png')))).toBe(true);
    expect((await zip.file('outline.png')!.async('nodebuffer')).equals(readFileSync(join(MANIFEST_DIR, 'icons', 'outline.png')))).toBe(true);
  });

  it('when built, then nothing is fetched: no socket, no http(s) request, no fetch (the schemas are the vendored files)', async () => {
    const spies = [
      jest.spyOn(net.Socket.prototype, 'connect'),
      jest.spyOn(http, 'request'),
      jest.spyOn(https, 'request'),
      jest.spyOn(http, 'get'),
      jest.spyOn(https, 'get'),
      jest.spyOn(globalThis, 'fetch'),
    ];
    try {
      const result = await buildPackage(SETTINGS, manifestCopy()); // a fresh folder: schemas compiled from disk again
      expect(result.ok).toBe(true);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
  });
});

describe('icons', () => {
  it('given a colour icon of the wrong size, then the package is refused naming the file and both sizes', async () => {
    const dir = manifestCopy();
    writeFileSync(join(dir, 'icons', 'color.png'), png(100, () => [15, 107, 116, 255]));
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('manifest/icons/color.png');
    expect(problems[0]!.en).toMatch(/is 100×100; the color icon must be 192×192 pixels/);
    expect(problems[0]!.es).toMatch(/mide 100×100; .* debe medir 192×192/);
  });

  it('given an outline icon of the wrong size, then it is refused for its size', async () => {
    const dir = manifestCopy();
    writeFileSync(join(dir, 'icons', 'outline.png'), png(48, (x) => (x < 24 ? [255, 255, 255, 255] : [0, 0, 0, 0])));
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems.map((p) => p.en)).toEqual([expect.stringMatching(/is 48×48; the outline icon must be 32×32/)]);
  });

  it('given an opaque outline icon (white square, no transparency), then it is refused as opaque', async () => {
    const dir = manifestCopy();
    writeFileSync(join(dir, 'icons', 'outline.png'), png(32, () => [255, 255, 255, 255]));
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems.map((p) => p.where)).toEqual(['manifest/icons/outline.png']);
    expect(problems[0]!.en).toMatch(/is opaque: the outline icon needs a transparent background/);
    expect(problems[0]!.es).toMatch(/es opaco/);
  });

  it('given a coloured outline icon on transparency, then it is refused naming the first coloured pixel', async () => {
    const dir = manifestCopy();
    writeFileSync(join(dir, 'icons', 'outline.png'), png(32, (x, y) => (x > 10 && x < 20 && y === 16 ? [200, 30, 30, 255] : [0, 0, 0, 0])));
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems.map((p) => p.en)).toEqual([expect.stringMatching(/has colour: pixel \(11, 16\) is #c81e1e; the outline icon must be white/)]);
  });

  it('given a fully transparent outline icon, then it is refused because nothing would show', async () => {
    const dir = manifestCopy();
    writeFileSync(join(dir, 'icons', 'outline.png'), png(32, () => [255, 255, 255, 0]));
    expect(problemsOf(await buildPackage(SETTINGS, dir)).map((p) => p.en)).toEqual([expect.stringMatching(/is fully transparent/)]);
  });

  it('given an icon file that is not a PNG, or is missing, then each is named', async () => {
    const dir = manifestCopy();
    writeFileSync(join(dir, 'icons', 'color.png'), 'GIF89a…');
    rmSync(join(dir, 'icons', 'outline.png'));
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems.map((p) => [p.where, p.en.split('.')[0]])).toEqual([
      ['manifest/icons/color.png', expect.stringMatching(/^is not a readable PNG/)],
      ['manifest.json /icons/outline', 'the file "outline' ],
    ]);
    expect(problems[1]!.en).toMatch(/the file "outline.png" does not exist in manifest\/icons\/. What to do: generate the icons with "npm run icons"/);
  });
});

describe('the manifest against the schema', () => {
  it('given a template that breaks the v1.30 schema, then each violation is named by its field path, with what is wrong', async () => {
    const dir = manifestCopy();
    editJson(join(dir, 'manifest.template.json'), (m) => {
      (m.name as Record<string, string>).short = 'Sesiona, sesiones de órganos colegiados';
      m.colour = '#0F6B74';
      ((m.configurableTabs as Record<string, unknown>[])[0]!).context = ['meetingSidePanel', 'meetingPanel'];
      m.accentColor = 'teal';
      delete m.developer;
    });
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    const byPath = Object.fromEntries(problems.map((p) => [p.where, p.en]));
    expect(byPath['manifest.json /name/short']).toMatch(/^has 39 characters; the maximum is 30\. What to do: fix that field in manifest\/manifest.template.json/);
    expect(byPath['manifest.json /']).toBeDefined();
    expect(problems.filter((p) => p.where === 'manifest.json /').map((p) => p.en)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^"colour" is not a property the v1.30 schema allows here/),
      expect.stringMatching(/^the required property "developer" is missing/),
    ]));
    expect(byPath['manifest.json /configurableTabs/0/context/1']).toMatch(/^"meetingPanel" is not one of the allowed values: personalTab, channelTab, privateChatTab, meetingChatTab, meetingDetailsTab, meetingSidePanel, meetingStage/);
    expect(byPath['manifest.json /accentColor']).toMatch(/^"teal" does not have the required form/);
    expect(problems.every((p) => p.es.includes('Qué hacer:') && p.en.includes('What to do:'))).toBe(true);
  });

  it('given thirteen commands in one list, then the list is refused for its length', async () => {
    const dir = manifestCopy();
    editJson(join(dir, 'manifest.template.json'), (m) => {
      const list = (m.bots as { commandLists: { commands: unknown[] }[] }[])[0]!.commandLists[0]!;
      list.commands.push({ title: 'estado', description: 'Resume la sesión.' });
    });
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems.find((p) => p.where === 'manifest.json /bots/0/commandLists/0/commands')?.en).toMatch(/^has 13 entries; the maximum is 12/);
  });

  it('given a placeholder the package does not know, then the template is refused naming it and the known ones', async () => {
    const dir = manifestCopy();
    const path = join(dir, 'manifest.template.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"{{VERSION}}"', '"{{APP_VERSION}}"'));
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems).toEqual([expect.objectContaining({ where: 'manifest/manifest.template.json', en: expect.stringMatching(/placeholder without a value: \{\{APP_VERSION\}\}\. What to do: use only \{\{APP_ID\}\}, \{\{PUBLIC_HOST\}\}, \{\{VERSION\}\}/) })]);
  });

  it('given a template that is not JSON, then it says so', async () => {
    const dir = manifestCopy();
    writeFileSync(join(dir, 'manifest.template.json'), '{ "manifestVersion": "1.30", }');
    expect(problemsOf(await buildPackage(SETTINGS, dir))[0]!.en).toMatch(/^is not valid JSON/);
  });

  it('given fixed ids or a fixed SSO resource in the template, then the mismatch with the settings is named', async () => {
    const dir = manifestCopy();
    editJson(join(dir, 'manifest.template.json'), (m) => {
      (m.bots as Record<string, unknown>[])[0]!.botId = '00000000-0000-0000-0000-000000000001';
      m.webApplicationInfo = { id: '{{APP_ID}}', resource: 'api://old.example.org/{{APP_ID}}' };
      m.validDomains = ['old.example.org'];
    });
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems.map((p) => p.where)).toEqual([
      'manifest.json /bots/0/botId',
      'manifest.json /webApplicationInfo/resource',
      'manifest.json /validDomains',
      'manifest.json /configurableTabs/0/configurationUrl',
    ]);
    expect(problems[1]!.en).toMatch(`Teams SSO needs the Application ID URI api://sesiona.example.org/${APP_ID}`);
  });
});

describe('language files', () => {
  it('given a language file named in the manifest that does not exist, then the manifest field is named', async () => {
    const dir = manifestCopy();
    rmSync(join(dir, 'languages', 'en-US.json'));
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems.map((p) => p.where)).toEqual(['manifest.json /localizationInfo/additionalLanguages/0/file']);
    expect(problems[0]!.en).toMatch(/the file "en-US.json" does not exist in manifest\/languages\/. What to do: create the language file or fix the name/);
  });

  it('given a key Teams cannot translate, then the schema refuses it naming the key', async () => {
    const dir = manifestCopy();
    editJson(join(dir, 'languages', 'en-US.json'), (l) => {
      l['developer.name'] = 'Sesiona';
    });
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems.map((p) => [p.where, p.en.split(' What')[0]])).toEqual([
      ['en-US.json /', '"developer.name" is not a property the v1.30 schema allows here.'],
    ]);
  });

  it('given a key that points past the commands of the manifest, then it is refused as translating nothing', async () => {
    const dir = manifestCopy();
    editJson(join(dir, 'languages', 'en-US.json'), (l) => {
      l['bots[0].commandLists[1].commands[4].title'] = 'status';
    });
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems).toEqual([expect.objectContaining({
      where: 'en-US.json /bots[0].commandLists[1].commands[4].title',
      en: expect.stringMatching(/translates a value the manifest does not have/),
    })]);
  });

  it('given a missing translation, then it names the key and the Spanish text English users would see', async () => {
    const dir = manifestCopy();
    editJson(join(dir, 'languages', 'en-US.json'), (l) => {
      delete l['bots[0].commandLists[0].commands[7].description'];
    });
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems).toEqual([expect.objectContaining({
      where: 'en-US.json /bots[0].commandLists[0].commands[7].description',
      en: expect.stringMatching(/^the en-US translation of "bots\[0\]\.commandLists\[0\]\.commands\[7\]\.description" is missing: people using Teams in that language would see "Abre la votación/),
    })]);
  });

  it('given a file without its required name and description, an empty text and another version\'s schema, then each is named', async () => {
    const dir = manifestCopy();
    editJson(join(dir, 'languages', 'en-US.json'), (l) => {
      delete l['description.short'];
      l['name.full'] = '  ';
      l.$schema = 'https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.Localization.schema.json';
    });
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems.map((p) => p.where)).toEqual(expect.arrayContaining(['en-US.json /', 'en-US.json /name.full', 'en-US.json /$schema', 'en-US.json /description.short']));
    expect(problems.find((p) => p.where === 'en-US.json /')!.en).toMatch(/the required property "description.short" is missing/);
    expect(problems.find((p) => p.where === 'en-US.json /$schema')!.en).toMatch(/the manifest and its language files must share one version/);
  });

  it('given a language file that is not JSON, then it is named', async () => {
    const dir = manifestCopy();
    writeFileSync(join(dir, 'languages', 'en-US.json'), '{"name.short": "Sesiona",}');
    const problems = problemsOf(await buildPackage(SETTINGS, dir));
    expect(problems).toEqual([expect.objectContaining({ where: 'manifest/languages/en-US.json', en: expect.stringMatching(/^is not valid JSON/) })]);
  });
});
