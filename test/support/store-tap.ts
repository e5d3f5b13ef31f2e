import { Agent, createServer, request, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One attempt of the runtime's DynamoDB client, as it arrives on the wire. */
export interface StoreCall {
  /** GetItem, PutItem, UpdateItem, … (from X-Amz-Target) */
  operation: string;
  /** the table the call goes to (tables, for a batch) */
  table: string;
  /** the request body: DynamoDB JSON, so values are AttributeValues (`{ S: 'PLACED' }`) */
  input: Record<string, any>;
}

/** An answer the tap gives instead of the store's, shaped as DynamoDB sends errors. */
export class DynamoErrorReply {
  constructor(
    readonly name: string,
    readonly status: number,
  ) {}
}

/**
 * The call reaches the store and is applied, but its answer never reaches the client (the
 * connection drops after `afterMs`): the client times out or sees a reset and retries a write
 * that is already done.
 */
export class LostAnswer {
  constructor(readonly afterMs = 0) {}
}

/** The call goes on, but its answer is held back this long (a slow store, not a slow request). */
export class LateAnswer {
  constructor(readonly ms: number) {}
}

/** An error to answer with, milliseconds to hold the call back before it goes on, a lost or late answer, or undefined to let it through. */
export type Verdict = DynamoErrorReply | LostAnswer | LateAnswer | number | undefined;
export type StoreObserver = (call: StoreCall) => Verdict;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A loopback HTTP hop between the runtime's DynamoDB client and dynalite. It sees every attempt
 * the client makes, retries included, and can fail or stall any of them before the store sees it,
 * so faults travel the same wire, and the same error parsing and retries, as DynamoDB's own.
 */
export class StoreTap {
  private readonly observers = new Set<StoreObserver>();
  private readonly agent = new Agent({ keepAlive: true });

  private constructor(
    private readonly server: Server,
    readonly endpoint: string,
  ) {}

  static async start(upstream: string): Promise<StoreTap> {
    let tap: StoreTap | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        void tap!.handle(Buffer.concat(chunks), req.headers, res, upstream);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    tap = new StoreTap(server, `http://127.0.0.1:${port}`);
    return tap;
  }

  /** Adds an observer; returns its removal. The first verdict given wins. */
  observe(observer: StoreObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  async close(): Promise<void> {
    this.agent.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(body: Buffer, headers: IncomingHttpHeaders, res: ServerResponse, upstream: string): Promise<void> {
    let gone = false;
    res.on('close', () => {
      gone = true;
    });
    let verdict: Verdict;
    if (this.observers.size > 0) {
      const target = String(headers['x-amz-target'] ?? '');
      let input: Record<string, any> = {};
      try {
        input = JSON.parse(body.toString('utf8')) as Record<string, any>;
      } catch {
        // not JSON: observers see an empty input
      }
      const call = { operation: target.slice(target.indexOf('.') + 1), table: input.TableName ?? Object.keys(input.RequestItems ?? {}).join(','), input };
      for (const observer of this.observers) verdict ??= observer(call);
    }
    if (verdict instanceof DynamoErrorReply) {
      res.writeHead(verdict.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'store-tap' });
      res.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${verdict.name}`, message: `${verdict.name} (injected)` }));
      return;
    }
    if (typeof verdict === 'number') await sleep(verdict);
    // a caller that gave up while the call was held back: the store never sees it, as with a lost request
    if (gone) return;
    const forward = request(`${upstream}/`, { method: 'POST', headers, agent: this.agent }, (answer) => {
      if (verdict instanceof LostAnswer) {
        const lost = verdict;
        answer.resume();
        answer.on('end', () => setTimeout(() => res.destroy(), lost.afterMs));
        return;
      }
      const deliver = () => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      };
      if (verdict instanceof LateAnswer) setTimeout(deliver, verdict.ms);
      else deliver();
    });
    forward.on('error', () => res.destroy());
    forward.end(body);
  }
}
