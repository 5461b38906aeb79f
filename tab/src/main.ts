/**
 * The side panel and stage page: finds the session (from the Teams meeting, or ?session=ID in a browser), shows it,
 * and keeps it live. In the meeting side panel (or a browser) it is the scrolled order of the day under a header that
 * stays in sight; on the meeting stage (or with ?view=stage) a projector in large type. The speaker's countdown ticks
 * in the browser. The language is the Teams client's inside Teams, and outside Teams the `lang` parameter's
 * (Spanish, the server's default, without it); never the browser's.
 */
import type { SessionView } from '../../src/app/session-view';
import { type Lang, langOf, T } from './i18n';
import { type ConnectionState, LiveConnection } from './live-connection';
import { ClockTicker } from './clock-ticker';
import { renderBody, renderHeader, renderScreen, type Screen } from './render';
import { renderStage } from './render-stage';
import { detectHost, type Host } from './teams-host';
import { UPLOAD_WORDS } from './upload-words';

const root = document.getElementById('app')!;
const masthead = document.querySelector<HTMLElement>('.masthead')!;
const header = document.getElementById('header')!;
const announcer = document.getElementById('announcer')!;
/** The page's language once known (Spanish until then), for the error screen. */
let pageLang: Lang = 'es';
const status = document.getElementById('connection')!;
const shareButton = document.getElementById('share') as HTMLButtonElement;
const uploadButton = document.getElementById('upload') as HTMLButtonElement;

function applyTheme(theme: string): void {
  document.body.classList.remove('theme-default', 'theme-dark', 'theme-contrast');
  document.body.classList.add(`theme-${theme === 'dark' || theme === 'contrast' ? theme : 'default'}`);
}

function showScreen(screen: Screen, lang: Lang): void {
  header.innerHTML = '';
  root.innerHTML = renderScreen(screen, lang);
  status.textContent = '';
}

async function sessionOfMeeting(host: Host, meetingId: string): Promise<{ id: string } | { screen: Screen }> {
  const token = await host.token();
  const res = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/session`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (res.status === 404) return { screen: 'no-session' };
  if (res.status === 401) return { screen: 'token' };
  if (res.status === 403) return { screen: 'forbidden' };
  if (!res.ok) return { screen: 'error' };
  return { id: ((await res.json()) as { sessionId: string }).sessionId };
}

async function downloadWithSignIn(host: Host, link: HTMLAnchorElement, lang: Lang): Promise<void> {
  const token = await host.token();
  const res = await fetch(link.href, { headers: token ? { authorization: `Bearer ${token}` } : {} }).catch(() => null);
  if (!res?.ok) {
    status.textContent = T[lang].downloadFailed;
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const save = Object.assign(document.createElement('a'), { href: url, download: link.dataset.download ?? '' });
  document.body.append(save);
  save.click();
  save.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const host = await detectHost();
  // the Teams client's language; outside Teams, the page's ?lang=, else the server's (SESIONA_LANGUAGE), else Spanish
  const serverLang = document.querySelector('meta[name="sesiona-language"]')?.getAttribute('content') ?? null;
  const lang = langOf(params.get('lang') ?? host.locale ?? serverLang);
  pageLang = lang;
  document.documentElement.lang = lang === 'es' ? 'es-MX' : 'en';
  const onStage = host.frame === 'meetingStage' || params.get('view') === 'stage';
  document.body.classList.add(onStage ? 'stage' : 'panel');
  applyTheme(params.get('theme') ?? host.theme);
  host.onTheme(applyTheme);
  status.textContent = T[lang].connecting;
  // "Cargar orden del día": in the meeting's side panel, before a session exists or for whoever conducts one not under
  // way (Sesiona decides who may, when the file arrives)
  const meetingId = host.meetingId;
  const mayOfferUpload = host.inTeams && host.frame === 'sidePanel' && meetingId !== null;
  uploadButton.textContent = UPLOAD_WORDS[lang].openFromPanel;
  uploadButton.hidden = !mayOfferUpload;
  uploadButton.addEventListener('click', () => {
    host.openDialog(`${location.origin}/tab/upload.html?meeting=${encodeURIComponent(meetingId ?? '')}&lang=${lang}`, UPLOAD_WORDS[lang].title);
  });

  let sessionId = params.get('session');
  if (!sessionId && host.meetingId) {
    // no session yet: look again every 10 s, so the panel comes alive when the secretary creates it
    for (;;) {
      const found = await sessionOfMeeting(host, host.meetingId);
      if ('id' in found) {
        sessionId = found.id;
        break;
      }
      showScreen(found.screen, lang);
      if (found.screen !== 'no-session') return;
      await new Promise((r) => setTimeout(r, 10_000));
    }
  }
  if (!sessionId) return showScreen('no-link', lang);

  let lastView: SessionView | null = null;
  let lastFocus = '';
  const ticker = new ClockTicker(root, announcer, lang);
  setInterval(() => ticker.tick(lastView?.debate?.floor ?? null, Date.now()), 250);
  const onState = (state: ConnectionState) => {
    if (state === 'not-found') return showScreen('not-found', lang);
    if (state === 'unauthorized') return showScreen('token', lang);
    if (state === 'forbidden') return showScreen('forbidden', lang);
    status.textContent = state === 'live' ? `● ${T[lang].live}` : state === 'reconnecting' ? T[lang].reconnecting : T[lang].connecting;
    status.className = `connection ${state}`;
  };
  const onView = (view: SessionView) => {
    lastView = view;
    const now = Date.now();
    if (onStage) {
      root.innerHTML = renderStage(view, lang, now);
    } else {
      header.innerHTML = renderHeader(view, lang);
      root.innerHTML = renderBody(view, lang, now);
      // what is happening now (the open vote, else the debate, else the current item) scrolls into view below the
      // header that stays on top, once each time it changes, so a reader's own scrolling is not undone by every ballot
      document.documentElement.style.scrollPaddingTop = `${masthead.offsetHeight + 8}px`;
      const focus = view.openVote ? `vote ${view.openVote.id}` : view.debate ? `debate ${view.debate.item}` : `item ${view.currentItem}`;
      if (focus !== lastFocus) root.querySelector(view.openVote ? '.open-vote' : view.debate ? '.debate' : '[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
      lastFocus = focus;
    }
    root.dataset.version = String(view.version);
    ticker.tick(view.debate?.floor ?? null, now);
    const conducting = host.inTeams && host.frame === 'sidePanel' && view.members.some((m) => m.id === host.userId && m.can.conducts);
    shareButton.hidden = !conducting;
    uploadButton.hidden = !(mayOfferUpload && conducting && !['roll-call', 'in-session', 'recess'].includes(view.phase));
  };
  // the minutes are the roster's: fetched with the reader's sign-in (a plain link carries none) and saved as a file
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-download]');
    if (!link) return;
    event.preventDefault();
    void downloadWithSignIn(host, link, lang);
  });
  shareButton.textContent = T[lang].shareToStage;
  shareButton.addEventListener('click', async () => {
    if (!lastView) return;
    const shared = await host.shareToStage(`${location.origin}/tab/?session=${encodeURIComponent(lastView.id)}&view=stage`);
    if (shared) shareButton.textContent = T[lang].sharing;
  });
  await new LiveConnection<SessionView>({ url: `/api/sessions/${encodeURIComponent(sessionId)}/stream`, token: () => host.token(), onView, onState }).run();
}

start().catch(() => showScreen('error', pageLang));
