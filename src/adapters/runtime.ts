import type { Reply, Turn } from '../core/turn';
import type { Logger } from '../ports/runtime';

/** What an adapter needs from the composition root: the core, and somewhere to log. */
export interface AdapterRuntime {
  shop: { handle(turn: Turn): Promise<Reply> };
  logger: Logger;
  /** when set, Alexa requests for any other skill are refused before anything is read or written */
  alexaSkillId?: string;
}

/** Built once per cold start, on the first request. */
export type RuntimeProvider = () => Promise<AdapterRuntime>;
