/**
 * A local Microsoft Entra ID token endpoint for tests: OpenID metadata and the client-credentials grant, speaking the
 * protocol MSAL (inside @azure/identity) uses. `loopbackHttpClient` is an @azure/core-rest-pipeline HttpClient that
 * sends the credential's requests for https://login.microsoftonline.com to this server instead, over loopback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ENTRA_HOST = 'https://login.microsoftonline.com';

export interface TokenRequest {
  tenant: string;
  form: Record<string, string>;
}

export class FakeEntra {
  readonly tokenRequests: TokenRequest[] = [];
  url = '';
  private server!: Server;
  private issued = 0;

  constructor(readonly clientId: string, readonly clientSecret: string) {}

  static async start(clientId: string, clientSecret: string): Promise<FakeEntra> {
    const e = new FakeEntra(clientId, clientSecret);
    e.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const { status, body } = e.answer(req.method ?? 'GET', req.url ?? '/', Buffer.concat(chunks).toString());
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => e.server.listen(0, '127.0.0.1', resolve));
    e.url = `http://127.0.0.1:${(e.server.address() as AddressInfo).port}`;
    return e;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(method: string, rawUrl: string, body: string): { status: number; body: unknown } {
    const url = new URL(rawUrl, this.url);
    const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (metadata && method === 'GET') {
      const t = metadata[1];
      return {
        status: 200,
        body: {
          token_endpoint: `${ENTRA_HOST}/${t}/oauth2/v2.0/token`,
          authorization_endpoint: `${ENTRA_HOST}/${t}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${ENTRA_HOST}/${t}/oauth2/v2.0/logout`,
          issuer: `${ENTRA_HOST}/${t}/v2.0`,
          jwks_uri: `${ENTRA_HOST}/${t}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        },
      };
    }
    if (url.pathname === '/common/discovery/instance' && method === 'GET') {
      return {
        status: 200,
        body: {
          tenant_discovery_endpoint: `${ENTRA_HOST}/${url.searchParams.get('authorization_endpoint')?.split('/')[3] ?? 'common'}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'] }],
        },
      };
    }
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    if (token && method === 'POST') {
      const form = Object.fromEntries(new URLSearchParams(body));
      this.tokenRequests.push({ tenant: token[1]!, form });
      if (form.grant_type !== 'client_credentials' || form.client_id !== this.clientId || form.client_secret !== this.clientSecret) {
        return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.', error_codes: [7000215] } };
      }
      return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: `entra-token-${++this.issued}` } };
    }
    return { status: 404, body: { error: 'not_found', error_description: `${method} ${url.pathname}` } };
  }
}

interface Headers {
  get(name: string): string | undefined;
  has(name: string): boolean;
  set(name: string, value: string | number | boolean): void;
  delete(name: string): void;
  toJSON(): Record<string, string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}

function headersOf(entries: Iterable<[string, string]>): Headers {
  const map = new Map<string, string>();
  for (const [k, v] of entries) map.set(k.toLowerCase(), v);
  return {
    get: (name) => map.get(name.toLowerCase()),
    has: (name) => map.has(name.toLowerCase()),
    set: (name, value) => void map.set(name.toLowerCase(), String(value)),
    delete: (name) => void map.delete(name.toLowerCase()),
    toJSON: () => Object.fromEntries(map),
    [Symbol.iterator]: () => map.entries(),
  };
}

/** An HttpClient (for @azure/identity's `httpClient` option) that sends Entra requests to the local FakeEntra. */
export function loopbackHttpClient(entra: FakeEntra) {
  return {
    async sendRequest(request: { url: string; method: string; headers: Iterable<[string, string]>; body?: unknown }) {
      const url = request.url.replace(ENTRA_HOST, entra.url);
      if (!url.startsWith('http://127.0.0.1')) throw new Error(`the test refused to reach ${request.url}`);
      const response = await fetch(url, { method: request.method, headers: Object.fromEntries(request.headers), ...(typeof request.body === 'string' ? { body: request.body } : {}) });
      return { request, status: response.status, headers: headersOf(response.headers.entries()), bodyAsText: await response.text() };
    },
  };
}
