/**
 * One multilingual agent: the WebhookRequest's queryResult.languageCode picks the shop locale;
 * the X-Shop-Locale header, when a client sends one, overrides it. Driven through the webhook
 * with a runtime that records the turn the core was handed.
 */
import { createDialogflowWebhook } from '../../../src/adapters/dialogflow/app';
import type { RuntimeProvider } from '../../../src/adapters/runtime';
import type { Turn } from '../../../src/core/turn';
import type { Logger } from '../../../src/ports/runtime';
import { dialogflowRequest } from '../../support/envelopes';

const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, child: () => silent };

async function localeOf(languageCode: unknown, headers: Record<string, string> = {}, deviceLocale?: string): Promise<string> {
  let seen: Turn | undefined;
  const runtime: RuntimeProvider = async () => ({
    shop: {
      handle: async (turn: Turn) => {
        seen = turn;
        return { speech: 'ok', endSession: false };
      },
    },
    logger: silent,
  });
  const body = dialogflowRequest('HelpIntent', {}, { languageCode: languageCode as string });
  const user = (body.originalDetectIntentRequest as { payload: { user: { locale?: string } } }).payload.user;
  if (deviceLocale) user.locale = deviceLocale;
  else delete user.locale;
  await createDialogflowWebhook({ runtime })(body, headers);
  return seen?.locale ?? 'no turn';
}

describe('Dialogflow locale', () => {
  it.each([
    ['en', 'en-US'],
    ['en-us', 'en-US'],
    ['en-US', 'en-US'],
    ['en-gb', 'en-GB'],
    ['de', 'de-DE'],
    ['de-de', 'de-DE'],
  ])('hears languageCode %s as %s', async (languageCode, locale) => {
    expect(await localeOf(languageCode)).toBe(locale);
  });

  it('lets the X-Shop-Locale header override the language code', async () => {
    expect(await localeOf('en', { 'X-Shop-Locale': 'en-GB' })).toBe('en-GB');
    expect(await localeOf('de', { 'x-shop-locale': 'en-US' })).toBe('en-US');
  });

  it('prefers the language the agent matched over the device locale', async () => {
    expect(await localeOf('de', {}, 'en-US')).toBe('de-DE');
    expect(await localeOf('en-gb', {}, 'en-US')).toBe('en-GB');
  });

  it('falls back to the device locale, then en-US, when the language code is not one', async () => {
    expect(await localeOf('', {}, 'en-GB')).toBe('en-GB');
    expect(await localeOf('english please', {})).toBe('en-US');
    expect(await localeOf(42, {})).toBe('en-US');
  });
});
