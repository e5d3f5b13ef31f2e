/**
 * What a person does with `npm start` to link and buy on both platforms, in headless Chromium:
 * the Alexa side through the local stand-in for the Alexa app's account linking (/alexa-app on
 * the identity provider), the Dialogflow side with the device code the shop reads out. Each then
 * buys through the running server, exactly as the README describes.
 */
import { rmSync } from 'node:fs';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { startShop, tempDataDir, terminalEnv, type RunningShop } from '../support/commands';
import { surfaceRequest } from '../support/dialogflow-surfaces';
import { alexaIntent } from '../support/envelopes';

jest.setTimeout(120_000);

const dataDir = tempDataDir('linking');
let shop: RunningShop;
let browser: TestBrowser;
let idp: string;

beforeAll(async () => {
  shop = await startShop(terminalEnv({ VOICE_SHOP_DATA_DIR: dataDir }));
  idp = /Identity provider \(OpenID, oidc-provider\): (http:\/\/127\.0\.0\.1:\d+)/.exec(shop.output())![1];
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await shop?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(path: string, body: unknown): Promise<Record<string, any>> {
  const response = await fetch(`${shop.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, any>;
}

describe('npm start: linking on both platforms, then buying', () => {
  it('links the Alexa side in the browser and buys with the token Alexa would send', async () => {
    // Given the stand-in for the Alexa app's account linking, which npm start prints
    expect(shop.output()).toContain(`${idp}/alexa-app`);
    const page = await browser.page();
    await page.goto(`${idp}/alexa-app`);
    // When the shopper signs in and allows
    await page.getByLabel('Email').fill('riley.chen@example.com');
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.getByRole('heading', { name: 'Alexa side linked' }).waitFor();
    await browser.shot(page, 'npm-start-alexa-linked');
    const token = await page.getByLabel('Access token').inputValue();
    await page.close();

    // Then the skill, given that token, buys for Riley
    const alexa = async (name: string, slots: Record<string, { value: string; id?: string }> = {}) => {
      const out = await post(
        '/alexa',
        alexaIntent(name, slots, { userId: 'local-alexa-riley', sessionId: 'SessionId.npm-start-linking', accessToken: token, applicationId: 'local' }),
      );
      return String(out.response?.outputSpeech?.ssml ?? '').replace(/<[^>]+>/g, '');
    };
    expect(await alexa('AddToCartIntent', { product: { value: 'Golden Valley Black Tea', id: 'SKU-10055' } })).toMatch(/^Added 1 Golden Valley Black Tea/);
    expect(await alexa('CheckoutIntent')).toMatch(/Should I place the order\?$/);
    expect(await alexa('AMAZON.YesIntent')).toMatch(/^Done\. Order [\d ]+ is placed/);
  });

  it('links the Dialogflow side with the device code it reads out, and buys', async () => {
    const session = 'projects/voice-shop/agent/sessions/npm-start-device';
    const say = (intent: string, parameters: Record<string, unknown> = {}) =>
      post('/dialogflow', surfaceRequest({ kind: 'messenger', userId: 'web-chat-jordan' }, intent, parameters, session));
    await say('AddToCartIntent', { product: 'SKU-10055' });
    const asked = await say('CheckoutIntent');
    expect(asked.fulfillmentText).toMatch(/^To buy by voice, link your account: go to 127 dot 0 dot 0 dot 1 colon \d+ slash link and enter the code/);
    const startedAt = Date.now();
    const card = (asked.fulfillmentMessages as Array<Record<string, any>>).find((m) => m.card)!.card;
    const [, address, code] = /Go to (\S+) and enter the code (\d{4}-\d{4})/.exec(card.subtitle)!;

    // The person opens the address printed on the chat card, enters the code, signs in and allows
    const page = await browser.page();
    await page.goto(`http://${address}`);
    await page.getByLabel('Code').fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Email').fill('jordan.avery@example.com');
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.getByRole('heading', { name: 'Your account is linked' }).waitFor();
    await browser.shot(page, 'npm-start-device-linked');
    await page.close();

    // the provider asks for 5 seconds between polls: the shop's first poll is due then
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 5_100 - (Date.now() - startedAt))));
    expect((await say('LinkedNowIntent')).fulfillmentText).toMatch(/^You're linked, Jordan Avery\./);
    expect((await say('CheckoutIntent')).fulfillmentText).toMatch(/Should I place the order\?$/);
    expect((await say('YesIntent')).fulfillmentText).toMatch(/^Done\. Order [\d ]+ is placed/);
  });
});
