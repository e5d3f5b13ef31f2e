import type { SkillEvent } from '../core/skill-events';
import type { Reply, Turn } from '../core/turn';
import type { WebhookAuthConfig } from '../infra/auth/webhook-auth';
import type { Logger } from '../ports/runtime';

/** Checks that an HTTPS request really came from Alexa; throws when it did not. */
export interface AlexaSignatureCheck {
  verify(request: { rawBody: Buffer; headers: Record<string, string | undefined> }): Promise<void>;
}

/** What an adapter needs from the composition root: the core, and somewhere to log. */
export interface AdapterRuntime {
  shop: { handle(turn: Turn): Promise<Reply>; handleEvent?(event: SkillEvent): Promise<void> };
  logger: Logger;
  /** when set, Alexa requests for any other skill are refused before anything is read or written */
  alexaSkillId?: string;
  /** verifies Alexa request signatures on the HTTPS endpoints (web-service hosting, local server) */
  alexaVerifier?: AlexaSignatureCheck;
  /** the credentials Dialogflow must present; undefined leaves the webhook open (local mode only) */
  webhookAuth?: () => Promise<WebhookAuthConfig>;
}

/** Built once per cold start, on the first request. */
export type RuntimeProvider = () => Promise<AdapterRuntime>;
