import { BasicCard, SimpleResponse } from 'actions-on-google/dist/service/actionssdk';
import { dialogflow, type DialogflowConversation } from 'actions-on-google/dist/service/dialogflow';
import { truthfulForSurface } from '../../core/flows/linking';
import { messagesFor } from '../../core/replies';
import type { Reply, TurnOptions } from '../../core/turn';
import type { Logger } from '../../ports/runtime';
import { arrive, requestLogger, turnOptions, type Arrival } from '../request-context';
import type { RuntimeProvider } from '../runtime';
import { escapeSsml, plainText, xmlSafe } from '../ssml';
import { dialogflowLocale, dialogflowRequestToTurn } from './request-to-turn';
import { sessionEntityTypes } from './session-entities';

export interface WebhookResult {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Renders the reply for Google surfaces (payload.google) through actions-on-google. No sign-in
 * helper: no surface that still calls this webhook can show one (see surfaceOf in
 * request-to-turn.ts); the core links with a device code or the page's own sign-in instead.
 */
function renderForGoogle(conv: DialogflowConversation<unknown, unknown>, reply: Reply): void {
  const speech = new SimpleResponse({ speech: `<speak>${escapeSsml(reply.speech)}</speak>`, text: xmlSafe(reply.speech) });
  const parts: Array<SimpleResponse | BasicCard> = [speech];
  if (reply.card) parts.push(new BasicCard({ title: plainText(reply.card.title), text: plainText(reply.card.text) }));
  if (reply.endSession) conv.close(...parts);
  else conv.ask(...parts);
}

/**
 * Plain Dialogflow fields for the integrations other than Google Assistant (Messenger,
 * telephony, custom clients): fulfillmentText and text/card messages.
 */
function genericFields(reply: Reply): Record<string, unknown> {
  const speech = xmlSafe(reply.speech);
  const messages: Array<Record<string, unknown>> = [{ text: { text: [speech] } }];
  if (reply.card) messages.push({ card: { title: plainText(reply.card.title), subtitle: plainText(reply.card.text) } });
  return { fulfillmentText: speech, fulfillmentMessages: messages };
}

/**
 * The Dialogflow ES fulfillment: every intent goes to the one core through the fallback handler.
 * Returns a function taking the parsed WebhookRequest (checked and rebuilt by parseWebhookRequest)
 * and headers, as actions-on-google does, and the request's turn options.
 */
export function createDialogflowWebhook(options: { runtime: RuntimeProvider }) {
  const replies = new WeakMap<object, Reply>();
  // actions-on-google hands a handler the body it was given: the request's own options ride along on it.
  const perRequest = new WeakMap<object, TurnOptions & { log: Logger }>();
  const ownOptions = async (body: object, arrival: Arrival): Promise<TurnOptions & { log: Logger }> => {
    const { logger } = await options.runtime();
    const request = body as { responseId?: unknown; session?: unknown };
    const log = requestLogger(logger, arrival, { platform: 'dialogflow', requestId: request.responseId, sessionId: request.session });
    return { ...turnOptions(log, arrival), log };
  };
  const optionsFor = (body: object) => perRequest.get(body) ?? ownOptions(body, arrive(undefined));
  const app = dialogflow({ debug: false });
  app.fallback(async (conv) => {
    const turn = await optionsFor(conv.body as object);
    const { shop } = await options.runtime();
    const request = dialogflowRequestToTurn(conv);
    // Replies are written for a speaker with a companion app; this surface may have neither.
    const reply = truthfulForSurface(await shop.handle(request, turn), request.surface, messagesFor(request.locale));
    replies.set(conv.body as object, reply);
    renderForGoogle(conv, reply);
  });
  app.catch(async (conv, error) => {
    const { log } = await optionsFor(conv.body as object);
    log.error('dialogflow request failed', { error: `${error?.name}: ${error?.message}` });
    // The core never got to answer, so the adapter apologises, in the agent's language.
    const reply: Reply = { speech: messagesFor(dialogflowLocale(conv)).apology, endSession: true };
    replies.set(conv.body as object, reply);
    renderForGoogle(conv, reply);
  });

  return async (body: object, headers: Record<string, string | undefined> = {}, turn?: TurnOptions): Promise<WebhookResult> => {
    const arrival = arrive(undefined);
    perRequest.set(body, turn?.log ? { ...turn, log: turn.log } : await ownOptions(body, arrival));
    const result = await app.handler(body as Record<string, unknown>, headers as Record<string, string>).finally(() => perRequest.delete(body));
    const reply = replies.get(body);
    const out = {
      ...(result.body as Record<string, unknown>),
      ...(reply ? genericFields(reply) : {}),
      ...sessionEntityTypes(reply?.dynamicEntities, (body as { session?: unknown }).session),
    };
    return { status: result.status, body: out };
  };
}
