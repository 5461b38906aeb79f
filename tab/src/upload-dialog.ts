/**
 * The "Cargar orden del día" dialog (a Teams task module, opened from the setup card's button or the side panel): a
 * file input; the chosen file goes to `POST /api/agenda-upload?meeting=…` with the person's Teams SSO token, and the
 * server's answer — the draft is in the meeting chat, or why not — is shown here in the person's language. The
 * dialog's URL names the meeting and the language (`?meeting=…&lang=…`); the Teams client's language wins inside
 * Teams when the URL does not say one.
 */
import { dialog } from '@microsoft/teams-js';
import { langOf } from './i18n';
import { detectHost } from './teams-host';
import { MAX_UPLOAD_BYTES, UPLOAD_WORDS } from './upload-words';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const host = await detectHost();
  const lang = langOf(params.get('lang') ?? host.locale);
  const w = UPLOAD_WORDS[lang];
  document.documentElement.lang = lang === 'es' ? 'es-MX' : 'en';
  document.body.classList.remove('theme-default');
  document.body.classList.add(`theme-${params.get('theme') ?? host.theme}`);
  document.title = `Sesiona · ${w.title}`;
  byId('title').textContent = w.title;
  byId('intro').textContent = w.intro;
  byId('file-label').textContent = w.file;
  const input = byId<HTMLInputElement>('file');
  const send = byId<HTMLButtonElement>('send');
  const chosen = byId('chosen');
  const status = byId('status');
  const close = byId<HTMLButtonElement>('close');
  send.textContent = w.send;
  close.textContent = w.close;
  chosen.textContent = w.noneChosen;
  const show = (kind: 'working' | 'done' | 'failed', text: string) => {
    status.className = `upload-status ${kind}`;
    status.textContent = text;
  };
  close.addEventListener('click', () => (host.inTeams ? dialog.url.submit() : window.close()));
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    chosen.textContent = file ? w.chosen(file.name, (file.size / 1024).toFixed(0)) : w.noneChosen;
    status.textContent = '';
  });

  byId<HTMLFormElement>('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) return show('failed', w.noFile);
    if (file.size > MAX_UPLOAD_BYTES) return show('failed', w.tooLarge(file.name));
    send.disabled = true;
    try {
      show('working', w.signingIn);
      const token = await host.token();
      if (host.inTeams && !token) return show('failed', w.noToken);
      show('working', w.sending(file.name));
      const res = await fetch(`/api/agenda-upload?meeting=${encodeURIComponent(params.get('meeting') ?? '')}&lang=${lang}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: file,
      }).catch(() => null);
      const answer = (await res?.json().catch(() => null)) as { message?: Record<typeof lang, string> } | null;
      if (!res || !answer?.message) return show('failed', w.failed);
      if (!res.ok) return show('failed', answer.message[lang]);
      show('done', answer.message[lang]);
      byId('form').hidden = true;
      close.hidden = false;
      close.focus();
    } finally {
      send.disabled = false;
    }
  });
}

start().catch(() => {
  const status = document.getElementById('status');
  if (status) status.textContent = 'Algo salió mal al abrir este cuadro. / Something went wrong opening this dialog.';
});
