/**
 * An identity provider in memory, for unit tests and the conversation fixtures: it answers the
 * shop's device-code client as RFC 8628 (device authorization, authorization_pending,
 * slow_down, access_denied, expired_token), RFC 6749 §6 (refresh; invalid_grant once revoked)
 * and RFC 7009 (revocation ends the grant) say a provider does. The real provider
 * (src/local/idp, oidc-provider) runs in the integration and browser tests; this one lets a test
 * approve a code, make the provider slow or gone, and count what the shop asked.
 */
import { IdentityProviderUnavailableError, type CallOptions, type DeviceAuthorization, type DevicePoll, type IdentityProvider, type Refreshed } from '../../src/ports/identity';

interface Code {
  deviceCode: string;
  userCode: string;
  expiresAt: number;
  state: 'pending' | 'approved' | 'denied' | 'used';
  customerId?: string;
  interval: number;
  lastPoll?: number;
}

export interface ScriptedIdpOptions {
  /** epoch ms, the same clock the shop reads */
  now: () => number;
  /** an access token the shop's verifier accepts for this customer */
  mint: (customerId: string) => Promise<string> | string;
  intervalSeconds?: number;
  lifetimeSeconds?: number;
  accessTokenSeconds?: number;
  verificationUri?: string;
  /** the user codes to hand out, in order (default: 8 digits counting up) */
  userCodes?: string[];
  /** enforce RFC 8628 §3.5 pacing: a poll within the interval answers slow_down */
  pacing?: boolean;
}

export class ScriptedIdentityProvider implements IdentityProvider {
  readonly codes: Code[] = [];
  private readonly refreshTokens = new Map<string, { customerId: string; revoked: boolean }>();
  readonly calls = { start: 0, poll: 0, refresh: 0, revoke: [] as string[] };
  /** answers to give instead of the real one, first in first out */
  readonly forced: Array<'slow-down' | 'unavailable' | 'hang'> = [];
  /** every call fails as if the provider were down */
  down = false;
  private seq = 0;
  private tokenSeq = 0;

  constructor(private readonly options: ScriptedIdpOptions) {}

  private async gate(): Promise<void> {
    const forced = this.forced[0];
    if (this.down) throw new IdentityProviderUnavailableError('scripted provider is down');
    if (forced === 'unavailable') {
      this.forced.shift();
      throw new IdentityProviderUnavailableError('scripted provider answered 503', { status: 503 });
    }
    if (forced === 'hang') {
      this.forced.shift();
      // never answers: the shop's own timeout has to end the wait
      await new Promise(() => undefined);
    }
  }

  async startDeviceAuthorization(_options: CallOptions): Promise<DeviceAuthorization> {
    this.calls.start += 1;
    await this.gate();
    this.seq += 1;
    const userCode = this.options.userCodes?.[this.seq - 1] ?? `${String(4821_0000 + this.seq).slice(0, 4)}-${String(4821_0000 + this.seq).slice(4)}`;
    const interval = this.options.intervalSeconds ?? 5;
    const code: Code = {
      deviceCode: `device-code-${this.seq}`,
      userCode,
      expiresAt: this.options.now() + (this.options.lifetimeSeconds ?? 600) * 1000,
      state: 'pending',
      interval,
    };
    this.codes.push(code);
    return {
      deviceCode: code.deviceCode,
      userCode,
      verificationUri: this.options.verificationUri ?? 'https://cornershop.example/link',
      expiresInSeconds: this.options.lifetimeSeconds ?? 600,
      intervalSeconds: interval,
    };
  }

  /** The account holder enters the code (the newest, or the one given) and allows it. */
  approve(customerId: string, userCode?: string): void {
    const code = this.find(userCode);
    code.state = 'approved';
    code.customerId = customerId;
  }

  /** The account holder presses Deny. */
  deny(userCode?: string): void {
    this.find(userCode).state = 'denied';
  }

  private find(userCode?: string): Code {
    const code = userCode ? this.codes.find((c) => c.userCode === userCode) : this.codes[this.codes.length - 1];
    if (!code) throw new Error(`no device code ${userCode ?? ''} was handed out`);
    return code;
  }

  async pollDeviceAuthorization(deviceCode: string, _options: CallOptions): Promise<DevicePoll> {
    this.calls.poll += 1;
    if (this.forced[0] === 'slow-down') {
      this.forced.shift();
      return { status: 'slow-down' };
    }
    await this.gate();
    const code = this.codes.find((c) => c.deviceCode === deviceCode);
    if (!code || code.state === 'used') return { status: 'expired' };
    const now = this.options.now();
    if (this.options.pacing && code.lastPoll !== undefined && now - code.lastPoll < code.interval * 1000) {
      code.interval += 5;
      code.lastPoll = now;
      return { status: 'slow-down' };
    }
    code.lastPoll = now;
    if (code.expiresAt <= now) return { status: 'expired' };
    if (code.state === 'denied') return { status: 'denied' };
    if (code.state === 'pending') return { status: 'pending' };
    code.state = 'used';
    return { status: 'approved', tokens: await this.issue(code.customerId!) };
  }

  private async issue(customerId: string) {
    const refreshToken = `refresh-${customerId}-${(this.tokenSeq += 1)}`;
    this.refreshTokens.set(refreshToken, { customerId, revoked: false });
    return { accessToken: await this.options.mint(customerId), refreshToken, expiresInSeconds: this.options.accessTokenSeconds ?? 3600 };
  }

  async refresh(refreshToken: string, _options: CallOptions): Promise<Refreshed> {
    this.calls.refresh += 1;
    await this.gate();
    const held = this.refreshTokens.get(refreshToken);
    if (!held || held.revoked) return { status: 'revoked' };
    // rotation, as most providers do: the old refresh token is spent
    held.revoked = true;
    return { status: 'refreshed', tokens: await this.issue(held.customerId) };
  }

  async revoke(refreshToken: string, _options: CallOptions): Promise<void> {
    this.calls.revoke.push(refreshToken);
    await this.gate();
    const held = this.refreshTokens.get(refreshToken);
    if (held) held.revoked = true;
  }

  /** The account holder ends every link of this customer at the provider's website. */
  revokeAllFor(customerId: string): void {
    for (const held of this.refreshTokens.values()) if (held.customerId === customerId) held.revoked = true;
  }

  isRefreshTokenActive(refreshToken: string): boolean {
    const held = this.refreshTokens.get(refreshToken);
    return Boolean(held && !held.revoked);
  }
}
