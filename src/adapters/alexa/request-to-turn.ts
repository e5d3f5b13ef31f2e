import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';
import { IntentName, isIntentName } from '../../core/intents';
import type { SlotValue, Turn } from '../../core/turn';

/** Alexa built-in intents and what the core calls them. */
const BUILT_INS: Record<string, IntentName> = {
  'AMAZON.YesIntent': IntentName.Yes,
  'AMAZON.NoIntent': IntentName.No,
  'AMAZON.HelpIntent': IntentName.Help,
  'AMAZON.StopIntent': IntentName.Stop,
  'AMAZON.CancelIntent': IntentName.Cancel,
  'AMAZON.PauseIntent': IntentName.Stop,
  'AMAZON.FallbackIntent': IntentName.Fallback,
  'AMAZON.NavigateHomeIntent': IntentName.StartOver,
  'AMAZON.StartOverIntent': IntentName.StartOver,
  'AMAZON.NextIntent': IntentName.MoreResults,
  'AMAZON.MoreIntent': IntentName.MoreResults,
  'AMAZON.RepeatIntent': IntentName.Repeat,
  'AMAZON.PreviousIntent': IntentName.GoBack,
};

/** The entity id when resolution matched (dynamic entities first, then the static slot type). */
function resolvedId(slot: Slot): string | undefined {
  const authorities = slot.resolutions?.resolutionsPerAuthority;
  if (!Array.isArray(authorities)) return undefined;
  const matches = authorities.filter((a) => a?.status?.code === 'ER_SUCCESS_MATCH' && Array.isArray(a.values) && a.values.length > 0);
  const dynamic = matches.find((a) => typeof a.authority === 'string' && a.authority.includes('dynamic'));
  const id = (dynamic ?? matches[0])?.values[0]?.value?.id;
  return typeof id === 'string' ? id : undefined;
}

function slotsOf(request: IntentRequest): Turn['slots'] {
  const slots: Record<string, SlotValue> = {};
  for (const [name, slot] of Object.entries(request.intent.slots ?? {})) {
    // Alexa always sends slot objects; anything else is not a slot worth reading.
    if (!slot || typeof slot !== 'object' || (slot.value !== undefined && typeof slot.value !== 'string')) continue;
    const id = resolvedId(slot);
    if (slot.value === undefined && id === undefined) continue;
    // AMAZON.NUMBER and AMAZON.Ordinal give "?" when they heard something that was not a number.
    slots[name] = { value: slot.value ?? '', ...(id !== undefined ? { id } : {}) };
  }
  return slots;
}

/** An Echo Show and the like: the device renders APL. */
function hasScreen(envelope: RequestEnvelope): boolean {
  const interfaces = envelope.context?.System?.device?.supportedInterfaces as Record<string, unknown> | undefined;
  return Boolean(interfaces && typeof interfaces === 'object' && interfaces['Alexa.Presentation.APL']);
}

/**
 * One Alexa request envelope as one core turn. Returns undefined for requests that are not a
 * shopper turn (skill events, display callbacks); the adapter answers those itself.
 */
export function alexaRequestToTurn(envelope: RequestEnvelope): Turn | undefined {
  const { request, session, context } = envelope;
  const system = context?.System;
  const userId = system?.user?.userId ?? session?.user?.userId;
  if (!userId) return undefined;
  // The envelope check vouches for the request's type and the user; the rest is read as it is typed.
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const locale = 'locale' in request ? text(request.locale) : undefined;
  const base = {
    platform: 'alexa' as const,
    slots: {},
    userId,
    sessionId: text(session?.sessionId) ?? `no-session:${text(request.requestId) ?? 'unknown'}`,
    locale: locale ?? 'en-US',
    accessToken: text(system?.user?.accessToken) ?? text(session?.user?.accessToken),
    isNewSession: session?.new === true,
    personId: text(system?.person?.personId),
    // Alexa links accounts itself (the LinkAccount card in the Alexa app), and shows every card there.
    surface: { accountLinking: 'platform' as const, cards: true, screen: hasScreen(envelope) },
  };
  switch (request.type) {
    case 'LaunchRequest':
      return { ...base, intent: IntentName.Launch, isNewSession: true };
    case 'SessionEndedRequest':
      return { ...base, intent: IntentName.SessionEnded, endReason: text(request.reason) };
    case 'IntentRequest': {
      const name = request.intent?.name ?? '';
      // own keys only: a name such as "constructor" must not find Object.prototype's members
      const intent = Object.hasOwn(BUILT_INS, name) ? BUILT_INS[name] : isIntentName(name) ? name : IntentName.Fallback;
      return { ...base, intent, rawIntent: name, slots: slotsOf(request) };
    }
    default:
      return undefined;
  }
}
