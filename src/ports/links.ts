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
