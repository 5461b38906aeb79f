/**
 * The bot's cards as a narrow Teams client draws them: each card rendered by Microsoft's `adaptivecards` renderer
 * (the one Teams' web client builds on) with Teams' host config, 320 px wide, in headless Chromium. No button's
 * title may be cut («Cerrar vota…»): every title fits its button, every button fits the card, also those inside
 * the forms a button opens (each form is opened in turn). The draft card of a 14-item order of the day stays short.
 * Screenshots go to tests/artifacts/cards-320/ (not committed).
 *
 * The font is Teams' stack ('Segoe UI', Tahoma, Geneva, Verdana, sans-serif); on a machine without Segoe UI the
 * browser falls back to a wider font (DejaVu Sans here), so a title that fits here fits in Teams.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { importAgendaText } from '../../src/agenda-import';
import { toSessionView } from '../../src/app/session-view';
import { fold, type SessionEvent } from '../../src/domain';
import { cast, command, inSession, item, run, sessionWithRoster, started, voteId } from '../../src/domain/testing/session-spec';
import { agendaCard } from '../../bot/cards/agenda-card';
import type { AdaptiveCardJson } from '../../bot/cards/card-kit';
import { draftCard } from '../../bot/cards/draft-card';
import { itemCard } from '../../bot/cards/item-card';
import { presenceCard } from '../../bot/cards/presence-card';
import { quorumCard, quorumCheckCard } from '../../bot/cards/quorum-card';
import { rollCallCard } from '../../bot/cards/roll-call-card';
import { findView } from '../../bot/cards/session-controls';
import { EVERYONE, viewerOf } from '../../bot/cards/viewer';
import { voteCard } from '../../bot/cards/vote-card';
import { welcomeCard } from '../../bot/cards/welcome-card';
import type { Language } from '../../bot/i18n/language';

const SHOTS = join(__dirname, '..', 'artifacts', 'cards-320');
const WIDTH = 320;
/** The draft card of a 14-item order of the day, items and buttons, in pixels at 320 px (before: 1,900). */
const DRAFT_MAX_HEIGHT = 1100;

/** The parts of Teams' light host config (microsoft/AdaptiveCards, samples/HostConfig/microsoft-teams-light.json) that set sizes. */
const TEAMS_HOST_CONFIG = {
  supportsInteractivity: true,
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#EEEEEE' },
  fontStyles: {
    default: {
      fontFamily: "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
  },
  containerStyles: {
    default: { backgroundColor: '#ffffff', foregroundColors: { default: { default: '#ff252424', subtle: '#bf252424' }, accent: { default: '#6264a7', subtle: '#8b8cc7' }, good: { default: '#92c353', subtle: '#e592c353' }, attention: { default: '#c4314b', subtle: '#e5c4314b' } } },
    emphasis: { backgroundColor: '#fff9f8f7', foregroundColors: { default: { default: '#ff252424', subtle: '#bf252424' } } },
  },
  actions: {
    maxActions: 6, spacing: 'Default', buttonSpacing: 8, showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
    preExpandSingleShowCardAction: false, actionsOrientation: 'Horizontal', actionAlignment: 'Left',
  },
  adaptiveCard: { allowCustomStyle: false },
  factSet: { title: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Bolder', wrap: true }, value: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Default', wrap: true }, spacing: 16 },
};

/** Teams' buttons: 14 px semibold, 32 px high, 12 px padding each side (the renderer sets the layout; the host sets these). */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; background: #f5f5f5; font-family: 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; }
  #card { width: ${WIDTH}px; background: #fff; }
  .ac-pushButton { font: 600 14px 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; min-height: 32px; padding: 4px 12px; box-sizing: border-box;
    border: 1px solid #c8c6c4; border-radius: 4px; background: #fff; color: #252424; display: flex; align-items: center; justify-content: center; }
  .ac-pushButton.style-positive { background: #6264a7; border-color: #6264a7; color: #fff; }
  .ac-pushButton.style-destructive { color: #c4314b; }
  .ac-pushButton.expanded { background: #e1dfdd; }
  .ac-input { font: 14px 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; min-height: 32px; box-sizing: border-box; width: 100%; }
</style></head><body><div id="card"></div></body></html>`;

interface Measure {
  /** Buttons whose title does not fit (or that stick out of the card), by title, in every state of the card's forms. */
  cut: string[];
  /** Every button title seen, in every state. */
  titles: string[];
  height: number;
}

/** Renders a card at 320 px and measures its buttons, also with each of its forms (Action.ShowCard) open in turn. */
async function measure(page: Page, card: AdaptiveCardJson): Promise<Measure> {
  return page.evaluate(({ json, hostConfig }) => {
    const AC = (window as unknown as { AdaptiveCards: typeof import('adaptivecards') }).AdaptiveCards;
    // Teams renders the cards' Markdown; **bold** and _italic_ are what the cards use
    AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      result.outputHtml = escaped.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/(^|\s)_(.+?)_(?=\s|$|[.,;:)])/g, '$1<i>$2</i>').replace(/\n/g, '<br>');
      result.didProcess = true;
    };
    const host = document.getElementById('card')!;
    host.innerHTML = '';
    const card = new AC.AdaptiveCard();
    card.hostConfig = new AC.HostConfig(hostConfig);
    card.parse(json);
    host.appendChild(card.render()!);
    const height = host.getBoundingClientRect().height;
    const cut = new Set<string>();
    const titles = new Set<string>();
    const check = () => {
      const right = host.getBoundingClientRect().right;
      for (const button of Array.from(host.querySelectorAll<HTMLElement>('.ac-pushButton'))) {
        if (!button.offsetParent) continue; // inside a form not open now
        const title = button.querySelector('div') as HTMLElement;
        const text = button.innerText.trim();
        titles.add(text);
        if (title.scrollWidth > title.clientWidth || button.getBoundingClientRect().right > right + 0.5) cut.add(text);
      }
    };
    check();
    const forms = Array.from(host.querySelectorAll<HTMLElement>('.ac-pushButton[aria-expanded]'));
    for (const form of forms) {
      form.click();
      check();
      form.click();
    }
    return { cut: [...cut], titles: [...titles], height };
  }, { json: card as unknown, hostConfig: TEAMS_HOST_CONFIG });
}

async function screenshot(page: Page, name: string, card: AdaptiveCardJson): Promise<void> {
  await measure(page, card);
  await page.locator('#card').screenshot({ path: join(SHOTS, `${name}.png`) });
}

const view = (events: SessionEvent[]) => {
  const state = fold(events);
  return { state, view: toSessionView(state, events.length) };
};

/** Item 1 put to a vote, the three voting members present when it opened; Sofía left after. */
function openVote() {
  const events = run([
    command('StartItem', cast.secretary, { number: item('1') }, 7),
    command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'nominal' }, 8),
    command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }, 9),
  ], inSession());
  return view(events);
}

/** Item 3.b under way: Luis has the floor in round 1 and Sofía and Pedro wait (or nobody has it when `ended`). */
function debate(ended: boolean) {
  const present = [cast.chair, cast.luis, cast.sofia, cast.representative, cast.guest];
  const events = run([
    command('StartItem', cast.secretary, { number: item('3.b') }, 10),
    command('AskForFloor', cast.luis, {}, 11),
    command('AskForFloor', cast.sofia, {}, 11),
    command('AskForFloor', cast.representative, {}, 11),
    command('GiveFloor', cast.secretary, {}, 12),
    ...(ended ? [command('EndIntervention', cast.luis, {}, 15)] : []),
  ], inSession(undefined, undefined, present));
  return view(events);
}

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');

describe('the cards at 320 px, as Teams draws them', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await page.setContent(PAGE);
    await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const fits = async (name: string, card: AdaptiveCardJson, expectTitles: string[] = []) => {
    const m = await measure(page, card);
    await screenshot(page, name, card);
    expect(m.titles).toEqual(expect.arrayContaining(expectTitles));
    expect({ name, cut: m.cut }).toEqual({ name, cut: [] });
    return m;
  };

  it('the check sees a cut title: the chair\'s old row of five buttons in one row is caught', async () => {
    const row = ['Votación económica', 'Votación nominal', 'Retirar punto', 'Diferir punto', 'Clausurar sesión'].map((title) => ({ type: 'Action.Execute', title, verb: 'command', data: {} }));
    const m = await measure(page, { type: 'AdaptiveCard', $schema: '', version: '1.5', body: [{ type: 'TextBlock', text: 'Punto 1' }], actions: row });
    expect(m.cut.length).toBeGreaterThan(0);
  });

  for (const lang of ['es', 'en'] as Language[]) {
    const es = lang === 'es';

    it(`the vote card (${lang}): a voter's three ballots, the chair's ballots and «close», the secretary's «close», none cut`, async () => {
      const { view: v } = openVote();
      const vote = v.openVote!;
      await fits(`vote-voter-${lang}`, voteCard(v, vote, viewerOf(v, cast.luis.id), lang), es ? ['A favor', 'En contra', 'Abstención'] : ['In favour', 'Against', 'Abstain']);
      await fits(`vote-departed-${lang}`, voteCard(v, vote, viewerOf(v, cast.sofia.id), lang));
      await fits(`vote-chair-${lang}`, voteCard(v, vote, viewerOf(v, cast.chair.id), lang), es ? ['A favor', 'En contra', 'Abstención', 'Cerrar votación'] : ['In favour', 'Against', 'Abstain', 'Close vote']);
      await fits(`vote-secretary-${lang}`, voteCard(v, vote, viewerOf(v, cast.secretary.id), lang), [es ? 'Cerrar votación' : 'Close vote']);
      await fits(`vote-shared-${lang}`, voteCard(v, vote, EVERYONE, lang));
    });

    it(`the item card with the debate (${lang}): the secretary's and each speaker's buttons and forms, none cut`, async () => {
      for (const ended of [false, true]) {
        const { view: v } = debate(ended);
        const it3b = findView(v, '3.b')!;
        for (const who of [cast.secretary, cast.chair, cast.luis, cast.sofia, cast.representative]) {
          await fits(`item-debate-${ended ? 'floor-free' : 'speaking'}-${who.name.split(' ')[0]!.toLowerCase()}-${lang}`, itemCard(v, it3b, viewerOf(v, who.id), lang));
        }
        await fits(`item-debate-${ended ? 'floor-free' : 'speaking'}-shared-${lang}`, itemCard(v, it3b, EVERYONE, lang));
      }
    });

    it(`the chair's row on the agenda and item cards (${lang}): next item, votes, withdraw, defer, recess, closing — none cut`, async () => {
      const { view: before } = view(inSession());
      await fits(`agenda-chair-${lang}`, agendaCard(before, viewerOf(before, cast.chair.id), lang), [es ? 'Siguiente punto' : 'Next item']);
      const { view: v } = view(run([command('StartItem', cast.secretary, { number: item('1') }, 7)], inSession()));
      await fits(`item-chair-${lang}`, itemCard(v, findView(v, '1')!, viewerOf(v, cast.chair.id), lang));
      const { view: unapproved } = view(started());
      await fits(`agenda-unapproved-${lang}`, agendaCard(unapproved, viewerOf(unapproved, cast.secretary.id), lang));
    });

    it(`the departure notice (${lang}): the secretary's two choices, none cut`, async () => {
      const { view: v } = view(run([command('RecordAttendanceHint', { id: 'microsoft-teams' as never, name: 'Microsoft Teams' }, { kind: 'left', participant: { id: cast.luis.id, name: cast.luis.name } })], inSession()));
      await fits(`presence-${lang}`, presenceCard(v, { burst: 'b1', change: 'left', memberIds: [cast.luis.id] }, viewerOf(v, cast.secretary.id), lang));
    });

    it(`the setup, roll call and quorum cards (${lang}): their buttons are not cut either`, async () => {
      await fits(`welcome-${lang}`, welcomeCard(lang), [es ? 'Ver comandos' : 'See commands']);
      const { view: roll } = view(run([command('StartRollCall', cast.secretary, {}, 1)], sessionWithRoster()));
      await fits(`roll-call-secretary-${lang}`, rollCallCard(roll, viewerOf(roll, cast.secretary.id), lang));
      await fits(`roll-call-chair-${lang}`, rollCallCard(roll, viewerOf(roll, cast.chair.id), lang));
      const { view: lost } = view(run([
        command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false }, 8),
        command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }, 8),
      ], inSession()));
      const lostAt = lost.quorumRecord.findIndex((q) => q.when === 'lost');
      await fits(`quorum-lost-${lang}`, quorumCard(lost, lostAt, viewerOf(lost, cast.secretary.id), lang)!);
      await fits(`agenda-no-quorum-${lang}`, agendaCard(lost, viewerOf(lost, cast.chair.id), lang));
      const { view: check } = view(run([command('StartQuorumCheck', cast.secretary, { checkId: 'q1' }, 9)], inSession()));
      await fits(`quorum-check-chair-${lang}`, quorumCheckCard(check, 'q1', viewerOf(check, cast.chair.id), lang)!);
    });

    it(`the draft card of the 14-item order of the day (${lang}) stays short, and its buttons and the form of kinds are not cut`, async () => {
      const imported = importAgendaText(FIXTURE);
      if (!imported.ok) throw new Error(imported.error.message.es);
      const m = await fits(`draft-14-${lang}`, draftCard('d1', imported.agenda, lang));
      expect(m.height).toBeLessThan(DRAFT_MAX_HEIGHT);
    });
  }
});
