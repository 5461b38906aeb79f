/**
 * The app-only token for Microsoft Graph: from the bot's Entra app through @azure/identity (client credentials,
 * scope https://graph.microsoft.com/.default), or a fixed token from the configuration.
 */
import { ClientSecretCredential, type ClientSecretCredentialOptions } from '@azure/identity';
import type { GraphConfig } from '../config';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** Thrown when Entra ID does not issue the token: wrong secret, wrong tenant, no connection. */
export class GraphTokenError extends Error {}

export function graphTokenProvider(config: GraphConfig, options: ClientSecretCredentialOptions = {}): () => Promise<string> {
  if (config.token) {
    const token = config.token;
    return async () => token;
  }
  const credential = new ClientSecretCredential(config.tenantId!, config.clientId!, config.clientSecret!, options);
  return async () => {
    try {
      const token = await credential.getToken(GRAPH_SCOPE);
      if (!token) throw new Error('no token in the answer');
      return token.token;
    } catch (err) {
      throw new GraphTokenError((err as Error).message.split('\n')[0] ?? String(err));
    }
  };
}
