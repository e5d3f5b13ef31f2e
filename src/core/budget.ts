import type { Platform } from './turn';

/**
 * How long each platform waits for an answer, and how much of that the shop keeps in hand.
 * Alexa gives a skill 8 s, Dialogflow a webhook 5 s; the margin covers cold starts, the network
 * and rendering, the save reserve covers writing the order after the payment provider answers.
 */
export interface TurnBudget {
  alexaMs: number;
  dialogflowMs: number;
  marginMs: number;
  saveReserveMs: number;
}

export const DEFAULT_TURN_BUDGET: TurnBudget = { alexaMs: 8000, dialogflowMs: 5000, marginMs: 1500, saveReserveMs: 1000 };

/**
 * The shortest time worth giving the payment provider. With less left, the charge is not started
 * at all: a charge cut off after a few milliseconds is an unknown outcome for the shopper.
 */
export const MIN_CHARGE_MS = 500;

/** The time a turn on `platform` has to answer, margin already taken off. */
export function answerWithinMs(budget: TurnBudget, platform: Platform): number {
  return (platform === 'alexa' ? budget.alexaMs : budget.dialogflowMs) - budget.marginMs;
}

/** The longest a payment call may take on any platform, leaving time to save the outcome. */
export function paymentTimeoutMs(budget: TurnBudget): number {
  return Math.min(answerWithinMs(budget, 'alexa'), answerWithinMs(budget, 'dialogflow')) - budget.saveReserveMs;
}
