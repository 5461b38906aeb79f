/**
 * The Bot Framework adapter (botbuilder's CloudAdapter) from Sesiona's configuration. The only file that knows how
 * botbuilder authenticates: a move to the Teams SDK or the Agents SDK starts here.
 */
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext,
} from 'botbuilder';
import type { BotCredentials } from '../src/config';
import { languageOf } from './i18n/language';

export function createAdapter(credentials: BotCredentials | null, log: (line: string) => void): CloudAdapter {
  const options: Partial<ConfigurationBotFrameworkAuthenticationOptions> = credentials
    ? {
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
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options as ConfigurationBotFrameworkAuthenticationOptions));
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
