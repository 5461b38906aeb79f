/**
 * The app-only token for Microsoft Graph: from the bot's Entra app through @azure/identity (client credentials,
 * scope https://graph.microsoft.com/.default), or a fixed token from the configuration.
 */
import { ClientSecretCredential } from '@azure/identity';
import type { GraphConfig } from '../config';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export function graphTokenProvider(config: GraphConfig): () => Promise<string> {
  if (config.token) {
    const token = config.token;
    return async () => token;
  }
  const credential = new ClientSecretCredential(config.tenantId!, config.clientId!, config.clientSecret!);
  return async () => {
    const token = await credential.getToken(GRAPH_SCOPE);
    if (!token) throw new Error('Microsoft Entra ID did not issue a token for Microsoft Graph.');
    return token.token;
  };
}
