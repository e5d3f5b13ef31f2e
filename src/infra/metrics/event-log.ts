import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The local event log (`.data/events.jsonl` under `npm start`): the metrics the Lambda functions
 * print for CloudWatch, appended here instead, for a local report or dashboard to read.
 *
 * Line format: one JSON object per line, exactly the EMF record written in AWS. `kind` says what
 * the line is; `_aws` (Timestamp in epoch ms, namespace, dimension sets, units) can be ignored:
 *   {"_aws":{…},"kind":"turn","platform":"alexa","intent":"SearchIntent","outcome":"answered","locale":"en-US","TurnLatency":41.7}
 *     one shopper turn; outcome is answered | fallback | error | timeout; TurnLatency in ms
 *   {"_aws":{…},"kind":"events","PurchaseAsked":1,"OrderPlaced":1}
 *     business events (ShopEvent names, src/ports/metrics.ts) with how many times each happened
 *   {"_aws":{…},"kind":"gauges","PendingOrdersOverdue":0,"OldestPendingAgeSeconds":0}
 *     values measured by a run (reconciliation's PENDING backlog)
 * Lines are appended whole and in order; the file is never rewritten or rotated.
 */
export function eventLogWriter(path: string): (line: string) => void {
  let ready = false;
  return (line) => {
    if (!ready) {
      mkdirSync(dirname(path), { recursive: true });
      ready = true;
    }
    appendFileSync(path, `${line}\n`);
  };
}
