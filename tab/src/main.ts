/**
 * The side panel and stage page: finds the session (from the Teams meeting, or ?session=ID in a browser), shows it,
 * and keeps it live.
 */
import type { SessionView } from '../../src/app/session-view';
import { type Lang, langOf, T } from './i18n';
import { type ConnectionState, LiveConnection } from './live-connection';
import { renderScreen, renderSession, type Screen } from './render';
import { detectHost, type Host } from './teams-host';

const root = document.getElementById('app')!;
const status = document.getElementById('connection')!;
const shareButton = document.getElementById('share') as HTMLButtonElement;

function applyTheme(theme: string): void {
  document.body.classList.remove('theme-default', 'theme-dark', 'theme-contrast');
  document.body.classList.add(`theme-${theme === 'dark' || theme === 'contrast' ? theme : 'default'}`);
}

function showScreen(screen: Screen, lang: Lang): void {
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

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const host = await detectHost();
  const lang = langOf(params.get('lang') ?? host.locale);
  document.documentElement.lang = lang === 'es' ? 'es-MX' : 'en';
  document.body.classList.add(host.frame === 'meetingStage' || params.get('view') === 'stage' ? 'stage' : 'panel');
  applyTheme(params.get('theme') ?? host.theme);
  host.onTheme(applyTheme);
  status.textContent = T[lang].connecting;

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
  const onState = (state: ConnectionState) => {
    if (state === 'not-found') return showScreen('not-found', lang);
    if (state === 'unauthorized') return showScreen('token', lang);
    if (state === 'forbidden') return showScreen('forbidden', lang);
    status.textContent = state === 'live' ? `● ${T[lang].live}` : state === 'reconnecting' ? T[lang].reconnecting : T[lang].connecting;
    status.className = `connection ${state}`;
  };
  const onView = (view: SessionView) => {
    lastView = view;
    root.innerHTML = renderSession(view, lang);
    root.dataset.version = String(view.version);
    root.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
    const conducting = host.inTeams && host.frame === 'sidePanel' && view.members.some((m) => m.id === host.userId && m.can.conducts);
    shareButton.hidden = !conducting;
  };
  shareButton.textContent = T[lang].shareToStage;
  shareButton.addEventListener('click', async () => {
    if (!lastView) return;
    const shared = await host.shareToStage(`${location.origin}/tab/?session=${encodeURIComponent(lastView.id)}&view=stage`);
    if (shared) shareButton.textContent = T[lang].sharing;
  });
  await new LiveConnection<SessionView>({ url: `/api/sessions/${encodeURIComponent(sessionId)}/stream`, token: () => host.token(), onView, onState }).run();
}

start().catch(() => showScreen('error', langOf(navigator.language)));
