import { SkillBuilders, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import { messagesFor } from '../../core/replies';
import type { Reply } from '../../core/turn';
import type { RuntimeProvider } from '../runtime';
import { escapeSsml, plainText } from '../ssml';
import { AlexaRequestInvalidError, alexaEnvelopeProblem, applicationIdOf } from './envelope';
import { dynamicEntitiesDirective } from './dynamic-entities';
import { alexaRequestToTurn } from './request-to-turn';
import { alexaSkillEvent } from './skill-events';

export interface AlexaSkillOptions {
  runtime: RuntimeProvider;
  /** when set, requests for any other skill are refused before anything is read or written */
  skillId?: string;
}

/** The apology in the request's language: the core never got to answer, so the adapter says it. */
function apologyFor(envelope: RequestEnvelope): string {
  const request = envelope?.request as { locale?: string } | undefined;
  return messagesFor(request?.locale ?? 'en-US').apology;
}

/** The core's neutral reply as an Alexa response. */
export function renderAlexaReply(input: HandlerInput, reply: Reply): Response {
  const builder = input.responseBuilder;
  if (reply.speech) builder.speak(escapeSsml(reply.speech));
  if (reply.reprompt && !reply.endSession) builder.reprompt(escapeSsml(reply.reprompt));
  if (reply.linkAccount) builder.withLinkAccountCard();
  else if (reply.card) builder.withSimpleCard(plainText(reply.card.title), plainText(reply.card.text));
  if (reply.dynamicEntities) builder.addDirective(dynamicEntitiesDirective(reply.dynamicEntities));
  builder.withShouldEndSession(reply.endSession);
  return builder.getResponse();
}

/** The Alexa skill: every shopper request goes to the one core through a single handler. */
export function createAlexaSkill(options: AlexaSkillOptions) {
  const turnHandler: RequestHandler = {
    canHandle: () => true,
    async handle(input) {
      const turn = alexaRequestToTurn(input.requestEnvelope);
      const { shop } = await options.runtime();
      if (!turn) {
        const event = alexaSkillEvent(input.requestEnvelope);
        if (event) await shop.handleEvent?.(event);
        return input.responseBuilder.getResponse();
      }
      const reply = await shop.handle(turn);
      // Alexa takes no speech in answer to SessionEndedRequest.
      if (turn.intent === 'SessionEnded') return input.responseBuilder.getResponse();
      return renderAlexaReply(input, reply);
    },
  };
  const errorHandler: ErrorHandler = {
    canHandle: () => true,
    async handle(input, error) {
      const { logger } = await options.runtime();
      logger.error('alexa request failed', { error: `${error.name}: ${error.message}`, requestType: input.requestEnvelope.request.type });
      return input.responseBuilder.speak(escapeSsml(apologyFor(input.requestEnvelope))).withShouldEndSession(true).getResponse();
    },
  };
  const builder = SkillBuilders.custom().addRequestHandlers(turnHandler).addErrorHandlers(errorHandler);
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder.create();
}

/** A Lambda handler for the Alexa Skills Kit trigger; the skill id comes from the runtime's configuration. */
export function createAlexaLambdaHandler(options: { runtime: RuntimeProvider }) {
  let skill: ReturnType<typeof createAlexaSkill> | undefined;
  return async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
    // Alexa always sends a well-formed envelope; anything else is refused before it is read.
    const problem = alexaEnvelopeProblem(event);
    if (problem) throw new AlexaRequestInvalidError(problem);
    const runtime = await options.runtime();
    const skillId = runtime.alexaSkillId;
    if (skillId && applicationIdOf(event) !== skillId) {
      runtime.logger.warn('request for another skill refused', { requestType: event?.request?.type });
      throw new SkillIdMismatchError();
    }
    skill ??= createAlexaSkill({ runtime: options.runtime, skillId });
    return skill.invoke(event, context);
  };
}

export class SkillIdMismatchError extends Error {
  constructor() {
    super('the request is addressed to another skill');
    this.name = 'SkillIdMismatchError';
  }
}
