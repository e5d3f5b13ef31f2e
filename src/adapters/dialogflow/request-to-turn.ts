import { createHash } from 'node:crypto';
import type { DialogflowConversation } from 'actions-on-google/dist/service/dialogflow';
import { IntentName, isIntentName } from '../../core/intents';
import type { SlotValue, SurfaceCapabilities, Turn } from '../../core/turn';

/** Dialogflow's stock intent names and what the core calls them. */
const STOCK_INTENTS: Record<string, IntentName> = {
  'Default Welcome Intent': IntentName.Launch,
  'Default Fallback Intent': IntentName.Fallback,
};

interface OriginalRequest {
  source?: string;
  payload?: {
    user?: { userId?: string; accessToken?: string; locale?: string };
    conversation?: { conversationId?: string; type?: string };
    /** a signed-in page's or custom client's token (detectIntent queryParams.payload.accessToken) */
    accessToken?: string;
    telephony?: { caller_id?: string };
  };
}

/** What Dialogflow's Phone Gateway puts in originalDetectIntentRequest.source. */
const TELEPHONY_SOURCE = 'GOOGLE_TELEPHONY';

/**
 * What the integration behind this request can do. None of Dialogflow's integrations links
 * accounts (Google retired Assistant's sign-in with Conversational Actions): a token comes only
 * from a page or client that signed the shopper in itself; otherwise the shop reads out a device
 * code. A phone line shows nothing; a chat window shows the written reply. None has cards in an app.
 */
function surfaceOf(original: OriginalRequest | undefined, token: string | undefined): SurfaceCapabilities {
  const phone = original?.source === TELEPHONY_SOURCE || original?.payload?.telephony !== undefined;
  return {
    accountLinking: token ? 'token-in-payload' : 'device-code',
    screen: !phone,
    cards: false,
    ...(phone && callerId(original) ? { callerIdHint: true } : {}),
  };
}

function callerId(original: OriginalRequest | undefined): string | undefined {
  const raw = original?.payload?.telephony?.caller_id?.trim();
  // Trial Edition agents send it redacted; only an E.164 number says who calls.
  return raw && /^\+\d{6,15}$/.test(raw) ? raw : undefined;
}

/**
 * A caller's stable user id: the number, hashed (the shop keys its records by it and never needs
 * the number itself). A hint of who calls, not proof: the core asks for more before buying.
 */
function callerUserId(number: string): string {
  return `tel:${createHash('sha256').update(`voice-shop:caller:${number}`).digest('hex').slice(0, 40)}`;
}

function slotValue(raw: unknown): SlotValue | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'number') return { value: String(raw), id: String(raw) };
  if (typeof raw === 'string') return { value: raw };
  if (Array.isArray(raw)) return slotValue(raw[0]);
  if (typeof raw === 'object') {
    // Composite values such as @sys.unit-currency: take the spoken original if present.
    const record = raw as Record<string, unknown>;
    const text = record.original ?? record.name ?? record.amount;
    return text === undefined ? undefined : slotValue(text);
  }
  return undefined;
}

/**
 * One Dialogflow WebhookRequest (as actions-on-google parsed it) as one core turn.
 * The product entity's reference value is the sku, so a resolved product arrives as its sku.
 */
export function dialogflowRequestToTurn(conv: DialogflowConversation<unknown, unknown>): Turn {
  const body = conv.body as { session?: string; queryResult?: { languageCode?: string; queryText?: unknown }; originalDetectIntentRequest?: OriginalRequest };
  const original = body.originalDetectIntentRequest?.payload;
  const session = body.session ?? 'unknown-session';
  const displayName = conv.intent ?? '';
  const intent = STOCK_INTENTS[displayName] ?? (isIntentName(displayName) ? displayName : IntentName.Fallback);
  const slots: Record<string, SlotValue> = {};
  for (const [name, raw] of Object.entries(conv.parameters ?? {})) {
    const value = slotValue(raw);
    if (value) slots[name] = value;
  }
  const originalRequest = body.originalDetectIntentRequest;
  const accessToken = conv.user?.access?.token ?? original?.accessToken ?? original?.user?.accessToken;
  const caller = callerId(originalRequest);
  return {
    platform: 'dialogflow',
    intent,
    rawIntent: displayName,
    slots,
    // A stable user id where the integration sends one (a caller's number, hashed); otherwise the session stands in for the shopper.
    userId: original?.user?.userId ?? (caller ? callerUserId(caller) : session),
    sessionId: session,
    locale: dialogflowLocale(conv),
    accessToken,
    isNewSession: original?.conversation?.type === 'NEW' || intent === IntentName.Launch,
    // what was said, for a fallback's record in the merchant's report (masked there)
    ...(typeof body.queryResult?.queryText === 'string' && body.queryResult.queryText.trim() ? { utterance: body.queryResult.queryText.slice(0, 500) } : {}),
    surface: surfaceOf(originalRequest, accessToken),
  };
}

/**
 * An override for the locale, for a client that knows better than the language code (a test
 * console, an integration that sends "en" for every English speaker). The one multilingual
 * agent does not send it: its languageCode already tells en-gb from en.
 */
export const LOCALE_HEADER = 'x-shop-locale';

function headerLocale(headers: Record<string, unknown> | undefined): string | undefined {
  for (const [name, raw] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== LOCALE_HEADER) continue;
    const value = (Array.isArray(raw) ? raw[0] : raw) as unknown;
    // Only a plain language-REGION code; anything else falls back to what Dialogflow said.
    if (typeof value === 'string' && /^[a-z]{2}[-_][a-z]{2}$/i.test(value.trim())) return value.trim();
  }
  return undefined;
}

const isLanguageCode = (code: unknown): code is string => typeof code === 'string' && /^[a-z]{2,3}([-_][a-z]{2})?$/i.test(code.trim());

/**
 * The shop locale of a turn: the X-Shop-Locale header if present, else the language the agent
 * matched (queryResult.languageCode: "en" and "en-us" are en-US, "en-gb" is en-GB, "de" and
 * "de-de" are de-DE), else the device's locale, else en-US.
 */
export function dialogflowLocale(conv: DialogflowConversation<unknown, unknown>): string {
  const body = conv.body as { queryResult?: { languageCode?: string }; originalDetectIntentRequest?: OriginalRequest };
  const languageCode = body.queryResult?.languageCode;
  const deviceLocale = body.originalDetectIntentRequest?.payload?.user?.locale;
  const chosen = headerLocale(conv.headers) ?? (isLanguageCode(languageCode) ? languageCode : undefined) ?? deviceLocale ?? 'en-US';
  return normaliseLocale(chosen);
}

/** Dialogflow sends "en", "en-gb" or "de"; the core speaks in "en-US", "en-GB", "de-DE". */
function normaliseLocale(code: unknown): string {
  const [language, region] = typeof code === 'string' ? code.trim().split(/[-_]/) : [];
  // Whatever is not a language code ("", a number from a broken client) is spoken to in en-US.
  if (!language || !/^[a-z]{2,3}$/i.test(language)) return 'en-US';
  if (!region) return language.toLowerCase() === 'en' ? 'en-US' : `${language.toLowerCase()}-${language.toUpperCase()}`;
  return `${language.toLowerCase()}-${region.toUpperCase()}`;
}
