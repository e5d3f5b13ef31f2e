/**
 * Dialogflow WebhookRequests as today's integrations send them: Dialogflow Messenger or a custom
 * client (no Assistant payload; a signed-in page adds its token as queryParams.payload.accessToken)
 * and the Phone Gateway (source GOOGLE_TELEPHONY, the caller in payload.telephony.caller_id).
 */
import { httpApiEvent } from './envelopes';
import type { Harness } from './harness';

export type DialogflowSurface = { kind: 'messenger'; userId?: string; accessToken?: string } | { kind: 'phone'; callerId?: string };

let responses = 0;

export function surfaceRequest(
  surface: DialogflowSurface,
  displayName: string,
  parameters: Record<string, unknown>,
  session: string,
  languageCode = 'en',
): Record<string, unknown> {
  const payload =
    surface.kind === 'phone'
      ? { telephony: { caller_id: surface.callerId ?? 'REDACTED_IN_STANDARD_TIER_AGENT' } }
      : { ...(surface.userId ? { user: { userId: surface.userId } } : {}), ...(surface.accessToken ? { accessToken: surface.accessToken } : {}) };
  responses += 1;
  return {
    responseId: `surface-${responses}`,
    session,
    queryResult: {
      queryText: displayName,
      parameters,
      allRequiredParamsPresent: true,
      intent: { name: `projects/voice-shop/agent/intents/${displayName}`, displayName },
      intentDetectionConfidence: 1,
      languageCode,
    },
    originalDetectIntentRequest: surface.kind === 'phone' ? { source: 'GOOGLE_TELEPHONY', payload } : { payload },
  };
}

export interface WebhookHeard {
  text: string;
  /** a card message (Dialogflow's generic `card`), as a chat window shows it */
  card?: { title: string; subtitle: string };
  /** Assistant-era system intents in payload.google (the sign-in helper would be one) */
  systemIntent?: string;
  expectUserResponse: boolean;
  raw: Record<string, any>;
}

/** One shopper on one Dialogflow surface, talking to the exported handler. */
export class SurfaceSpeaker {
  constructor(
    private readonly harness: Harness,
    public surface: DialogflowSurface,
    public session: string,
    private readonly languageCode = 'en',
  ) {}

  async say(displayName: string, parameters: Record<string, unknown> = {}): Promise<WebhookHeard> {
    const result = await this.harness.dialogflow(httpApiEvent(surfaceRequest(this.surface, displayName, parameters, this.session, this.languageCode)));
    if (result.statusCode !== 200) throw new Error(`webhook answered ${result.statusCode}: ${result.body}`);
    const raw = JSON.parse(result.body as string) as Record<string, any>;
    const card = (raw.fulfillmentMessages as Array<Record<string, any>>).find((m) => m.card)?.card;
    return {
      text: raw.fulfillmentText,
      ...(card ? { card } : {}),
      systemIntent: raw.payload?.google?.systemIntent?.intent,
      expectUserResponse: raw.payload?.google?.expectUserResponse !== false,
      raw,
    };
  }
}
