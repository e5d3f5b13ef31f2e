import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const INTROSPECTION_CLIENT = { id: 'voice-shop', secret: 'introspection s3cret' };

/** An RFC 7662 introspection endpoint on loopback: tokens are active unless revoked. */
export class TestIntrospectionServer {
  readonly revoked = new Set<string>();
  readonly calls: Array<{ authorized: boolean; token: string | null; hint: string | null }> = [];
  mode: 'ok' | 'error' | 'slow' | 'not-json' = 'ok';

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<TestIntrospectionServer> {
    let self: TestIntrospectionServer | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => self!.answer(req.headers.authorization, Buffer.concat(chunks).toString('utf8'), res));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new TestIntrospectionServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/introspect`);
    return self;
  }

  private answer(authorization: string | undefined, body: string, res: import('node:http').ServerResponse): void {
    const expected = `Basic ${Buffer.from(`${INTROSPECTION_CLIENT.id}:${encodeURIComponent(INTROSPECTION_CLIENT.secret).replace(/%20/g, '+')}`).toString('base64')}`;
    const form = new URLSearchParams(body);
    const call = { authorized: authorization === expected, token: form.get('token'), hint: form.get('token_type_hint') };
    this.calls.push(call);
    if (!call.authorized) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":"invalid_client"}');
      return;
    }
    if (this.mode === 'error') {
      res.writeHead(503);
      res.end();
      return;
    }
    if (this.mode === 'slow') {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"active":true}');
      }, 3000).unref();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    if (this.mode === 'not-json') return void res.end('<html>');
    const active = call.token !== null && !this.revoked.has(call.token);
    res.end(JSON.stringify(active ? { active: true, scope: 'shop', token_type: 'Bearer' } : { active: false }));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
