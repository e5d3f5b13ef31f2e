import { BasicCard, SignIn, SimpleResponse } from 'actions-on-google/dist/service/actionssdk';
import { dialogflow, type DialogflowConversation } from 'actions-on-google/dist/service/dialogflow';
import { messagesFor } from '../../core/replies';
import type { Reply } from '../../core/turn';
import type { RuntimeProvider } from '../runtime';
import { escapeSsml, plainText } from '../ssml';
import { dialogflowLocale, dialogflowRequestToTurn } from './request-to-turn';
import { sessionEntityTypes } from './session-entities';

export interface WebhookResult {
  status: number;
  body: Record<string, unknown>;
}

/** Renders the reply for Google surfaces (payload.google) through actions-on-google. */
function renderForGoogle(conv: DialogflowConversation<unknown, unknown>, reply: Reply): void {
  const speech = new SimpleResponse({ speech: `<speak>${escapeSsml(reply.speech)}</speak>`, text: reply.speech });
  if (reply.linkAccount) {
    // The sign-in helper is the Google-side account-linking prompt; it keeps the conversation open.
    conv.ask(new SignIn(reply.speech));
    return;
  }
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
  const messages: Array<Record<string, unknown>> = [{ text: { text: [reply.speech] } }];
  if (reply.card) messages.push({ card: { title: plainText(reply.card.title), subtitle: plainText(reply.card.text) } });
  return { fulfillmentText: reply.speech, fulfillmentMessages: messages };
}

/**
 * The Dialogflow ES fulfillment: every intent goes to the one core through the fallback handler.
 * Returns a function taking the parsed WebhookRequest and headers, as actions-on-google does.
 */
export function createDialogflowWebhook(options: { runtime: RuntimeProvider }) {
  const replies = new WeakMap<object, Reply>();
  const app = dialogflow({ debug: false });
  app.fallback(async (conv) => {
    const { shop } = await options.runtime();
    const reply = await shop.handle(dialogflowRequestToTurn(conv));
    replies.set(conv.body as object, reply);
    renderForGoogle(conv, reply);
  });
  app.catch(async (conv, error) => {
    const { logger } = await options.runtime();
    logger.error('dialogflow request failed', { error: `${error.name}: ${error.message}` });
    // The core never got to answer, so the adapter apologises, in the agent's language.
    const reply: Reply = { speech: messagesFor(dialogflowLocale(conv)).apology, endSession: true };
    replies.set(conv.body as object, reply);
    renderForGoogle(conv, reply);
  });

  return async (body: Record<string, unknown>, headers: Record<string, string | undefined> = {}): Promise<WebhookResult> => {
    const result = await app.handler(body, headers as Record<string, string>);
    const reply = replies.get(body);
    const out = {
      ...(result.body as Record<string, unknown>),
      ...(reply ? genericFields(reply) : {}),
      ...sessionEntityTypes(reply?.dynamicEntities, body.session),
    };
    return { status: result.status, body: out };
  };
}
