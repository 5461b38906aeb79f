/**
 * What `sesiona --help` and `sesiona <command> --help` say, in Spanish (the default) and English (`--lang en`, or
 * SESIONA_LANGUAGE=en): one line per command, and for each its usage, options and examples.
 */
import type { Bilingual } from '../agenda-import/bilingual';

export type Lang = 'es' | 'en';

export interface CommandHelp {
  summary: Bilingual;
  usage: string;
  details: Bilingual;
  examples: string[];
}

const STORE_OPTION: Bilingual = {
  es: '  --data-dir CARPETA  carpeta del almacén SQLite (por omisión SESIONA_DATA_DIR, o ./data)',
  en: '  --data-dir FOLDER   folder of the SQLite store (default SESIONA_DATA_DIR, or ./data)',
};
const LANG_OPTION: Bilingual = { es: '  --lang es|en        idioma de los mensajes (por omisión es)', en: '  --lang es|en        language of the messages (default es)' };

export const HELP: Record<string, CommandHelp> = {
  serve: {
    summary: { es: 'inicia el servidor: el bot (/api/messages), el panel lateral y la API de sesiones', en: 'start the server: the bot (/api/messages), the side panel and the session API' },
    usage: 'sesiona serve',
    details: {
      es: 'Toda la configuración viene de variables de entorno, revisadas al iniciar (tabla en docs/DEPLOYMENT.md).\nUn valor incorrecto detiene el inicio con el nombre de la variable y qué poner.',
      en: 'All configuration comes from environment variables, checked at start (table in docs/DEPLOYMENT.md).\nA wrong value stops the start, naming the variable and what to put there.',
    },
    examples: ['npm start', 'PORT=8080 SESIONA_DATA_DIR=/var/lib/sesiona sesiona serve'],
  },
  agenda: {
    summary: { es: 'lee un orden del día (texto, .docx o PDF) y muestra sus puntos y el tipo de cada uno', en: 'read an order of the day (text, .docx or PDF) and print its items and the kind of each' },
    usage: 'sesiona agenda parse ARCHIVO [--json] [--lang es|en]',
    details: {
      es: 'Lee el orden del día como lo hace el bot en el chat y muestra el encabezado, los puntos y avisos.\n  --json              imprime {header, items, warnings} en JSON',
      en: 'Reads the order of the day as the bot does in the chat and prints its header, items and warnings.\n  --json              print {header, items, warnings} as JSON',
    },
    examples: ['sesiona agenda parse orden-del-dia.pdf', 'sesiona agenda parse orden-del-dia.docx --json --lang en'],
  },
  minutes: {
    summary: { es: 'escribe la minuta de una sesión clausurada (Markdown o Word)', en: 'write the draft minutes of a closed session (Markdown or Word)' },
    usage: 'sesiona minutes SESION [--format md|docx] [--out ARCHIVO] [--data-dir CARPETA] [--lang es|en]',
    details: {
      es: 'Sin --out, el Markdown sale por la terminal. SESION es el identificador de la sesión (aparece en el enlace del panel).\n  --format md|docx    formato (por omisión md, o docx si --out termina en .docx)\n  --out ARCHIVO       archivo donde escribir',
      en: 'Without --out, Markdown goes to the terminal. SESSION is the session id (it is in the side panel link).\n  --format md|docx    format (default md, or docx when --out ends in .docx)\n  --out FILE          file to write',
    },
    examples: ['sesiona minutes cpvoe-6a-ordinaria-2024', 'sesiona minutes cpvoe-6a-ordinaria-2024 --out minuta.docx', 'sesiona minutes cpvoe-6a-ordinaria-2024 --lang en --data-dir /var/lib/sesiona'],
  },
  backup: {
    summary: { es: 'copia de seguridad del almacén SQLite, mientras Sesiona sigue funcionando', en: 'back up the SQLite store, while Sesiona keeps running' },
    usage: 'sesiona backup ARCHIVO [--force] [--data-dir CARPETA] [--lang es|en]',
    details: {
      es: 'Copia consistente en línea (API de respaldo de SQLite): todo lo registrado antes de empezar, nada a medias.\nCon DATABASE_URL (PostgreSQL) usa pg_dump (docs/DEPLOYMENT.md).\n  --force             reemplaza ARCHIVO si ya existe',
      en: 'An online, consistent copy (SQLite\'s backup API): everything recorded before it started, nothing half-written.\nWith DATABASE_URL (PostgreSQL) use pg_dump (docs/DEPLOYMENT.md).\n  --force             replace FILE if it exists',
    },
    examples: ['sesiona backup respaldo-$(date +%F).sqlite', 'sesiona backup /srv/respaldos/sesiona.sqlite --data-dir /var/lib/sesiona --force'],
  },
  restore: {
    summary: { es: 'restaura una copia de seguridad en el almacén (con Sesiona detenido)', en: 'restore a backup into the store (with Sesiona stopped)' },
    usage: 'sesiona restore ARCHIVO [--force] [--data-dir CARPETA] [--lang es|en]',
    details: {
      es: 'Se niega si un Sesiona en marcha tiene abierto el almacén, y si el almacén ya tiene eventos salvo con --force\n(el almacén reemplazado se conserva a su lado como sesiona.sqlite.replaced-FECHA).\n  --force             reemplaza un almacén que ya tiene eventos',
      en: 'Refuses when a running Sesiona has the store open, and when the store holds events unless --force is given\n(the replaced store is kept beside it as sesiona.sqlite.replaced-DATE).\n  --force             replace a store that already holds events',
    },
    examples: ['sudo systemctl stop sesiona && sesiona restore respaldo.sqlite --data-dir /var/lib/sesiona --force', 'sesiona restore respaldo.sqlite --data-dir /tmp/prueba'],
  },
  simulate: {
    summary: { es: 'juega una sesión completa de demostración sin inquilino de Teams y la muestra en el panel lateral', en: 'play a complete demo session without a Teams tenant and show it in the side panel' },
    usage: 'sesiona simulate [ORDEN_DEL_DIA] [--exit] [--pace MS] [--lang es|en] [--port N] [--data-dir CARPETA]',
    details: {
      es: 'Juega la sesión por el /api/messages real con un conector local en lugar de Teams, en un almacén nuevo\n(una carpeta temporal, nunca tu ./data), e imprime quién hace qué y qué responde Sesiona.\n  --exit              termina al final (si no, el panel sigue abierto hasta Ctrl+C)\n  --pace MS           pausa entre pasos (por omisión 400; 0 lo más rápido posible)\n  --port N            puerto del servidor (por omisión PORT, o uno libre)',
      en: 'Plays the session through the real /api/messages with a local connector instead of Teams, on a fresh store\n(a temporary folder, never your ./data), and prints who does what and what Sesiona answers.\n  --exit              stop at the end (otherwise the side panel stays open until Ctrl+C)\n  --pace MS           pause between steps (default 400; 0 as fast as possible)\n  --port N            port of the server (default PORT, or any free port)',
    },
    examples: ['sesiona simulate', 'sesiona simulate mi-orden.docx --lang en --pace 0 --exit'],
  },
  playground: {
    summary: { es: 'conversa con Sesiona en el Microsoft 365 Agents Playground (sin inquilino)', en: 'chat with Sesiona in the Microsoft 365 Agents Playground (no tenant needed)' },
    usage: 'sesiona playground [--playground-port N] [--no-browser] [--lang es|en]',
    details: {
      es: 'Inicia Sesiona (puerto PORT, 3978 por omisión) y el Playground (puerto 56150) con los usuarios de\n.m365agentsplayground.yml. Ctrl+C detiene ambos.\n  --playground-port N puerto del Playground\n  --no-browser        no abre el navegador (solo imprime la dirección)',
      en: 'Starts Sesiona (port PORT, default 3978) and the playground (port 56150) with the users of\n.m365agentsplayground.yml. Ctrl+C stops both.\n  --playground-port N port of the playground\n  --no-browser        do not open a browser (print the address only)',
    },
    examples: ['npm run playground', 'sesiona playground --lang en --no-browser'],
  },
  package: {
    summary: { es: 'genera el paquete de la app de Teams (zip) y lo valida sin red', en: 'build the Teams app package (zip) and validate it offline' },
    usage: 'sesiona package [--app-id GUID] [--host HOST] [--version X.Y.Z] [--config ARCHIVO] [--out ARCHIVO]',
    details: {
      es: 'Valores: opciones, luego el JSON de --config, luego variables de entorno (MicrosoftAppId, SESIONA_PUBLIC_HOST,\nSESIONA_APP_VERSION, SESIONA_WEBSITE_URL, SESIONA_PRIVACY_URL, SESIONA_TERMS_URL; docs/DEPLOYMENT.md).\nSube --version en cada carga nueva del paquete.',
      en: 'Values: flags, then the --config JSON, then environment variables (MicrosoftAppId, SESIONA_PUBLIC_HOST,\nSESIONA_APP_VERSION, SESIONA_WEBSITE_URL, SESIONA_PRIVACY_URL, SESIONA_TERMS_URL; docs/DEPLOYMENT.md).\nRaise --version for each new upload of the package.',
    },
    examples: ['npm run package -- --app-id 3f2504e0-4f89-41d3-9a0c-0305e82c3301 --host sesiona.example.org', 'sesiona package --config sesiona-package.json --version 1.0.3'],
  },
};

/** `sesiona --help`: one line per command. */
export function overview(lang: Lang): string {
  const width = Math.max(...Object.keys(HELP).map((n) => n.length));
  const lines = Object.entries(HELP).map(([name, h]) => `  ${name.padEnd(width)}  ${h.summary[lang]}`);
  return lang === 'es'
    ? ['Uso: sesiona <orden> [opciones]', '', 'Órdenes:', ...lines, '', 'sesiona <orden> --help muestra sus opciones y ejemplos. --lang en: in English.'].join('\n')
    : ['Usage: sesiona <command> [options]', '', 'Commands:', ...lines, '', 'sesiona <command> --help shows its options and examples. --lang es: en español.'].join('\n');
}

/** `sesiona <command> --help`: usage, what it does, options and examples. */
export function commandHelp(name: string, lang: Lang): string {
  const h = HELP[name]!;
  const storeOptions = /--data-dir/.test(h.usage) ? [STORE_OPTION[lang]] : [];
  const langOptions = /--lang/.test(h.usage) ? [LANG_OPTION[lang]] : [];
  return [
    `${lang === 'es' ? 'Uso' : 'Usage'}: ${lang === 'es' ? h.usage : englishUsage(h.usage)}`,
    '',
    `${h.summary[lang].charAt(0).toUpperCase()}${h.summary[lang].slice(1)}.`,
    h.details[lang],
    ...storeOptions,
    ...langOptions,
    '',
    lang === 'es' ? 'Ejemplos:' : 'Examples:',
    ...h.examples.map((e) => `  ${e}`),
  ].join('\n');
}

const USAGE_WORDS: Record<string, string> = { ARCHIVO: 'FILE', CARPETA: 'FOLDER', SESION: 'SESSION', ORDEN_DEL_DIA: 'AGENDA' };

function englishUsage(usage: string): string {
  return usage.replace(/\b(ARCHIVO|CARPETA|SESION|ORDEN_DEL_DIA)\b/g, (w) => USAGE_WORDS[w]!);
}
