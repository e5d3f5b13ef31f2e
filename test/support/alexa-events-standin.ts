/**
 * Loopback stand-ins for what cannot run here: Login with Amazon's token endpoint and the Alexa
 * Proactive Events API. They follow Amazon's documentation (developer.amazon.com, "Proactive
 * Events API" and "Proactive Events Schemas"): the client-credentials grant with the
 * alexa::proactive_events scope; POST /v1/proactiveEvents/stages/development with a bearer token
 * and a JSON event (timestamp, referenceId, expiryTime within a day, an AMAZON.OrderStatus.Updated
 * or AMAZON.MessageAlert.Activated event, localizedAttributes, a Unicast relevantAudience),
 * answered 202. A request that breaks those rules gets a 400 naming the rule; a scripted user can
 * be answered 403 (the permission withdrawn) or 429 (too many, with Retry-After).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  stage: 'development' | 'live';
  body: Record<string, any>;
}

const ORDER_STATUSES = ['PREORDER_RECEIVED', 'ORDER_RECEIVED', 'ORDER_PREPARING', 'ORDER_SHIPPED', 'ORDER_OUT_FOR_DELIVERY', 'ORDER_DELIVERED'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export class AlexaEventsStandIn {
  /** token requests as received (form fields) */
  readonly tokenRequests: Array<Record<string, string>> = [];
  /** events accepted with a 202 */
  readonly accepted: ReceivedEvent[] = [];
  /** every event request, whatever the answer */
  readonly requests: Array<{ status: number; body: unknown }> = [];
  /** per Alexa user id: the statuses to answer next, in order (then 202) */
  readonly script = new Map<string, number[]>();
  private issued = 0;

  private constructor(
    private readonly server: Server,
    readonly base: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  static async start(credentials: { clientId: string; clientSecret: string }): Promise<AlexaEventsStandIn> {
    let standIn: AlexaEventsStandIn | undefined;
    const server = createServer(async (req, res) => {
      const body = await read(req);
      const answer = standIn!.handle(req, body);
      res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    standIn = new AlexaEventsStandIn(server, `http://127.0.0.1:${port}`, credentials.clientId, credentials.clientSecret);
    return standIn;
  }

  get tokenUrl(): string {
    return `${this.base}/auth/o2/token`;
  }

  private handle(req: IncomingMessage, raw: string): { status: number; body?: unknown; headers?: Record<string, string> } {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'POST' && path === '/auth/o2/token') return this.token(req, raw);
    const stage = path === '/v1/proactiveEvents/stages/development' ? 'development' : path === '/v1/proactiveEvents' ? 'live' : undefined;
    if (req.method !== 'POST' || !stage) return { status: 404, body: { message: 'no such resource' } };
    const auth = req.headers.authorization ?? '';
    if (!/^Bearer lwa-token-\d+$/.test(auth)) return this.record(401, { message: 'invalid or missing bearer token' }, raw);
    if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return this.record(400, { message: 'Content-Type must be application/json' }, raw);
    let body: Record<string, any>;
    try {
      body = JSON.parse(raw) as Record<string, any>;
    } catch {
      return this.record(400, { message: 'body is not JSON' }, raw);
    }
    const problem = eventProblem(body);
    if (problem) return this.record(400, { message: problem }, body);
    const next = this.script.get(body.relevantAudience.payload.user)?.shift();
    if (next === 403) return this.record(403, { message: 'The user has not subscribed to this event or has revoked the permission.' }, body);
    if (next === 429) return { ...this.record(429, { message: 'Too many requests' }, body), headers: { 'retry-after': '1' } };
    if (next) return this.record(next, { message: 'scripted' }, body);
    this.accepted.push({ stage, body });
    return this.record(202, undefined, body);
  }

  private token(req: IncomingMessage, raw: string): { status: number; body: unknown } {
    if (!/^application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? ''))
      return { status: 400, body: { error: 'invalid_request', error_description: 'form encoding expected' } };
    const form = Object.fromEntries(new URLSearchParams(raw));
    this.tokenRequests.push(form);
    if (form.grant_type !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' } };
    if (form.scope !== 'alexa::proactive_events') return { status: 400, body: { error: 'invalid_scope' } };
    if (form.client_id !== this.clientId || form.client_secret !== this.clientSecret)
      return { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } };
    this.issued += 1;
    return { status: 200, body: { access_token: `lwa-token-${this.issued}`, expires_in: 3600, scope: 'alexa::proactive_events', token_type: 'bearer' } };
  }

  private record(status: number, answer: unknown, body: unknown): { status: number; body?: unknown } {
    this.requests.push({ status, body });
    return { status, body: answer };
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** What the documentation requires of an event request; undefined when it is well formed. */
export function eventProblem(body: Record<string, any>): string | undefined {
  if (typeof body.timestamp !== 'string' || !ISO.test(body.timestamp)) return 'timestamp must be an ISO 8601 UTC time';
  if (typeof body.referenceId !== 'string' || !/^[A-Za-z0-9-]{1,100}$/.test(body.referenceId)) return 'referenceId must be 1 to 100 letters, digits or hyphens';
  if (typeof body.expiryTime !== 'string' || !ISO.test(body.expiryTime)) return 'expiryTime must be an ISO 8601 UTC time';
  const span = Date.parse(body.expiryTime) - Date.parse(body.timestamp);
  if (span < 5 * 60_000 || span > 24 * 3_600_000) return 'expiryTime must be between 5 minutes and 24 hours after timestamp';
  const audience = body.relevantAudience;
  if (audience?.type !== 'Unicast' || typeof audience?.payload?.user !== 'string') return 'relevantAudience must be Unicast with payload.user';
  const locales = body.localizedAttributes;
  if (!Array.isArray(locales) || locales.length === 0 || locales.some((l: any) => typeof l?.locale !== 'string' || typeof l?.sellerName !== 'string'))
    return 'localizedAttributes must list a locale with each attribute used';
  const event = body.event;
  if (event?.name === 'AMAZON.OrderStatus.Updated') {
    if (!ORDER_STATUSES.includes(event.payload?.state?.status)) return 'event.payload.state.status is not an order status';
    if (event.payload?.order?.seller?.name !== 'localizedattribute:sellerName') return 'event.payload.order.seller.name must name the localized attribute';
    const arrival = event.payload.state.deliveryDetails?.expectedArrival;
    if (arrival !== undefined && !ISO.test(arrival)) return 'expectedArrival must be an ISO 8601 time';
    return undefined;
  }
  if (event?.name === 'AMAZON.MessageAlert.Activated') {
    if (!['UNREAD', 'FLAGGED'].includes(event.payload?.state?.status)) return 'event.payload.state.status must be UNREAD or FLAGGED';
    if (typeof event.payload?.messageGroup?.creator?.name !== 'string' || typeof event.payload?.messageGroup?.count !== 'number')
      return 'messageGroup needs creator.name and count';
    return undefined;
  }
  return `event.name ${String(event?.name)} is not a schema this skill publishes`;
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
