/**
 * A stand-in for Stripe's API on loopback. The live API cannot be reached from here, so this
 * answers the way Stripe documents it (API version 2026-11-18.endive), for the calls the shop makes:
 *
 * - POST /v1/payment_intents: create, and with `confirm=true` confirm at once; a decline leaves the
 *   PaymentIntent `requires_payment_method` with `last_payment_error` and answers 402 card_error
 *   with the PaymentIntent in it; `payment_method_types` is refused (400
 *   payment_method_types_no_longer_supported, since 2026-09-30.endive); a confirm that could pick a
 *   redirect-based method needs a `return_url` (400 on `return_url`) unless
 *   `allowed_payment_method_types` is card only.
 * - GET /v1/payment_intents/:id, GET /v1/payment_intents (customer, created[gte|gt|lte|lt],
 *   limit, starting_after; newest first), GET /v1/payment_intents/search (`metadata['key']:'value'`;
 *   the search index lags behind by `searchLagMs`, as Stripe's is eventually consistent).
 * - POST /v1/refunds (payment_intent, amount, reason).
 * - Idempotency (docs.stripe.com/api/idempotent_requests): the first answer for a key, its status
 *   code and body, 500s and `processing` included, is saved and replayed for every later request
 *   with that key and the same parameters for 24 hours; other parameters with the key get 400
 *   idempotency_error; a request while the first with the key still runs gets 409
 *   idempotency_key_in_use; a request refused before it ran (validation, rate limit) saves nothing.
 * - Test payment methods as in Stripe's testing docs: pm_card_visa, pm_card_mastercard succeed;
 *   pm_card_chargeDeclined (generic_decline), pm_card_chargeDeclinedInsufficientFunds,
 *   pm_card_chargeDeclinedExpiredCard, pm_card_chargeDeclinedFraudulent decline;
 *   pm_card_authenticationRequired is declined off-session (authentication_required).
 *
 * Faults Stripe shows only now and then are scripted per operation: a 500 with or without the
 * charge made, `processing` that settles later (by time or by `settle()`), slow answers, silence,
 * dropped connections, 400s, 429s, and answers that are not Stripe's. Time is injectable.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const STANDIN_SECRET_KEY = 'sk_test_standin_51HxQ2eSecretKeyValue';
const DAY_MS = 24 * 3600_000;

type Json = Record<string, unknown>;
export type Operation = 'create' | 'retrieve' | 'list' | 'search' | 'refund';

export type StandInFault =
  /** 500 api_error; `charged`: Stripe had made the PaymentIntent, and the 500 is saved for the key */
  | { kind: 'server-error'; charged: boolean }
  /** the PaymentIntent is made `processing`, and that answer is saved; it settles after `settleAfterMs` or on `settle()` */
  | { kind: 'processing'; settleAfterMs?: number; declineCode?: string }
  | { kind: 'slow'; delayMs: number }
  /** never answers */
  | { kind: 'hang' }
  /** the connection closes without an answer; `charged`: after Stripe acted on the request */
  | { kind: 'drop'; charged: boolean }
  | { kind: 'invalid'; code: string; param?: string }
  | { kind: 'rate-limit' }
  /** a refund made with this status */
  | { kind: 'refund-status'; status: 'pending' | 'failed' }
  /** an answer that is not Stripe's (a proxy or load balancer in the way) */
  | { kind: 'answer'; status: number; body: string | Json };

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  headers: IncomingHttpHeaders;
}

interface Intent extends Json {
  id: string;
  status: string;
  amount: number;
  currency: string;
  customer: string | null;
  metadata: Record<string, string>;
  created: number;
}

interface Pending {
  settlesAt?: number;
  declineCode?: string;
}

interface Answer {
  status: number;
  body: Json | string;
  /** saved for the idempotency key */
  saved: boolean;
  /** close the connection instead of answering */
  drop?: boolean;
}

const DECLINES: Record<string, { code: string; decline_code: string; message: string }> = {
  pm_card_chargeDeclined: { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
  pm_card_chargeDeclinedInsufficientFunds: { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  pm_card_chargeDeclinedExpiredCard: { code: 'expired_card', decline_code: 'expired_card', message: 'Your card has expired.' },
  pm_card_chargeDeclinedFraudulent: { code: 'card_declined', decline_code: 'fraudulent', message: 'Your card was declined.' },
  pm_card_authenticationRequired: {
    code: 'authentication_required',
    decline_code: 'authentication_required',
    message: 'Your card was declined. This transaction requires authentication.',
  },
};
const APPROVING = new Set(['pm_card_visa', 'pm_card_mastercard', 'pm_card_amex']);

const error = (status: number, type: string, message: string, extra: Json = {}): Answer => ({ status, body: { error: { type, message, ...extra } }, saved: false });

/** `a[b][0]=x` form or query fields as nested values; arrays come back as arrays. */
function nested(params: URLSearchParams): Json {
  const root: Json = {};
  for (const [key, value] of params) {
    const parts = key.replace(/\]/g, '').split('[');
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Json;
    });
  }
  const arrays = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const entries = Object.entries(v as Json).map(([k, x]) => [k, arrays(x)] as const);
    return entries.length > 0 && entries.every(([k], i) => k === String(i)) ? entries.map(([, x]) => x) : Object.fromEntries(entries);
  };
  return arrays(root) as Json;
}

export class StripeStandIn {
  readonly requests: SeenRequest[] = [];
  private readonly intents = new Map<string, Intent>();
  private readonly pending = new Map<string, Pending>();
  private readonly refunded = new Map<string, number>();
  private readonly keys = new Map<string, { fingerprint: string; at: number; answer?: Answer }>();
  private readonly faults = new Map<Operation, StandInFault[]>();
  private readonly sockets = new Set<Socket>();
  private seq = 0;
  private working = 0;
  /** how long a new PaymentIntent stays out of search results */
  searchLagMs = 0;

  private constructor(
    private readonly server: Server,
    readonly url: URL,
    readonly now: () => number,
  ) {}

  static async start(options: { now?: () => number } = {}): Promise<StripeStandIn> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const standIn = new StripeStandIn(server, url, options.now ?? Date.now);
    server.on('connection', (socket) => {
      standIn.sockets.add(socket);
      socket.on('close', () => standIn.sockets.delete(socket));
    });
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void standIn.handle(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks).toString('utf8'), res));
    });
    return standIn;
  }

  /** The next requests of this kind meet these faults, one each, in order. */
  fault(operation: Operation, ...faults: StandInFault[]): void {
    this.faults.set(operation, [...(this.faults.get(operation) ?? []), ...faults]);
  }

  /** Settles a `processing` PaymentIntent now. */
  settle(intentId: string): void {
    const pending = this.pending.get(intentId);
    if (pending) this.finish(intentId, pending);
  }

  /** A PaymentIntent as Stripe holds it now. */
  intent(id: string): Intent | undefined {
    this.settleDue();
    const intent = this.intents.get(id);
    return intent && structuredClone(intent);
  }

  /** PaymentIntents that took the money. */
  chargesMade(): number {
    this.settleDue();
    return [...this.intents.values()].filter((i) => i.status === 'succeeded').length;
  }

  /** PaymentIntents made for an order (by the order id in their metadata). */
  intentsFor(orderId: string): Intent[] {
    this.settleDue();
    return [...this.intents.values()].filter((i) => i.metadata.order_id === orderId).map((i) => structuredClone(i));
  }

  /** Resolves once every request being worked on (a slow one, say) has been answered. */
  async idle(): Promise<void> {
    while (this.working > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  /** The requests seen with this idempotency key. */
  callsWithKey(key: string): SeenRequest[] {
    return this.requests.filter((r) => r.headers['idempotency-key'] === key);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(method: string, rawUrl: string, headers: IncomingHttpHeaders, body: string, res: ServerResponse): Promise<void> {
    const url = new URL(rawUrl, this.url);
    const seen: SeenRequest = { method, path: url.pathname, query: url.searchParams, form: new URLSearchParams(body), headers };
    this.requests.push(seen);
    if (headers.authorization !== `Bearer ${STANDIN_SECRET_KEY}`) {
      const given = String(headers.authorization ?? '').replace(/^Bearer /, '');
      return this.send(res, error(401, 'invalid_request_error', `Invalid API Key provided: ${given.slice(0, 8)}****${given.slice(-4)}`));
    }
    const operation = this.operationOf(method, url.pathname);
    const fault = operation && this.faults.get(operation)?.shift();
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'drop' && !fault.charged) return void res.socket?.destroy();
    const run = async (): Promise<Answer> => {
      if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      // answered before Stripe ran anything: nothing is saved for the key
      if (fault?.kind === 'answer') return { status: fault.status, body: fault.body, saved: false };
      if (fault?.kind === 'rate-limit') return error(429, 'invalid_request_error', 'Too many requests hit the API too quickly.', { code: 'rate_limit' });
      if (fault?.kind === 'invalid') return error(400, 'invalid_request_error', `Invalid request (${fault.code}).`, { code: fault.code, param: fault.param });
      if (fault?.kind === 'server-error' && !fault.charged) return this.serverError();
      const answer = this.route(method, url, seen.form, fault);
      // Stripe acted, then failed: the 500 is what is saved for the key
      return fault?.kind === 'server-error' ? { ...this.serverError(), saved: answer.saved } : answer;
    };
    const key = method === 'POST' ? (headers['idempotency-key'] as string | undefined) : undefined;
    const fingerprint = `${method} ${url.pathname} ${[...seen.form]
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join('&')}`;
    this.working += 1;
    const { answer, replayed } = await (key ? this.idempotent(key, fingerprint, run) : run().then((a) => ({ answer: a, replayed: false }))).finally(() => {
      this.working -= 1;
    });
    if (fault?.kind === 'drop') return void res.socket?.destroy();
    this.send(res, answer, replayed ? { 'idempotent-replayed': 'true' } : {});
  }

  /** Stripe's idempotency layer: replay, refuse, or run and save. */
  private async idempotent(key: string, fingerprint: string, run: () => Promise<Answer>): Promise<{ answer: Answer; replayed: boolean }> {
    const now = this.now();
    let entry = this.keys.get(key);
    if (entry && now - entry.at >= DAY_MS) {
      this.keys.delete(key);
      entry = undefined;
    }
    if (entry && !entry.answer) {
      const message =
        'There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through).';
      return { answer: error(409, 'idempotency_error', message, { code: 'idempotency_key_in_use' }), replayed: false };
    }
    if (entry && entry.fingerprint !== fingerprint) {
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`;
      return { answer: error(400, 'idempotency_error', message), replayed: false };
    }
    if (entry?.answer) return { answer: entry.answer, replayed: true };
    const fresh: { fingerprint: string; at: number; answer?: Answer } = { fingerprint, at: now };
    this.keys.set(key, fresh);
    const answer = await run();
    if (answer.saved) fresh.answer = answer;
    else this.keys.delete(key);
    return { answer, replayed: false };
  }

  private operationOf(method: string, path: string): Operation | undefined {
    if (method === 'POST' && path === '/v1/payment_intents') return 'create';
    if (method === 'GET' && path === '/v1/payment_intents/search') return 'search';
    if (method === 'GET' && path === '/v1/payment_intents') return 'list';
    if (method === 'GET' && path.startsWith('/v1/payment_intents/')) return 'retrieve';
    if (method === 'POST' && path === '/v1/refunds') return 'refund';
    return undefined;
  }

  private route(method: string, url: URL, form: URLSearchParams, fault: StandInFault | undefined): Answer {
    this.settleDue();
    switch (this.operationOf(method, url.pathname)) {
      case 'create':
        return this.create(nested(form), fault);
      case 'retrieve': {
        const intent = this.intents.get(decodeURIComponent(url.pathname.slice('/v1/payment_intents/'.length)));
        if (!intent) return error(404, 'invalid_request_error', 'No such payment_intent', { code: 'resource_missing', param: 'intent' });
        return { status: 200, body: intent, saved: false };
      }
      case 'list':
        return this.list(nested(url.searchParams));
      case 'search':
        return this.search(url.searchParams);
      case 'refund':
        return this.refund(nested(form), fault);
      default:
        return error(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${url.pathname}).`);
    }
  }

  private create(params: Json, fault: StandInFault | undefined): Answer {
    const amount = Number(params.amount);
    if (params.amount === undefined || !Number.isInteger(amount) || amount <= 0)
      return error(400, 'invalid_request_error', 'Invalid positive integer', { code: 'parameter_invalid_integer', param: 'amount' });
    if (typeof params.currency !== 'string') return error(400, 'invalid_request_error', 'Missing required param: currency.', { code: 'parameter_missing', param: 'currency' });
    if (params.payment_method_types !== undefined) {
      return error(400, 'invalid_request_error', 'payment_method_types is no longer supported; use allowed_payment_method_types.', {
        code: 'payment_method_types_no_longer_supported',
        param: 'payment_method_types',
      });
    }
    const confirm = params.confirm === 'true';
    if (params.off_session !== undefined && !confirm) return error(400, 'invalid_request_error', 'off_session can only be used when confirm=true.', { param: 'off_session' });
    const allowed = params.allowed_payment_method_types;
    const cardOnly = Array.isArray(allowed) && allowed.length > 0 && allowed.every((t) => t === 'card');
    const noRedirects = (params.automatic_payment_methods as Json | undefined)?.allow_redirects === 'never';
    if (confirm && !params.return_url && !cardOnly && !noRedirects) {
      return error(
        400,
        'invalid_request_error',
        'A `return_url` must be specified because this Payment Intent is configured to automatically accept the payment methods enabled in the Dashboard, some of which may require a full page redirect to succeed.',
        { param: 'return_url' },
      );
    }
    const method = typeof params.payment_method === 'string' ? params.payment_method : undefined;
    if (method && !APPROVING.has(method) && !DECLINES[method])
      return error(400, 'invalid_request_error', `No such PaymentMethod: '${method}'`, { code: 'resource_missing', param: 'payment_method' });

    this.seq += 1;
    const intent: Intent = {
      id: `pi_standin_${this.seq}`,
      object: 'payment_intent',
      amount,
      amount_received: 0,
      currency: params.currency,
      customer: typeof params.customer === 'string' ? params.customer : null,
      payment_method: method ?? null,
      description: params.description ?? null,
      metadata: (params.metadata as Record<string, string> | undefined) ?? {},
      allowed_payment_method_types: Array.isArray(allowed) ? allowed : null,
      payment_method_types: ['card'],
      created: Math.floor(this.now() / 1000),
      livemode: false,
      last_payment_error: null,
      latest_charge: null,
      status: method ? (confirm ? 'processing' : 'requires_confirmation') : 'requires_payment_method',
    };
    this.intents.set(intent.id, intent);
    if (!confirm || !method) return { status: 200, body: structuredClone(intent), saved: true };
    if (fault?.kind === 'processing') {
      this.pending.set(intent.id, { settlesAt: fault.settleAfterMs === undefined ? undefined : this.now() + fault.settleAfterMs, declineCode: fault.declineCode });
      return { status: 200, body: structuredClone(intent), saved: true };
    }
    const decline = DECLINES[method];
    this.finish(intent.id, { declineCode: decline?.decline_code });
    if (decline) {
      return { status: 402, body: { error: { type: 'card_error', ...decline, payment_intent: structuredClone(intent), param: '' } }, saved: true };
    }
    return { status: 200, body: structuredClone(intent), saved: true };
  }

  private list(params: Json): Answer {
    const created = (params.created ?? {}) as Record<string, string>;
    const limit = Math.min(100, Number(params.limit ?? 10));
    let all = [...this.intents.values()]
      .filter((i) => params.customer === undefined || i.customer === params.customer)
      .filter((i) => (created.gte === undefined || i.created >= Number(created.gte)) && (created.gt === undefined || i.created > Number(created.gt)))
      .filter((i) => (created.lte === undefined || i.created <= Number(created.lte)) && (created.lt === undefined || i.created < Number(created.lt)))
      .sort((a, b) => b.created - a.created || Number(b.id.split('_').pop()) - Number(a.id.split('_').pop()));
    if (typeof params.starting_after === 'string') all = all.slice(all.findIndex((i) => i.id === params.starting_after) + 1);
    return { status: 200, body: { object: 'list', url: '/v1/payment_intents', has_more: all.length > limit, data: structuredClone(all.slice(0, limit)) }, saved: false };
  }

  /** Only `metadata['key']:'value'` clauses joined by AND or by OR (Stripe allows one or the other), which is all the shop asks. */
  private search(query: URLSearchParams): Answer {
    const text = query.get('query') ?? '';
    const clauses = [...text.matchAll(/metadata\[['"]([^'"]+)['"]\]:'((?:[^'\\]|\\.)*)'/g)].map(([, key, value]) => [key, value.replace(/\\(.)/g, '$1')] as const);
    const any = / OR /.test(text);
    if (clauses.length === 0 || (any && / AND /.test(text))) return error(400, 'invalid_request_error', `Invalid search query: ${text}`, { param: 'query' });
    const visibleBefore = Math.floor((this.now() - this.searchLagMs) / 1000);
    const matches = (i: Intent) => (any ? clauses.some(([k, v]) => i.metadata[k] === v) : clauses.every(([k, v]) => i.metadata[k] === v));
    const data = [...this.intents.values()].filter((i) => i.created <= visibleBefore && matches(i));
    return { status: 200, body: { object: 'search_result', url: '/v1/payment_intents/search', has_more: false, next_page: null, data: structuredClone(data) }, saved: false };
  }

  private refund(params: Json, fault: StandInFault | undefined): Answer {
    const intent = typeof params.payment_intent === 'string' ? this.intents.get(params.payment_intent) : undefined;
    if (!intent) return error(404, 'invalid_request_error', `No such payment_intent: '${String(params.payment_intent)}'`, { code: 'resource_missing', param: 'payment_intent' });
    if (intent.status !== 'succeeded')
      return error(400, 'invalid_request_error', 'This PaymentIntent does not have a successful charge to refund.', { code: 'charge_not_refundable', param: 'payment_intent' });
    const left = intent.amount - (this.refunded.get(intent.id) ?? 0);
    if (left <= 0) return error(400, 'invalid_request_error', `Charge for ${intent.id} has already been refunded.`, { code: 'charge_already_refunded' });
    const amount = params.amount === undefined ? left : Number(params.amount);
    if (!Number.isInteger(amount) || amount <= 0 || amount > left)
      return error(400, 'invalid_request_error', `Refund amount is greater than unrefunded amount on charge (${left}).`, { code: 'amount_too_large', param: 'amount' });
    const status = fault?.kind === 'refund-status' ? fault.status : 'succeeded';
    if (status !== 'failed') this.refunded.set(intent.id, (this.refunded.get(intent.id) ?? 0) + amount);
    this.seq += 1;
    const refund = {
      id: `re_standin_${this.seq}`,
      object: 'refund',
      amount,
      currency: intent.currency,
      payment_intent: intent.id,
      reason: params.reason ?? null,
      status,
      created: Math.floor(this.now() / 1000),
    };
    return { status: 200, body: refund, saved: true };
  }

  private serverError(): Answer {
    return error(500, 'api_error', 'An unknown error occurred', {});
  }

  private finish(id: string, outcome: Pending): void {
    const intent = this.intents.get(id);
    if (!intent) return;
    this.pending.delete(id);
    if (outcome.declineCode) {
      const decline = Object.values(DECLINES).find((d) => d.decline_code === outcome.declineCode) ?? {
        code: 'card_declined',
        decline_code: outcome.declineCode,
        message: 'Your card was declined.',
      };
      Object.assign(intent, { status: 'requires_payment_method', last_payment_error: { type: 'card_error', ...decline } });
    } else {
      Object.assign(intent, { status: 'succeeded', amount_received: intent.amount, latest_charge: `ch_standin_${id.split('_').pop()}` });
    }
  }

  private settleDue(): void {
    for (const [id, pending] of this.pending) if (pending.settlesAt !== undefined && pending.settlesAt <= this.now()) this.finish(id, pending);
  }

  private send(res: ServerResponse, answer: Answer, headers: Record<string, string> = {}): void {
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      'content-type': typeof answer.body === 'string' ? 'text/html' : 'application/json',
      'request-id': `req_standin_${this.requests.length}`,
      'stripe-version': '2026-11-18.endive',
      ...headers,
    });
    res.end(text);
  }
}
