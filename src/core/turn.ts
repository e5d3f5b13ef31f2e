import type { Logger } from '../ports/runtime';
import type { IntentName } from './intents';

/** A slot as the platform resolved it: what was heard, and the entity id when resolution matched. */
export interface SlotValue {
  value: string;
  /** resolved entity id (a sku or category id) */
  id?: string;
}

export type Platform = 'alexa' | 'dialogflow';

/**
 * How a surface links a shopper's account (a capability, not a platform name):
 * - `platform`: the platform's own account linking; it shows the link in its app (Alexa);
 * - `device-code`: none; the shop reads out a code to enter on a web page (the phone gateway,
 *   Dialogflow Messenger and custom clients that send no token);
 * - `token-in-payload`: the client signs the shopper in itself and sends the access token with
 *   each request (Dialogflow Messenger on a signed-in page, a custom client).
 */
export type AccountLinking = 'platform' | 'device-code' | 'token-in-payload';

/** What the surface a turn came from can do, as its adapter knows it. */
export interface SurfaceCapabilities {
  accountLinking: AccountLinking;
  /** the written reply is shown (a chat window, a web page); false on a phone line or a speaker */
  screen?: boolean;
  /** the platform shows cards in a companion app (the Alexa app) */
  cards?: boolean;
  /**
   * The platform user id is the caller's number (hashed): a hint of who calls, never proof. A
   * link made in an earlier call still needs the voice code to buy.
   */
  callerIdHint?: boolean;
}

/** One shopper turn, platform-neutral. Built once per request by an adapter. */
export interface Turn {
  platform: Platform;
  intent: IntentName;
  /** the platform's original intent name, for logs and the fallback answer */
  rawIntent?: string;
  slots: Partial<Record<string, SlotValue>>;
  /** stable id of the shopper on that platform (Alexa userId, Dialogflow user or session id) */
  userId: string;
  sessionId: string;
  locale: string;
  accessToken?: string;
  isNewSession: boolean;
  /** Alexa recognised voice, when the device knows it */
  personId?: string;
  /** the platform's reason when a session ended */
  endReason?: string;
  // — after the order —
  /** the words the shopper said, where the platform sends them (Dialogflow's queryText; Alexa sends none) */
  utterance?: string;
  // — linking where the platform has none (device code) —
  /** what the surface can do; absent: an Alexa-like speaker with platform account linking */
  surface?: SurfaceCapabilities;
}

/** How one request reached the core: its own logger and how long the platform still waits. */
export interface TurnOptions {
  /** a child logger carrying this turn's ids (Lambda request id, platform request id, session id) */
  log?: Logger;
  /** Scheduler.now() when the request arrived; defaults to when the core was called */
  arrivedAt?: number;
  /** Lambda's context.getRemainingTimeInMillis() at arrival, when the handler has it */
  lambdaRemainingMs?: number;
}

export interface Card {
  title: string;
  text: string;
}

/** One of the shopper's own products as a slot value: the sku, its name and what else they call it. */
export interface DynamicEntityValue {
  id: string;
  name: string;
  synonyms: string[];
}

/**
 * Slot values for this shopper and this session only, added to the catalog's own values
 * (Alexa dynamic entities, Dialogflow session entity types).
 */
export interface DynamicEntities {
  slotType: 'PRODUCT';
  values: DynamicEntityValue[];
}

/** What the shopper hears back, platform-neutral. Adapters render it. */
export interface Reply {
  speech: string;
  reprompt?: string;
  card?: Card;
  endSession: boolean;
  /** ask the platform to show its account-linking prompt */
  linkAccount?: boolean;
  /** the shopper's own product names, sent once per linked session */
  dynamicEntities?: DynamicEntities;
}
