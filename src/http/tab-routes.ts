/**
 * The side panel's files: /tab/ (the live order of the day, for the meeting side panel and stage, and in a browser
 * with ?session=ID), /tab/config.html (the configurable tab's configuration page), /tab/upload.html (the "Cargar orden del
 * día" dialog), and their scripts and styles.
 * The bundle is built at start when it is missing or older than its sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type restify from 'restify';
import { buildTab, TAB_DIST, TAB_ROOT, tabIsStale } from '../../tab/build';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

const FILES: Record<string, string> = {
  'index.html': join(TAB_ROOT, 'public', 'index.html'),
  'config.html': join(TAB_ROOT, 'public', 'config.html'),
  'upload.html': join(TAB_ROOT, 'public', 'upload.html'),
  'upload.css': join(TAB_ROOT, 'public', 'upload.css'),
  'styles.css': join(TAB_ROOT, 'public', 'styles.css'),
  'app.js': join(TAB_DIST, 'app.js'),
  'config.js': join(TAB_DIST, 'config.js'),
  'upload.js': join(TAB_DIST, 'upload.js'),
};

/**
 * `language`: the server's SESIONA_LANGUAGE, told to the page (a meta tag) for when it runs outside Teams, where no
 * Teams client says which language its person reads.
 */
export async function prepareTab(log: (line: string) => void, language: 'es' | 'en' | null = null): Promise<{ mount(server: restify.Server): void }> {
  if (tabIsStale()) {
    const { bytes } = await buildTab();
    log(`[sesiona] side panel built (${Object.entries(bytes).map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KB`).join(', ')})`);
  }
  const cache = new Map<string, Buffer>();
  const file = (name: string) => {
    let body = cache.get(name);
    if (!body) cache.set(name, (body = name === 'index.html' && language ? withLanguage(readFileSync(FILES[name]!), language) : readFileSync(FILES[name]!)));
    return body;
  };
  const serve = (name: string) => async (_req: restify.Request, res: restify.Response) => {
    const body = file(name);
    res.writeHead(200, {
      'content-type': TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': name.endsWith('.html') ? 'no-cache' : 'public, max-age=300',
    });
    res.end(body);
  };
  return {
    mount(server) {
      server.get('/tab', async (_req: restify.Request, res: restify.Response) => {
        res.writeHead(301, { location: '/tab/' });
        res.end();
      });
      server.get('/tab/', serve('index.html'));
      for (const name of Object.keys(FILES)) server.get(`/tab/${name}`, serve(name));
    },
  };
}

function withLanguage(page: Buffer, language: 'es' | 'en'): Buffer {
  return Buffer.from(page.toString('utf8').replace('<head>', `<head>\n  <meta name="sesiona-language" content="${language}">`));
}
