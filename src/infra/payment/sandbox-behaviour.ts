/** How the sandbox payment provider behaves: its test cards, its modes, and what tests script per charge. */
import type { SandboxFirstAnswer } from './sandbox-ledger';

/** Payment methods the sandbox knows, modelled on Stripe's test cards. */
export const SandboxMethod = {
  Approve: 'pm_sandbox_visa',
  Decline: 'pm_sandbox_decline',
  InsufficientFunds: 'pm_sandbox_insufficient_funds',
} as const;

/** How the sandbox answers the first call for a key (`SANDBOX_PAYMENT_MODE`). */
export const SandboxMode = {
  /** with the charge's outcome */
  Immediate: 'immediate',
  /** like Stripe on a bad day: the charge is made, the answer is a 500, and every later call with the key gets that 500 again */
  FirstAnswerServerError: 'first-500',
  /** `processing`, replayed to every later call with the key; the charge settles later */
  Processing: 'processing',
} as const;
export type SandboxMode = (typeof SandboxMode)[keyof typeof SandboxMode];

export interface SandboxBehaviour {
  /** answer after this many milliseconds (a slow provider) */
  delayMs?: number;
  /** how long the caller waits before the outcome counts as unknown */
  timeoutMs?: number;
  /** decline every charge, whatever the method */
  declineAll?: boolean;
  mode?: SandboxMode;
  /** in the Stripe-like modes, the charge becomes final this long after it was made (default 0: at once) */
  settleAfterMs?: number;
}

/** One charge's behaviour, set for its key by a test; it applies to the next call with that key. */
export interface ScriptedCharge {
  /** the charge ends declined with this code (default: it succeeds) */
  declineCode?: string;
  /** what this and every later call with the key answers (default: the outcome) */
  firstAnswer?: SandboxFirstAnswer;
  delayMs?: number;
  /** a `processing` or 500 first answer settles this long after the charge; unset: only on `settle()` */
  settleAfterMs?: number;
  /** the request never reaches the provider: an unknown outcome, nothing recorded, so the next call starts afresh */
  unreachable?: boolean;
  /** refused as a bad request with this code, nothing recorded (Stripe saves no result for a request it refuses) */
  invalid?: string;
}
