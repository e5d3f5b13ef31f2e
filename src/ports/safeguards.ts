/**
 * Ports for the checks made before money moves: token introspection and the per-customer
 * voice-purchase safeguards (PIN, lock, daily spend).
 */

/** RFC 7662 token introspection: is this access token still active at the identity provider? */
export interface TokenIntrospection {
  /** true when active; false when revoked or unknown; throws when the answer cannot be had */
  isActive(accessToken: string): Promise<boolean>;
}
