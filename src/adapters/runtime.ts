import type { SkillEvent } from '../core/skill-events';
import type { Reply, Turn, TurnOptions } from '../core/turn';
import type { AlexaSignatureCheck, WebhookAuthenticator } from '../ports/inbound-auth';
import type { Logger } from '../ports/runtime';

/** What an adapter needs from the composition root: the core, somewhere to log, and inbound auth. */
export interface AdapterRuntime {
  shop: { handle(turn: Turn, options?: TurnOptions): Promise<Reply>; handleEvent?(event: SkillEvent): Promise<void> };
  logger: Logger;
  /** when set, Alexa requests for any other skill are refused before anything is read or written */
  alexaSkillId?: string;
  /** verifies Alexa request signatures on the HTTPS endpoints (web-service hosting, local server) */
  alexaVerifier?: AlexaSignatureCheck;
  /** checks the credentials Dialogflow must present; undefined leaves the webhook open (local mode only) */
  webhookAuth?: WebhookAuthenticator;
}

/** Built once per cold start, on the first request. */
export type RuntimeProvider = () => Promise<AdapterRuntime>;
