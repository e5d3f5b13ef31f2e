import type { RequestEnvelope } from 'ask-sdk-model';

/** The skill id a request is addressed to. */
export function applicationIdOf(event: RequestEnvelope): string | undefined {
  return event.context?.System?.application?.applicationId ?? event.session?.application?.applicationId;
}

/** Why a parsed body is not an Alexa request envelope, or undefined when it is one. */
export function alexaEnvelopeProblem(envelope: unknown): string | undefined {
  if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) return 'the body must be a JSON object (an Alexa request envelope)';
  const e = envelope as Record<string, any>;
  if (!e.request || typeof e.request !== 'object' || Array.isArray(e.request) || typeof e.request.type !== 'string') return 'request.type is required';
  if (e.context !== undefined && (typeof e.context !== 'object' || e.context === null)) return 'context must be an object';
  if (e.session !== undefined && (typeof e.session !== 'object' || e.session === null)) return 'session must be an object';
  const userId = e.context?.System?.user?.userId ?? e.session?.user?.userId;
  if (typeof userId !== 'string' || userId === '') return 'context.System.user.userId is required';
  const token = e.context?.System?.user?.accessToken ?? e.session?.user?.accessToken;
  if (token !== undefined && typeof token !== 'string') return 'user.accessToken must be a string';
  if (e.request.type === 'IntentRequest') {
    const intent = e.request.intent;
    if (!intent || typeof intent !== 'object' || typeof intent.name !== 'string') return 'request.intent.name must be a string';
    if (intent.slots !== undefined && (typeof intent.slots !== 'object' || intent.slots === null || Array.isArray(intent.slots))) {
      return 'request.intent.slots must be an object';
    }
  }
  return undefined;
}

/** The request is not an Alexa request envelope; refused before anything is read or written. */
export class AlexaRequestInvalidError extends Error {
  readonly problem: string;
  constructor(problem: string, options: { cause?: unknown } = {}) {
    super(`not an Alexa request envelope: ${problem}`, options);
    this.name = 'AlexaRequestInvalidError';
    this.problem = problem;
  }
}
