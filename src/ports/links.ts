/** Which customer a platform user id was linked to (Alexa gives a new userId when a skill is re-enabled). */
export interface AccountLink {
  userKey: string;
  customerId: string;
  linkedAt: string;
}

export interface AccountLinkStore {
  link(link: AccountLink): Promise<void>;
  get(userKey: string): Promise<AccountLink | undefined>;
  remove(userKey: string): Promise<void>;
}

// — linking where the platform has none (device code) —

/** A device authorization the shop started for one platform user and waits on. */
export interface PendingDeviceLink {
  /** the secret polled with; never spoken, never logged */
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  startedAt: string;
  expiresAt: string;
  /** seconds between polls; grows by 5 with every slow_down */
  intervalSeconds: number;
  /** no poll before this time (RFC 8628 §3.5) */
  nextPollAt: string;
}

/** The tokens the shop holds for a platform user it linked itself. */
export interface HeldLink {
  customerId: string;
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken?: string;
  linkedAt: string;
  /** the session the code was approved in: on a phone line, later calls are known by caller id only */
  linkedInSession: string;
}

/** What the shop keeps per platform user for device-code linking: a code under way, or the link it led to. */
export interface DeviceLinkRecord {
  userKey: string;
  pending?: PendingDeviceLink;
  link?: HeldLink;
  /** bumped by every write; writes are conditional on it, so two turns never both poll or both save */
  version: number;
}

/** The device-link table (or memory): one item per platform user key. */
export interface DeviceLinkStore {
  get(userKey: string): Promise<DeviceLinkRecord | undefined>;
  /**
   * Writes `record` (its version one above `expectedVersion`) if the stored one is still at
   * `expectedVersion` (0: nothing stored); false when another turn wrote first.
   */
  put(record: DeviceLinkRecord, expectedVersion: number): Promise<boolean>;
  remove(userKey: string): Promise<void>;
}
