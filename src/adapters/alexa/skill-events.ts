import type { RequestEnvelope } from 'ask-sdk-model';
import type { SkillEvent } from '../../core/skill-events';

/** An Alexa skill event as the core's neutral event, or undefined for any other request. */
export function alexaSkillEvent(envelope: RequestEnvelope): SkillEvent | undefined {
  const request = envelope.request as { type: string; body?: Record<string, unknown> };
  const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (!userId) return undefined;
  switch (request.type) {
    case 'AlexaSkillEvent.SkillDisabled':
      // Only NOT_PERSISTED asks for deletion; PERSISTED (or anything unknown) keeps data.
      return { kind: 'disabled', platform: 'alexa', userId, keepData: request.body?.userInformationPersistenceStatus !== 'NOT_PERSISTED' };
    case 'AlexaSkillEvent.SkillAccountLinked': {
      const token = request.body?.accessToken;
      return { kind: 'account-linked', platform: 'alexa', userId, accessToken: typeof token === 'string' ? token : undefined };
    }
    default:
      return undefined;
  }
}
