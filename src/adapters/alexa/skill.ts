import { SkillBuilders, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import { messagesFor } from '../../core/replies';
import type { Reply, TurnOptions } from '../../core/turn';
import type { Logger } from '../../ports/runtime';
import { arrive, requestLogger, turnOptions } from '../request-context';
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

/** The skill: one envelope in, one response envelope out. */
export interface AlexaSkill {
  /** `turn` carries the request's logger and arrival; without it they are taken when the skill starts on the request */
  invoke(envelope: RequestEnvelope, context?: unknown, turn?: TurnOptions): Promise<ResponseEnvelope>;
}

const LOCALE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$/i;

/** The apology in the request's language: the core never got to answer, so the adapter says it. */
function apologyFor(envelope: RequestEnvelope): string {
  const locale = (envelope?.request as { locale?: unknown } | undefined)?.locale;
  return messagesFor(typeof locale === 'string' && LOCALE.test(locale) ? locale : 'en-US').apology;
}

/** The ids an Alexa request carries for its log lines. */
function alexaIds(envelope: RequestEnvelope) {
  return { platform: 'alexa' as const, requestId: envelope?.request?.requestId, sessionId: envelope?.session?.sessionId };
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
export function createAlexaSkill(options: AlexaSkillOptions): AlexaSkill {
  // ask-sdk hands a handler the envelope it was invoked with: the request's own options ride along on it.
  const perRequest = new WeakMap<object, TurnOptions & { log: Logger }>();
  const optionsFor = async (input: HandlerInput): Promise<TurnOptions & { log: Logger }> => {
    const known = perRequest.get(input.requestEnvelope);
    if (known) return known;
    const arrival = arrive(input.context);
    const { logger } = await options.runtime();
    const log = requestLogger(logger, arrival, alexaIds(input.requestEnvelope));
    return { ...turnOptions(log, arrival), log };
  };

  const turnHandler: RequestHandler = {
    canHandle: () => true,
    async handle(input) {
      const turnOptions = await optionsFor(input);
      const turn = alexaRequestToTurn(input.requestEnvelope);
      const { shop } = await options.runtime();
      if (!turn) {
        const event = alexaSkillEvent(input.requestEnvelope);
        if (event) await shop.handleEvent?.(event);
        return input.responseBuilder.getResponse();
      }
      const reply = await shop.handle(turn, turnOptions);
      // Alexa takes no speech in answer to SessionEndedRequest.
      if (turn.intent === 'SessionEnded') return input.responseBuilder.getResponse();
      return renderAlexaReply(input, reply);
    },
  };
  const errorHandler: ErrorHandler = {
    canHandle: () => true,
    async handle(input, error) {
      const { log } = await optionsFor(input);
      log.error('alexa request failed', { error: `${error?.name}: ${error?.message}`, requestType: input.requestEnvelope?.request?.type });
      return input.responseBuilder
        .speak(escapeSsml(apologyFor(input.requestEnvelope)))
        .withShouldEndSession(true)
        .getResponse();
    },
  };
  // The skill id is checked here, on our terms: ask-sdk's own check reads context.System without
  // looking, and would answer an envelope without it with a TypeError.
  const skill = SkillBuilders.custom().addRequestHandlers(turnHandler).addErrorHandlers(errorHandler).create();
  return {
    async invoke(envelope, context, turn) {
      if (options.skillId && applicationIdOf(envelope) !== options.skillId) throw new SkillIdMismatchError();
      if (turn?.log) perRequest.set(envelope, { ...turn, log: turn.log });
      try {
        return await skill.invoke(envelope, context);
      } finally {
        perRequest.delete(envelope);
      }
    },
  };
}

/** A Lambda handler for the Alexa Skills Kit trigger; the skill id comes from the runtime's configuration. */
export function createAlexaLambdaHandler(options: { runtime: RuntimeProvider }) {
  let skill: AlexaSkill | undefined;
  return async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
    const arrival = arrive(context);
    // Alexa always sends a well-formed envelope; anything else is refused before it is read.
    const problem = alexaEnvelopeProblem(event);
    if (problem) throw new AlexaRequestInvalidError(problem);
    const runtime = await options.runtime();
    const log = requestLogger(runtime.logger, arrival, alexaIds(event));
    const skillId = runtime.alexaSkillId;
    if (skillId && applicationIdOf(event) !== skillId) {
      log.warn('request for another skill refused', { requestType: event.request.type });
      throw new SkillIdMismatchError();
    }
    skill ??= createAlexaSkill({ runtime: options.runtime, skillId });
    return skill.invoke(event, context, turnOptions(log, arrival));
  };
}

/** The request is addressed to another skill; refused before anything is read or written. */
export class SkillIdMismatchError extends Error {
  constructor(options: { cause?: unknown } = {}) {
    super('the request is addressed to another skill', options);
    this.name = 'SkillIdMismatchError';
  }
}
