/**
 * The configurable tab's configuration page (shown once when Sesiona is added to a meeting): there is nothing to
 * choose, so it registers the live page as the tab's content and allows saving at once.
 */
import { app, pages } from '@microsoft/teams-js';

async function configure(): Promise<void> {
  await app.initialize();
  const context = await app.getContext();
  const es = !/^en\b/i.test(context.app.locale ?? '');
  document.getElementById('message')!.textContent = es
    ? 'Sesiona mostrará en vivo el orden del día de la sesión de esta reunión. Selecciona «Guardar».'
    : 'Sesiona will show the live order of the day of this meeting\'s session. Select "Save".';
  pages.config.registerOnSaveHandler((save) => {
    const contentUrl = `${location.origin}/tab/`;
    pages.config.setConfig({ entityId: 'sesiona-orden-del-dia', contentUrl, websiteUrl: contentUrl, suggestedDisplayName: 'Sesiona' })
      .then(() => save.notifySuccess(), (err: Error) => save.notifyFailure(err.message));
  });
  pages.config.setValidityState(true);
}

configure().catch(() => {
  document.getElementById('message')!.textContent = 'Abre esta página desde Microsoft Teams. / Open this page from Microsoft Teams.';
});
