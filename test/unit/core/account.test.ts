/** Account and data, small talk and the voice code, on the in-memory shop. */
import type { AccountLink, AccountLinkStore } from '../../../src/ports/links';
import { memoryShop, SHOPPER } from '../../support/memory-shop';

/** The link port in memory (the DynamoDB one is exercised by the integration tests). */
class MemoryAccountLinkStore implements AccountLinkStore {
  private readonly links = new Map<string, AccountLink>();
  async link(link: AccountLink): Promise<void> {
    this.links.set(link.userKey, { ...link });
  }
  async get(userKey: string): Promise<AccountLink | undefined> {
    return this.links.get(userKey);
  }
  async remove(userKey: string): Promise<void> {
    this.links.delete(userKey);
  }
}

const linked = { accessToken: `token:${SHOPPER.customerId}` };
const USER_KEY = 'alexa:unit-user';

/** A shop whose shopper has something in the cart, a stored link and a past order. */
async function withData() {
  const m = memoryShop();
  const links = new MemoryAccountLinkStore();
  m.deps.links = links;
  await links.link({ userKey: USER_KEY, customerId: SHOPPER.customerId, linkedAt: '2026-11-01T00:00:00Z' });
  await m.bought([['SKU-10001', 1]], 3);
  await m.say('SearchIntent', { query: { value: 'tea' } }, linked);
  await m.say('AddToCartIntent', { ordinal: { value: 'first', id: '1' } }, linked);
  return { m, links };
}

describe('What data the shop keeps', () => {
  it("names the linked shopper's own name and delivery address", async () => {
    const m = memoryShop();
    const reply = await m.say('MyDataIntent', {}, linked);
    expect(reply.speech).toContain(SHOPPER.name);
    expect(reply.speech).toContain('1 Test Lane, Springfield');
    expect(reply.speech).toMatch(/delete my data/);
    expect(reply.endSession).toBe(false);
  });

  it('without a link, says only the cart and the conversation are kept', async () => {
    const m = memoryShop();
    const reply = await m.say('MyDataIntent');
    expect(reply.speech).toMatch(/only keep your cart and this conversation/);
  });
});

describe('Deleting my data', () => {
  it('asks first, and on a yes deletes cart, dialog state and link but keeps orders, saying so', async () => {
    const { m, links } = await withData();
    const asked = await m.say('DeleteMyDataIntent', {}, linked);
    expect(asked.speech).toMatch(/Should I delete your data\?/);
    expect(await m.deps.carts.get(USER_KEY)).toBeDefined();

    const done = await m.say('YesIntent', {}, linked);
    expect(done.speech).toMatch(/past orders stay/i);
    expect(done.endSession).toBe(true);
    expect(await m.deps.carts.get(USER_KEY)).toBeUndefined();
    expect(await m.deps.dialogState.get(USER_KEY)).toBeUndefined();
    expect(await links.get(USER_KEY)).toBeUndefined();
    expect(await m.deps.orders.listByCustomer(SHOPPER.customerId)).toHaveLength(1);
  });

  it('a no keeps everything', async () => {
    const { m, links } = await withData();
    await m.say('DeleteMyDataIntent', {}, linked);
    await m.say('NoIntent', {}, linked);
    expect((await m.deps.carts.get(USER_KEY))?.lines).toHaveLength(1);
    expect(await links.get(USER_KEY)).toBeDefined();
  });

  it('a yes to something else later deletes nothing', async () => {
    const { m } = await withData();
    await m.say('DeleteMyDataIntent', {}, linked);
    await m.say('SearchIntent', { query: { value: 'coffee' } }, linked);
    await m.say('YesIntent', {}, linked);
    expect((await m.deps.carts.get(USER_KEY))?.lines.length).toBeGreaterThan(0);
  });
});

describe('Unlinking the account', () => {
  it('removes the stored link and the cart, ends the session and says how to finish in the Alexa app', async () => {
    const { m, links } = await withData();
    const reply = await m.say('UnlinkAccountIntent', {}, linked);
    expect(reply.speech).toMatch(/Alexa app/);
    expect(reply.endSession).toBe(true);
    expect(await links.get(USER_KEY)).toBeUndefined();
    expect(await m.deps.carts.get(USER_KEY)).toBeUndefined();
    expect(await m.deps.orders.listByCustomer(SHOPPER.customerId)).toHaveLength(1);
  });

  it('says there is nothing to unlink without a link', async () => {
    const m = memoryShop();
    const reply = await m.say('UnlinkAccountIntent');
    expect(reply.speech).toMatch(/nothing to unlink/);
    expect(reply.endSession).toBe(false);
  });
});

describe('How to link', () => {
  it('sends the link card when not linked, and says so when already linked', async () => {
    const m = memoryShop();
    const how = await m.say('AccountHelpIntent');
    expect(how.linkAccount).toBe(true);
    expect(how.endSession).toBe(false);
    expect((await m.say('AccountHelpIntent', {}, linked)).speech).toMatch(/already linked/);
  });
});

describe('Small talk and the voice code', () => {
  it('says what it is, honestly', async () => {
    const m = memoryShop();
    const reply = await m.say('SmallTalkIntent');
    expect(reply.speech).toMatch(/Corner Shop/);
    expect(reply.speech).toMatch(/not a person/);
    expect(reply.endSession).toBe(false);
  });

  it('says from which total the voice code is asked for', async () => {
    const m = memoryShop();
    expect((await m.say('VoiceCodeInfoIntent')).speech).toMatch(/\$100\.00 or more/);
  });
});
