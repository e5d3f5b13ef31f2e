/** The shop's rules for buying by voice, on top of the spoken confirmation. Amounts in minor units. */
export interface PurchaseSafeguards {
  /** totals at or above this ask for the voice PIN (Amazon requires one from $100) */
  pinThreshold: number;
  /** wrong PINs that lock voice purchasing until it is reset outside voice */
  maxPinAttempts: number;
  /** per customer per UTC day; 0 turns the limit off. A customer record may set its own. */
  dailyLimit: number;
  /** only a voice Alexa recognises (a personId on the request) may buy on Alexa */
  recognisedVoiceOnly: boolean;
}

export const DEFAULT_SAFEGUARDS: PurchaseSafeguards = {
  pinThreshold: 10_000,
  maxPinAttempts: 3,
  dailyLimit: 50_000,
  recognisedVoiceOnly: false,
};

/** The UTC day a spend counts against. */
export function spendDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
