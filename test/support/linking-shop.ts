/**
 * The core on in-memory ports with device-code linking: a scripted identity provider (RFC 8628
 * behaviour, test/support/scripted-idp.ts), the in-memory device-link store, a clock a test moves
 * and fake scheduler time, so polling intervals, code lifetimes and slow providers are tried
 * without waiting.
 */
import type { Reply, Turn } from '../../src/core';
import type { SurfaceCapabilities } from '../../src/core/turn';
import { MemoryDeviceLinkStore } from '../../src/infra/memory/device-links';
import { MemoryVoiceSecurityStore } from '../../src/infra/memory/stores';
import { FakeScheduler } from './fake-scheduler';
import { memoryShop, SHOPPER } from './memory-shop';
import { ScriptedIdentityProvider, type ScriptedIdpOptions } from './scripted-idp';

export const PHONE: SurfaceCapabilities = { accountLinking: 'device-code', screen: false, cards: false };
export const CALLER: SurfaceCapabilities = { accountLinking: 'device-code', screen: false, cards: false, callerIdHint: true };
export const CHAT: SurfaceCapabilities = { accountLinking: 'device-code', screen: true, cards: false };
export const SIGNED_IN_PAGE: SurfaceCapabilities = { accountLinking: 'token-in-payload', screen: true, cards: false };
export const ALEXA: SurfaceCapabilities = { accountLinking: 'platform', cards: true };

export function linkingShop(options: { idp?: Partial<ScriptedIdpOptions>; withLinking?: boolean } = {}) {
  const m = memoryShop();
  let now = new Date('2026-11-20T10:00:00Z').getTime();
  const scheduler = new FakeScheduler();
  const idp = new ScriptedIdentityProvider({ now: () => now, mint: (customerId) => `token:${customerId}`, ...options.idp });
  const deviceLinks = new MemoryDeviceLinkStore();
  const voiceSecurity = new MemoryVoiceSecurityStore();
  m.deps.clock = { now: () => new Date(now) };
  m.deps.scheduler = scheduler;
  m.deps.voiceSecurity = voiceSecurity;
  if (options.withLinking !== false) {
    m.deps.identityProvider = idp;
    m.deps.deviceLinks = deviceLinks;
  }
  let session = 1;
  let turns = 0;
  let surface: SurfaceCapabilities = PHONE;
  let userId = 'tel:caller-1';

  /** One turn on the current surface; the work runs on fake time until it answers. */
  async function say(intent: Turn['intent'], slots: Turn['slots'] = {}, extra: Partial<Turn> = {}): Promise<Reply> {
    turns += 1;
    const turn: Turn = {
      platform: surface.accountLinking === 'platform' ? 'alexa' : 'dialogflow',
      intent,
      slots,
      userId,
      sessionId: `session-${session}`,
      locale: 'en-US',
      isNewSession: turns === 1,
      surface,
      ...extra,
    };
    const { value } = await scheduler.run(m.shop.handle(turn, { arrivedAt: scheduler.now() }));
    return value;
  }

  return {
    ...m,
    idp,
    deviceLinks,
    voiceSecurity,
    scheduler,
    say,
    customer: SHOPPER,
    userKey: () => `${surface.accountLinking === 'platform' ? 'alexa' : 'dialogflow'}:${userId}`,
    /** moves the calendar clock (code lifetimes, poll intervals, token expiry) */
    later(seconds: number) {
      now += seconds * 1000;
    },
    on(next: SurfaceCapabilities, id = userId) {
      surface = next;
      userId = id;
    },
    newSession() {
      session += 1;
      turns = 0;
    },
  };
}

/** The spoken code of the n-th code the scripted provider handed out ("4 8 2 1, 0 0 0 1"). */
export function spoken(userCode: string): string {
  return userCode
    .replace('-', '')
    .split('')
    .join(' ')
    .replace(/^(\S \S \S \S) /, '$1, ');
}
