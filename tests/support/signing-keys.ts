/**
 * A local token issuer's signing keys for tests, over loopback: an OpenID metadata document
 * (`/.well-known/openid-configuration`, the shape Entra ID and the Bot Framework publish) pointing at a JWKS
 * (`/keys`) with one RSA key. `token()` signs with that key; `forged()` signs with another key under the same key id.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

export const KEY_ID = 'key-1';

export class LocalSigningKeys {
  url = '';
  /** How many times the keys were fetched. */
  keyFetches = 0;
  private server!: Server;
  private key!: CryptoKey;
  private otherKey!: CryptoKey;

  static async start(): Promise<LocalSigningKeys> {
    const k = new LocalSigningKeys();
    const pair = await generateKeyPair('RS256');
    k.key = pair.privateKey as CryptoKey;
    k.otherKey = (await generateKeyPair('RS256')).privateKey as CryptoKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' };
    k.server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url?.endsWith('/.well-known/openid-configuration')) {
        res.end(JSON.stringify({ issuer: k.url, jwks_uri: k.jwksUrl, id_token_signing_alg_values_supported: ['RS256'] }));
        return;
      }
      k.keyFetches++;
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => k.server.listen(0, '127.0.0.1', resolve));
    k.url = `http://127.0.0.1:${(k.server.address() as AddressInfo).port}`;
    return k;
  }

  get jwksUrl(): string {
    return `${this.url}/keys`;
  }

  get metadataUrl(): string {
    return `${this.url}/.well-known/openid-configuration`;
  }

  /** A token signed with the published key; `expiresIn` in seconds from now (negative: already expired). */
  token(claims: JWTPayload & { iss: string; aud: string }, expiresIn = 3600): Promise<string> {
    return this.sign(claims, expiresIn, this.key);
  }

  /** The same token signed with a key the issuer never published, under the published key id. */
  forged(claims: JWTPayload & { iss: string; aud: string }, expiresIn = 3600): Promise<string> {
    return this.sign(claims, expiresIn, this.otherKey);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private sign(claims: JWTPayload, expiresIn: number, key: CryptoKey): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iat: now, nbf: now - 60, ...claims, exp: now + expiresIn })
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
      .sign(key);
  }
}
