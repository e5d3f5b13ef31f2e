import type { VoicePinHash } from '../core/voice-pin';

/**
 * Ports for the checks made before money moves: token introspection and the per-customer
 * voice-purchase safeguards (PIN, lock, daily spend).
 */

/** RFC 7662 token introspection: is this access token still active at the identity provider? */
export interface TokenIntrospection {
  /** true when active; false when revoked or unknown; throws when the answer cannot be had */
  isActive(accessToken: string): Promise<boolean>;
}

/** Voice-purchase safeguards kept on the customer record; only ever changed by single-item conditional writes. */
export interface VoiceSecurity {
  /** the salted hash of the 4-digit voice PIN, when the customer set one */
  pin?: VoicePinHash;
  /** the customer asked for the PIN on every voice purchase, whatever the total */
  pinAlways: boolean;
  /** wrong PINs since the last right one; at the policy's maximum, voice purchasing is locked */
  pinFailures: number;
  /** this customer's own daily limit in minor units, overriding the shop's */
  dailyLimit?: number;
  /** UTC day (YYYY-MM-DD) that `spentToday` counts */
  spentDay?: string;
  spentToday: number;
}

export interface VoiceSecurityStore {
  get(customerId: string): Promise<VoiceSecurity>;
  /**
   * Counts one wrong PIN atomically; returns the count so far. `attemptId` names the spoken
   * attempt, so a write repeated after a lost answer counts it once.
   */
  recordPinFailure(customerId: string, attemptId: string): Promise<number>;
  /** after a right PIN: resets the count, unless the lock was reached meanwhile (then false) */
  clearPinFailures(customerId: string, maxAttempts: number): Promise<boolean>;
  /**
   * Adds `amount` to the day's spending for `orderId` if it stays within `limit`; false when it
   * would not. Reserving the same order again (a repeated write) is true and adds nothing.
   */
  reserveSpend(customerId: string, day: string, amount: number, limit: number, orderId: string): Promise<boolean>;
  /** gives back `orderId`'s reservation (its charge did not happen); releasing twice gives back once */
  releaseSpend(customerId: string, day: string, orderId: string): Promise<void>;
  /** outside voice (app, support): sets the PIN and clears any lock */
  setPin(customerId: string, pin: VoicePinHash, always?: boolean): Promise<void>;
  /** outside voice (app, support): lifts the lock */
  resetLock(customerId: string): Promise<void>;
}
