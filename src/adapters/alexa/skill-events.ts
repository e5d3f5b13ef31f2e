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
    // — after the order: the notifications permission, granted or changed (the body lists what is allowed now) —
    case 'AlexaSkillEvent.SkillPermissionAccepted':
    case 'AlexaSkillEvent.SkillPermissionChanged': {
      const accepted = request.body?.acceptedPermissions;
      const scopes = Array.isArray(accepted) ? accepted.map((p) => (p as { scope?: unknown })?.scope) : [];
      const token = envelope.context?.System?.user?.accessToken;
      const locale = (envelope.request as { locale?: unknown }).locale;
      return {
        kind: 'permissions',
        platform: 'alexa',
        userId,
        accessToken: typeof token === 'string' ? token : undefined,
        ...(typeof locale === 'string' ? { locale } : {}),
        notifications: scopes.includes(NOTIFICATIONS_PERMISSION),
      };
    }
    default:
      return undefined;
  }
}

/** The permission the skill manifest asks for (scripts/models/skill-manifest.ts), as skill events name it. */
export const NOTIFICATIONS_PERMISSION = 'alexa::devices:all:notifications:write';
