/**
 * Device-code linking (RFC 8628) as the shop runs it for a surface without platform account
 * linking: start a device authorization, keep it per platform user, poll the token endpoint at
 * most once per turn and never before the provider's interval has passed, hold the tokens it
 * leads to, and refresh the access token when it runs out. Every change of the record is one
 * conditional write, so two turns of the same shopper never both poll, and a code once replaced
 * is never read out again.
 *
 * This module knows nothing of TurnContext (which uses it to find who is speaking); the flows in
 * linking.ts build the replies.
 */
import { IdentityProviderUnavailableError, type CallOptions, type DevicePoll, type IdentityProvider, type Refreshed, type TokenSet } from '../../ports/identity';
import type { DeviceLinkRecord, DeviceLinkStore, HeldLink, PendingDeviceLink } from '../../ports/links';
import { ShopEvent, type ShopMetrics } from '../../ports/metrics';
import type { AccessTokenVerifier, Clock, Logger, Scheduler } from '../../ports/runtime';
import type { CustomerStore } from '../../ports/stores';
import { within, type Deadline } from '../deadline';
import type { Customer } from '../order';
import type { Turn } from '../turn';

/** The parts of the shop's dependencies device linking uses (ShopDeps has them all). */
export interface LinkDeps {
  identityProvider?: IdentityProvider;
  deviceLinks?: DeviceLinkStore;
  tokens: AccessTokenVerifier;
  customers: CustomerStore;
  clock: Clock;
  metrics?: ShopMetrics;
}

/** One turn, as far as linking needs it (a TurnContext is one). */
export interface LinkScope {
  readonly deps: LinkDeps;
  readonly turn: Turn;
  readonly userKey: string;
  readonly log: Logger;
  readonly deadline: Deadline;
  readonly scheduler: Scheduler;
}

/** Time kept back after a call to the provider, to save what it answered and reply. */
const RESERVE_MS = 1200;
/** The longest one call to the provider may take, whatever the turn has left. */
const MAX_CALL_MS = 2500;
/** Below this there is no point asking: the answer could not be used. */
const MIN_CALL_MS = 300;
/** A poll due this soon is waited for within the turn ("I'm linked" said right after the last turn). */
const MAX_WAIT_FOR_POLL_MS = 2000;
/** An access token this close to its expiry is refreshed first: it must last through a charge. */
const REFRESH_AHEAD_MS = 60_000;

/** What device linking knows about the speaker. */
export type HeldIdentity =
  | { kind: 'linked'; customer: Customer; accessToken: string; link: HeldLink }
  /** a code is out and not approved yet (or the poll could not be made this turn) */
  | { kind: 'pending'; pending: PendingDeviceLink }
  /** the code was refused on the provider's page */
  | { kind: 'denied' }
  /** the code ran out before it was approved */
  | { kind: 'expired' }
  /** the held link's refresh token no longer works: the link has ended */
  | { kind: 'revoked' }
  /** the provider could not be asked in this turn */
  | { kind: 'unavailable' }
  | { kind: 'none' };

const iso = (ms: number) => new Date(ms).toISOString();

/** An error as a log field: its name and message (never a token: the client puts none in its messages). */
function described(err: unknown): string {
  if (!(err instanceof Error)) return 'unknown error';
  const cause = err.cause instanceof Error ? ` (${err.cause.name}: ${err.cause.message})` : '';
  return `${err.name}: ${err.message}${cause}`;
}

/** How long the next call to the provider may take, or undefined when the turn has no time for one. */
function callOptions(scope: LinkScope): CallOptions | undefined {
  const timeoutMs = Math.floor(Math.min(MAX_CALL_MS, scope.deadline.remainingMs() - RESERVE_MS));
  return timeoutMs >= MIN_CALL_MS ? { timeoutMs } : undefined;
}

/** A call to the provider, cut at its timeout on the shop's own scheduler too. */
function call<T>(scope: LinkScope, options: CallOptions, work: (options: CallOptions) => Promise<T>): Promise<T> {
  return within(scope.scheduler, work(options), options.timeoutMs, () => new IdentityProviderUnavailableError('the identity provider did not answer in time'));
}

export function deviceLinkingAvailable(deps: LinkDeps): deps is LinkDeps & { identityProvider: IdentityProvider; deviceLinks: DeviceLinkStore } {
  return Boolean(deps.identityProvider && deps.deviceLinks);
}

function heldLinkOf(tokens: TokenSet, customerId: string, now: number, sessionId: string, previous?: HeldLink): HeldLink {
  return {
    customerId,
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: iso(now + tokens.expiresInSeconds * 1000),
    // A provider that does not rotate refresh tokens sends none with a refresh: the old one stays good.
    refreshToken: tokens.refreshToken ?? previous?.refreshToken,
    linkedAt: previous?.linkedAt ?? iso(now),
    linkedInSession: previous?.linkedInSession ?? sessionId,
  };
}

/**
 * Who device linking says is speaking: the held link (its access token refreshed when it has run
 * out), or the code under way, polled once in this turn if its interval has passed (waiting a
 * moment for it when `waitForPoll` and the turn has the time).
 */
export async function heldIdentity(scope: LinkScope, options: { waitForPoll?: boolean } = {}): Promise<HeldIdentity> {
  const { deps } = scope;
  if (!deviceLinkingAvailable(deps)) return { kind: 'none' };
  const record = await deps.deviceLinks.get(scope.userKey);
  if (record?.pending) {
    const polled = await pollPending(scope, record, record.pending, options.waitForPoll ?? false);
    // A code out next to a held link (a caller confirming it is them): until it is approved, the link stands.
    if (polled.kind === 'linked' || !record.link) return polled;
    const now = await deps.deviceLinks.get(scope.userKey);
    return now?.link ? linkedFromHeld(scope, now, now.link) : polled;
  }
  if (record?.link) return linkedFromHeld(scope, record, record.link);
  return { kind: 'none' };
}

/** The record without its code: the held link stays (written at the next version), or nothing is left. */
async function dropCode(scope: LinkScope, record: DeviceLinkRecord): Promise<void> {
  const store = scope.deps.deviceLinks!;
  if (record.link) await store.put({ userKey: scope.userKey, link: record.link, version: record.version + 1 }, record.version);
  else await store.remove(scope.userKey);
}

async function customerFor(scope: LinkScope, accessToken: string): Promise<Customer | undefined> {
  const subject = await scope.deps.tokens.verify(accessToken);
  return subject ? scope.deps.customers.get(subject.customerId) : undefined;
}

async function linkedFromHeld(scope: LinkScope, record: DeviceLinkRecord, link: HeldLink): Promise<HeldIdentity> {
  const { deps } = scope;
  const now = deps.clock.now().getTime();
  let held = link;
  if (new Date(link.accessTokenExpiresAt).getTime() - now < REFRESH_AHEAD_MS) {
    const refreshed = await refreshHeld(scope, record, link);
    if (refreshed.kind !== 'linked-tokens') return refreshed;
    held = refreshed.link;
  }
  const customer = await customerFor(scope, held.accessToken);
  if (!customer) {
    // Signature, issuer or audience no longer fit (keys rotated away, a customer gone): the link is no use.
    scope.log.warn('held link token not accepted; link removed', { customerId: held.customerId });
    await deps.deviceLinks!.remove(scope.userKey);
    return { kind: 'revoked' };
  }
  return { kind: 'linked', customer, accessToken: held.accessToken, link: held };
}

async function refreshHeld(
  scope: LinkScope,
  record: DeviceLinkRecord,
  link: HeldLink,
): Promise<{ kind: 'linked-tokens'; link: HeldLink } | { kind: 'revoked' } | { kind: 'unavailable' }> {
  const { deps } = scope;
  if (!link.refreshToken) {
    await deps.deviceLinks!.remove(scope.userKey);
    return { kind: 'revoked' };
  }
  const options = callOptions(scope);
  if (!options) return { kind: 'unavailable' };
  let answer: Refreshed;
  try {
    answer = await call(scope, options, (o) => deps.identityProvider!.refresh(link.refreshToken!, o));
  } catch (err) {
    scope.log.warn('could not refresh a held link', { error: described(err) });
    return { kind: 'unavailable' };
  }
  if (answer.status === 'revoked') {
    scope.log.info('held link refresh token no longer works; link removed', { customerId: link.customerId });
    deps.metrics?.count(ShopEvent.AuthRefused);
    await deps.deviceLinks!.remove(scope.userKey);
    return { kind: 'revoked' };
  }
  const next = heldLinkOf(answer.tokens, link.customerId, deps.clock.now().getTime(), scope.turn.sessionId, link);
  // Another turn may have refreshed at the same moment: its tokens are as good, and whichever is stored is used next.
  await deps.deviceLinks!.put({ userKey: scope.userKey, link: next, version: record.version + 1 }, record.version);
  return { kind: 'linked-tokens', link: next };
}

async function pollPending(scope: LinkScope, record: DeviceLinkRecord, pending: PendingDeviceLink, waitForPoll: boolean): Promise<HeldIdentity> {
  const { deps } = scope;
  const store = deps.deviceLinks!;
  let now = deps.clock.now().getTime();
  if (new Date(pending.expiresAt).getTime() <= now) {
    await dropCode(scope, record);
    return { kind: 'expired' };
  }
  let waitMs = new Date(pending.nextPollAt).getTime() - now;
  if (waitMs > 0) {
    // RFC 8628 §3.5: no poll before the interval has passed. Wait for it only if it is near and the turn allows.
    const affordable = scope.deadline.remainingMs() - RESERVE_MS - MIN_CALL_MS;
    if (!waitForPoll || waitMs > Math.min(MAX_WAIT_FOR_POLL_MS, affordable)) return { kind: 'pending', pending };
    await new Promise<void>((resolve) => scope.scheduler.after(waitMs, resolve));
    now = deps.clock.now().getTime();
    waitMs = 0;
  }
  const options = callOptions(scope);
  if (!options) return { kind: 'pending', pending };
  // Claim this poll: a turn of the same shopper that got here first has already made it.
  const claimed: DeviceLinkRecord = {
    userKey: scope.userKey,
    pending: { ...pending, nextPollAt: iso(now + pending.intervalSeconds * 1000) },
    ...(record.link ? { link: record.link } : {}),
    version: record.version + 1,
  };
  if (!(await store.put(claimed, record.version))) return { kind: 'pending', pending };
  let answer: DevicePoll;
  try {
    answer = await call(scope, options, (o) => deps.identityProvider!.pollDeviceAuthorization(pending.deviceCode, o));
  } catch (err) {
    scope.log.warn('device code poll failed', { error: described(err) });
    return { kind: 'unavailable' };
  }
  switch (answer.status) {
    case 'pending':
      return { kind: 'pending', pending: claimed.pending! };
    case 'slow-down': {
      // RFC 8628 §3.5: this and every later poll waits 5 seconds longer.
      const intervalSeconds = pending.intervalSeconds + 5;
      const slower = { ...claimed.pending!, intervalSeconds, nextPollAt: iso(deps.clock.now().getTime() + intervalSeconds * 1000) };
      await store.put({ ...claimed, pending: slower, version: claimed.version + 1 }, claimed.version);
      return { kind: 'pending', pending: slower };
    }
    case 'denied':
      await dropCode(scope, claimed);
      scope.log.info('device code denied at the identity provider');
      return { kind: 'denied' };
    case 'expired':
      await dropCode(scope, claimed);
      return { kind: 'expired' };
    case 'approved':
      return approved(scope, claimed, answer.tokens);
  }
}

async function approved(scope: LinkScope, claimed: DeviceLinkRecord, tokens: TokenSet): Promise<HeldIdentity> {
  const { deps } = scope;
  const subject = await deps.tokens.verify(tokens.accessToken);
  const customer = subject ? await deps.customers.get(subject.customerId) : undefined;
  if (!subject || !customer) {
    scope.log.warn('device code approved with a token the shop does not accept', { customerId: subject?.customerId });
    await deps.deviceLinks!.remove(scope.userKey);
    return { kind: 'revoked' };
  }
  const link = heldLinkOf(tokens, customer.customerId, deps.clock.now().getTime(), scope.turn.sessionId);
  await deps.deviceLinks!.put({ userKey: scope.userKey, link, version: claimed.version + 1 }, claimed.version);
  scope.log.info('account linked with a device code', { customerId: customer.customerId });
  // The link it replaces (an earlier call's) is nobody's any more: its grant ends at the provider.
  const replaced = claimed.link?.refreshToken;
  const options = replaced ? callOptions(scope) : undefined;
  if (replaced && options) {
    await call(scope, options, (o) => deps.identityProvider!.revoke(replaced, o)).catch((err: unknown) =>
      scope.log.warn('could not revoke the link a new one replaced', { error: described(err) }),
    );
  }
  return { kind: 'linked', customer, accessToken: link.accessToken, link };
}

/** The code to read out: the one under way while it lasts, else a new one from the provider. */
export async function currentOrNewCode(scope: LinkScope): Promise<{ kind: 'code'; pending: PendingDeviceLink; fresh: boolean } | { kind: 'unavailable' }> {
  const { deps } = scope;
  if (!deviceLinkingAvailable(deps)) return { kind: 'unavailable' };
  const record = await deps.deviceLinks.get(scope.userKey);
  const now = deps.clock.now().getTime();
  if (record?.pending && new Date(record.pending.expiresAt).getTime() > now) return { kind: 'code', pending: record.pending, fresh: false };
  const options = callOptions(scope);
  if (!options) return { kind: 'unavailable' };
  let started;
  try {
    started = await call(scope, options, (o) => deps.identityProvider.startDeviceAuthorization(o));
  } catch (err) {
    scope.log.warn('could not start a device authorization', { error: described(err) });
    return { kind: 'unavailable' };
  }
  const pending: PendingDeviceLink = {
    deviceCode: started.deviceCode,
    userCode: started.userCode,
    verificationUri: started.verificationUri,
    startedAt: iso(now),
    expiresAt: iso(now + started.expiresInSeconds * 1000),
    intervalSeconds: started.intervalSeconds,
    nextPollAt: iso(now + started.intervalSeconds * 1000),
  };
  // A held link (an earlier call's, known by caller id) stays until the new code is approved.
  const next: DeviceLinkRecord = { userKey: scope.userKey, pending, ...(record?.link ? { link: record.link } : {}), version: (record?.version ?? 0) + 1 };
  if (!(await deps.deviceLinks.put(next, record?.version ?? 0))) {
    // Another turn started one at the same moment: read out that one, so only one code is ever live.
    const other = await deps.deviceLinks.get(scope.userKey);
    if (other?.pending) return { kind: 'code', pending: other.pending, fresh: false };
  }
  scope.log.info('device authorization started');
  return { kind: 'code', pending, fresh: true };
}

/**
 * Forgets the held link and revokes its refresh token at the provider (RFC 7009), which ends the
 * grant behind it. The link goes from the store even if the provider cannot be reached: nothing
 * holds that token any more. Returns what there was.
 */
export async function dropHeldLink(scope: LinkScope): Promise<{ hadLink: boolean; revoked: boolean }> {
  const { deps } = scope;
  if (!deviceLinkingAvailable(deps)) return { hadLink: false, revoked: false };
  const record = await deps.deviceLinks.get(scope.userKey);
  if (!record) return { hadLink: false, revoked: false };
  let revoked = false;
  const refreshToken = record.link?.refreshToken;
  const options = callOptions(scope);
  if (refreshToken && options) {
    try {
      await call(scope, options, (o) => deps.identityProvider.revoke(refreshToken, o));
      revoked = true;
    } catch (err) {
      scope.log.warn('could not revoke a held link at the identity provider; forgotten here', { error: described(err) });
    }
  }
  await deps.deviceLinks.remove(scope.userKey);
  return { hadLink: Boolean(record.link), revoked };
}
