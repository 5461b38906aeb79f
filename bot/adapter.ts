/**
 * The Bot Framework adapter (botbuilder's CloudAdapter) from Sesiona's configuration. The only file that knows how
 * botbuilder authenticates: a move to the Teams SDK or the Agents SDK starts here.
 */
import {
  type Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions, type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { BotCredentials } from '../src/config';
import { languageOf } from './i18n/language';

/** CloudAdapter, taking an activity the endpoint already checked (bot/inbound-activity.ts) instead of the request. */
export class SesionaAdapter extends CloudAdapter {
  /** Authenticates the Bot Framework token and runs the turn; throws what botbuilder throws (see authenticationFailure). */
  receive(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/**
 * Why botbuilder refused a request before the turn: the token is missing, forged, expired or not for this bot
 * ('unauthorized'), or the Bot Framework's OpenID metadata or signing keys could not be fetched ('keys-unreachable').
 * Null for anything else.
 */
export function authenticationFailure(err: unknown): 'unauthorized' | 'keys-unreachable' | null {
  const e = (err ?? {}) as { name?: unknown; statusCode?: unknown };
  // jsonwebtoken's verify: a bad signature, a wrong algorithm, an expired or not-yet-valid token
  if (e.name === 'JsonWebTokenError' || e.name === 'TokenExpiredError' || e.name === 'NotBeforeError') return 'unauthorized';
  // node-fetch could not reach the OpenID metadata or the keys
  if (e.name === 'FetchError') return 'keys-unreachable';
  // botframework-connector's AuthenticationError: 401 for the token, 500 when the metadata or the keys answered an error
  if (err instanceof Error && typeof e.statusCode === 'number') return e.statusCode === 401 ? 'unauthorized' : e.statusCode >= 500 ? 'keys-unreachable' : null;
  return null;
}

/**
 * Where the Bot Framework publishes the keys of its tokens (public cloud). Tests point the adapter at a local OpenID
 * metadata server instead (`openIdMetadataUrl`); botbuilder then needs every endpoint of the cloud spelled out.
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  CallerId: 'urn:botframework:azure',
};

export interface AdapterOptions {
  /** The OpenID metadata of the Bot Framework's tokens (tests: a local server). */
  openIdMetadataUrl?: string;
}

export function createAdapter(credentials: BotCredentials | null, log: (line: string) => void, adapterOptions: AdapterOptions = {}): SesionaAdapter {
  const metadata = adapterOptions.openIdMetadataUrl
    ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: adapterOptions.openIdMetadataUrl, ToBotFromEmulatorOpenIdMetadataUrl: adapterOptions.openIdMetadataUrl }
    : {};
  const options: Partial<ConfigurationBotFrameworkAuthenticationOptions> = credentials
    ? {
        ...metadata,
        MicrosoftAppId: credentials.appId,
        MicrosoftAppType: credentials.appType,
        ...(credentials.password ? { MicrosoftAppPassword: credentials.password } : {}),
        ...(credentials.tenantId ? { MicrosoftAppTenantId: credentials.tenantId } : {}),
        ...(credentials.certificateThumbprint ? { CertificateThumbprint: credentials.certificateThumbprint } : {}),
        ...(credentials.certificatePrivateKey ? { CertificatePrivateKey: credentials.certificatePrivateKey } : {}),
      }
    : {};
  if (!credentials) {
    log('[bot] no MicrosoftAppId: the bot accepts anonymous requests on /api/messages (local development only; never expose it like this)');
  }
  const adapter = new SesionaAdapter(new ConfigurationBotFrameworkAuthentication(options as ConfigurationBotFrameworkAuthenticationOptions));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log(`[bot] turn failed (${context.activity.type}${context.activity.name ? ` ${context.activity.name}` : ''} from ${context.activity.from?.aadObjectId ?? context.activity.from?.id ?? '?'}): ${error.stack ?? error.message}`);
    const apology = languageOf(context.activity.locale) === 'en'
      ? 'Sorry, something went wrong on my side and nothing was recorded. Please try again in a moment.'
      : 'Lo siento, algo falló de mi lado y no se registró nada. Inténtalo de nuevo en un momento.';
    try {
      if (context.activity.type === 'invoke' && !context.responded) {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: apology } } });
      } else {
        await context.sendActivity(apology);
      }
    } catch (sendError) {
      log(`[bot] could not send the apology either: ${(sendError as Error).message}`);
    }
  };
  return adapter;
}
