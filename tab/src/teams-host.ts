/**
 * Where the page runs: inside Teams (meeting side panel or stage) or in a plain browser. Outside Teams,
 * `app.initialize()` only fails after a long timeout, so a page that is not in an iframe is a browser page at once,
 * and an iframe that does not answer within 3 s is treated the same way.
 */
import { app, authentication, dialog, meeting } from '@microsoft/teams-js';

export interface Host {
  inTeams: boolean;
  locale: string | null;
  meetingId: string | null;
  frame: 'sidePanel' | 'meetingStage' | 'content' | 'browser';
  theme: 'default' | 'dark' | 'contrast';
  userId: string | null;
  token(): Promise<string | null>;
  shareToStage(url: string): Promise<boolean>;
  /** Opens a Teams dialog (task module) on a page of Sesiona; false outside Teams. */
  openDialog(url: string, title: string): boolean;
  onTheme(handler: (theme: string) => void): void;
}

/** Outside Teams the page has no client language: the `lang` parameter says it, else the server's default (Spanish). */
const browserHost = (): Host => ({
  inTeams: false,
  locale: null,
  meetingId: null,
  frame: 'browser',
  theme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default',
  userId: null,
  token: async () => null,
  shareToStage: async () => false,
  openDialog: () => false,
  onTheme: () => undefined,
});

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

export async function detectHost(): Promise<Host> {
  if (window.parent === window) return browserHost();
  try {
    await withTimeout(app.initialize(), 3_000);
    const context = await app.getContext();
    const frame = context.page.frameContext;
    return {
      inTeams: true,
      locale: context.app.locale ?? null,
      meetingId: context.meeting?.id ?? null,
      frame: frame === 'meetingStage' ? 'meetingStage' : frame === 'sidePanel' ? 'sidePanel' : 'content',
      theme: (context.app.theme as Host['theme']) ?? 'default',
      userId: context.user?.id ?? null,
      token: async () => {
        try {
          return await authentication.getAuthToken();
        } catch {
          return null;
        }
      },
      shareToStage: (url) => new Promise((resolve) => meeting.shareAppContentToStage((error) => resolve(!error), url)),
      openDialog: (url, title) => {
        if (!dialog.url.isSupported()) return false;
        dialog.url.open({ url, title, size: { height: 360, width: 520 } });
        return true;
      },
      onTheme: (handler) => app.registerOnThemeChangeHandler(handler),
    };
  } catch {
    return browserHost();
  }
}
