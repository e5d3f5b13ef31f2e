/**
 * Alexa skill events through the exported Lambda handler: SkillDisabled with NOT_PERSISTED
 * deletes what the shop kept for that user; SkillAccountLinked links the user id to the customer.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { alexaIntent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

function skillEvent(type: string, userId: string, body: Record<string, unknown>): RequestEnvelope {
  return {
    version: '1.0',
    context: { System: { application: { applicationId: 'amzn1.ask.skill.test' }, user: { userId }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: {
      type,
      requestId: `amzn1.echo-api.request.event-${Math.random()}`,
      timestamp: new Date().toISOString(),
      eventCreationTime: new Date().toISOString(),
      eventPublishingTime: new Date().toISOString(),
      body,
    },
  } as unknown as RequestEnvelope;
}

/** A user with a cart, an open purchase question (dialog state) and an account link. */
async function userWithData(userId: string) {
  const token = await h.idp.token('cust-demo-1');
  await h.alexa(alexaIntent('SearchIntent', { query: 'coffee' }, { userId, sessionId: `s-${userId}`, isNew: true, accessToken: token }));
  await h.alexa(alexaIntent('AddToCartIntent', { ordinal: '1' }, { userId, sessionId: `s-${userId}`, accessToken: token }));
  await h.alexa(alexaIntent('CheckoutIntent', {}, { userId, sessionId: `s-${userId}`, accessToken: token }));
  await h.alexa(skillEvent('AlexaSkillEvent.SkillAccountLinked', userId, { accessToken: token }));
  const key = `alexa:${userId}`;
  expect(await h.runtime.deps.carts.get(key)).toBeDefined();
  expect(await h.runtime.deps.dialogState.get(key)).toBeDefined();
  expect(await h.runtime.deps.links!.get(key)).toBeDefined();
  return key;
}

describe('Alexa skill events', () => {
  describe('AlexaSkillEvent.SkillDisabled', () => {
    it('deletes the cart, dialog state and link when the user asked for their data not to be kept', async () => {
      const key = await userWithData('amzn1.ask.account.DISABLE-GONE');
      const ordersBefore = await h.runtime.deps.orders.listByCustomer('cust-demo-1', 100);
      const out = await h.alexa(
        skillEvent('AlexaSkillEvent.SkillDisabled', 'amzn1.ask.account.DISABLE-GONE', {
          userId: 'amzn1.ask.account.DISABLE-GONE',
          userInformationPersistenceStatus: 'NOT_PERSISTED',
        }),
      );
      expect(out.response.outputSpeech).toBeUndefined();
      expect(await h.runtime.deps.carts.get(key)).toBeUndefined();
      expect(await h.runtime.deps.dialogState.get(key)).toBeUndefined();
      expect(await h.runtime.deps.links!.get(key)).toBeUndefined();
      // orders are the record of a sale (and the open question's order simply expires)
      expect((await h.runtime.deps.orders.listByCustomer('cust-demo-1', 100)).length).toBe(ordersBefore.length);
    });

    it('keeps everything when the data is to be persisted', async () => {
      const key = await userWithData('amzn1.ask.account.DISABLE-KEEP');
      await h.alexa(skillEvent('AlexaSkillEvent.SkillDisabled', 'amzn1.ask.account.DISABLE-KEEP', { userInformationPersistenceStatus: 'PERSISTED' }));
      expect(await h.runtime.deps.carts.get(key)).toBeDefined();
      expect(await h.runtime.deps.dialogState.get(key)).toBeDefined();
    });

    it('leaves other users alone', async () => {
      const kept = await userWithData('amzn1.ask.account.NEIGHBOUR');
      await h.alexa(skillEvent('AlexaSkillEvent.SkillDisabled', 'amzn1.ask.account.SOMEONE-ELSE', { userInformationPersistenceStatus: 'NOT_PERSISTED' }));
      expect(await h.runtime.deps.carts.get(kept)).toBeDefined();
    });
  });

  describe('AlexaSkillEvent.SkillAccountLinked', () => {
    it('links the new user id to the customer behind the token', async () => {
      const token = await h.idp.token('cust-demo-2');
      await h.alexa(skillEvent('AlexaSkillEvent.SkillAccountLinked', 'amzn1.ask.account.NEW-ID', { accessToken: token }));
      expect(await h.runtime.deps.links!.get('alexa:amzn1.ask.account.NEW-ID')).toMatchObject({ customerId: 'cust-demo-2', userKey: 'alexa:amzn1.ask.account.NEW-ID' });
    });

    it.each([
      ['a forged token', async () => 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJjdXN0LWRlbW8tMSJ9.'],
      ['an expired token', () => h.idp.token('cust-demo-2', { expiresIn: '-5m' })],
      ['a token for a customer that does not exist', () => h.idp.token('cust-nobody')],
      ['no token', async () => undefined],
    ])('links nothing for %s', async (label, makeToken) => {
      const userId = `amzn1.ask.account.BAD-${label.replace(/\W/g, '')}`;
      const token = await makeToken();
      await h.alexa(skillEvent('AlexaSkillEvent.SkillAccountLinked', userId, token ? { accessToken: token } : {}));
      expect(await h.runtime.deps.links!.get(`alexa:${userId}`)).toBeUndefined();
    });
  });
});
