/**
 * Linking end to end, in a real browser: headless Chromium (/usr/bin/chromium) driven by
 * playwright-core against the real identity provider (src/local/idp, oidc-provider, in its own
 * process on loopback) and the shop's exported Lambda handlers (dynalite, sandbox payments).
 *
 * - Alexa: the browser signs in as a demo customer and allows; the test plays Amazon's part
 *   (its redirect URL is routed inside the browser, the code exchanged at the token endpoint with
 *   the client secret and the PKCE verifier), then the skill buys with the access token.
 * - Device code: a Dialogflow conversation gets a code, the browser enters and approves it, the
 *   next turn is linked and buys.
 * - Revocation: "unlink my account" revokes the refresh token: it no longer works.
 * And what goes wrong: a wrong or expired code, a denied consent, a code for another client.
 *
 * Screenshots of every page land in the folder named in SCREENSHOTS (test/support/browser.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { idpEndpoints } from '../../src/local/idp/settings';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { SurfaceSpeaker } from '../support/dialogflow-surfaces';
import { alexaIntent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';
import { AMAZON_REDIRECT, basic, postForm, startTestIdp, type TestIdp } from '../support/idp';

jest.setTimeout(90_000);

const RILEY = { email: 'riley.chen@example.com', customerId: 'cust-demo-3', name: 'Riley Chen' };
const JORDAN = { email: 'jordan.avery@example.com', customerId: 'cust-demo-1', name: 'Jordan Avery' };
const TV_APP = { id: 'tv-app', name: 'Some TV app', secret: 'tv-app-secret' };

let idp: TestIdp;
let harness: Harness;
let browser: TestBrowser;

beforeAll(async () => {
  idp = await startTestIdp({ pollIntervalSeconds: 1, otherDeviceClients: [TV_APP] });
  harness = await startHarness(idp.shopEnv);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  await idp?.stop();
});

async function signIn(page: Page, who: { email: string }, shot: string): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in to Corner Shop' }).waitFor();
  await browser.shot(page, `${shot}-sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Allow voice shopping?' }).waitFor();
  await browser.shot(page, `${shot}-consent`);
}

/** The code and the address written on the chat surface's card. */
function codeOf(heard: { card?: { subtitle: string } }): string {
  const code = /enter the code (\d{4}-\d{4})/.exec(heard.card?.subtitle ?? '')?.[1];
  if (!code) throw new Error(`no code in ${JSON.stringify(heard.card)}`);
  return code;
}

async function enterCode(page: Page, code: string, shot: string): Promise<void> {
  await page.goto(idp.endpoints.verification);
  await page.getByRole('heading', { name: 'Link your account' }).waitFor();
  await page.getByLabel('Code').fill(code);
  await browser.shot(page, `${shot}-code`);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function approveCode(who: { email: string }, code: string, shot: string): Promise<Page> {
  const page = await browser.page();
  await enterCode(page, code, shot);
  await page.getByRole('heading', { name: 'Link this conversation?' }).waitFor();
  await browser.shot(page, `${shot}-confirm`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await signIn(page, who, shot);
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.getByRole('heading', { name: 'Your account is linked' }).waitFor();
  await browser.shot(page, `${shot}-linked`);
  return page;
}

/** The platform user id the Dialogflow adapter gives a caller: their number, hashed. */
const callerKey = (number: string) => `tel:${createHash('sha256').update(`voice-shop:caller:${number}`).digest('hex').slice(0, 40)}`;

/** Waits for the provider's polling interval (1 s here) to pass, so the shop's next poll is due. */
const intervalPasses = () => new Promise((resolve) => setTimeout(resolve, 1100));

describe('Alexa account linking: authorization code with PKCE', () => {
  const pkce = () => {
    const verifier = randomBytes(32).toString('base64url');
    return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
  };

  /** Amazon's redirect URL, caught inside the browser as Amazon's servers would receive it. */
  async function amazonRedirect(page: Page): Promise<{ back: Promise<URL> }> {
    let arrived: (url: URL) => void = () => undefined;
    const back = new Promise<URL>((resolve) => (arrived = resolve));
    await page.route('https://pitangui.amazon.com/**', async (route) => {
      arrived(new URL(route.request().url()));
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Alexa</title><h1>Back in the Alexa app</h1>' });
    });
    return { back };
  }

  function authorizationUrl(challenge: string, state: string): string {
    const url = new URL(idpEndpoints(idp.issuer).authorization);
    url.search = new URLSearchParams({
      client_id: 'alexa-skill',
      response_type: 'code',
      redirect_uri: AMAZON_REDIRECT,
      scope: 'openid offline_access',
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    return url.toString();
  }

  it('links in the browser, Amazon exchanges the code, and the skill buys with the token; the refresh token refreshes', async () => {
    // Given Amazon starts account linking with a PKCE challenge
    const page = await browser.page();
    const { verifier, challenge } = pkce();
    const { back } = await amazonRedirect(page);
    await page.goto(authorizationUrl(challenge, 'amazon-state-1'));

    // When the shopper signs in with a wrong password, then the right one, and allows
    await page.getByLabel('Email').fill(RILEY.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await browser.shot(page, 'alexa-wrong-password');
    expect(await page.getByRole('alert').textContent()).toContain('do not match');
    await signIn(page, RILEY, 'alexa');
    await page.getByRole('button', { name: 'Allow' }).click();
    const redirectedTo = await back;

    // Then the browser comes back to Amazon with a code and the same state
    expect(redirectedTo.searchParams.get('state')).toBe('amazon-state-1');
    const code = redirectedTo.searchParams.get('code')!;
    expect(code).toBeTruthy();

    // and, as Amazon, a wrong verifier is refused; the right one gets an access and a refresh token
    const alexaClient = basic('alexa-skill', idp.secrets.alexa);
    const wrong = await postForm(idp.endpoints.token, { grant_type: 'authorization_code', code, redirect_uri: AMAZON_REDIRECT, code_verifier: pkce().verifier }, alexaClient);
    expect(wrong).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    const tokens = await postForm(idp.endpoints.token, { grant_type: 'authorization_code', code, redirect_uri: AMAZON_REDIRECT, code_verifier: verifier }, alexaClient);
    expect(tokens.status).toBe(200);
    expect(tokens.body).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String), refresh_token: expect.any(String) });

    // and the skill, given that token in every request, buys for Riley
    const say = async (name: string, slots: Record<string, { value: string; id?: string }> = {}, accessToken = tokens.body.access_token) => {
      const out = await harness.alexa(alexaIntent(name, slots, { userId: 'amzn1.ask.account.browser-riley', sessionId: 'amzn1.echo-api.session.browser-1', accessToken }));
      return String(out.response.outputSpeech && 'ssml' in out.response.outputSpeech ? out.response.outputSpeech.ssml : '').replace(/<[^>]+>/g, '');
    };
    expect(await say('AddToCartIntent', { product: { value: 'Golden Valley Black Tea', id: 'SKU-10055' } })).toMatch(/^Added 1 /);
    expect(await say('CheckoutIntent')).toMatch(/delivered to 75 Harbor View Road, Boston\. Should I place the order\?$/);
    expect(await say('AMAZON.YesIntent')).toMatch(/^Done\. Order [\d ]+ is placed/);
    const [order] = await harness.runtime.deps.orders.listByCustomer(RILEY.customerId, 1);
    expect(order).toMatchObject({ state: 'PLACED', userKey: 'alexa:amzn1.ask.account.browser-riley' });

    // and when the access token runs out, Amazon refreshes it, and the new one works as well
    const refreshed = await postForm(idp.endpoints.token, { grant_type: 'refresh_token', refresh_token: tokens.body.refresh_token }, alexaClient);
    expect(refreshed.status).toBe(200);
    expect(await say('OrderStatusIntent', {}, refreshed.body.access_token)).toMatch(/^Your order [\d ]+ with Golden Valley Black Tea/);
    await page.close();
  });

  it('sends Amazon access_denied when the shopper denies, and issues no code', async () => {
    const page = await browser.page();
    const { challenge } = pkce();
    const { back } = await amazonRedirect(page);
    await page.goto(authorizationUrl(challenge, 'amazon-state-2'));
    await signIn(page, JORDAN, 'alexa-deny');
    await page.getByRole('button', { name: 'Deny' }).click();
    const redirected = await back;
    expect(redirected.searchParams.get('error')).toBe('access_denied');
    expect(redirected.searchParams.get('state')).toBe('amazon-state-2');
    expect(redirected.searchParams.get('code')).toBeNull();
    await page.close();
  });
});

describe('device-code linking on a Dialogflow chat surface', () => {
  it('reads a code, the browser enters and approves it, the next turn is linked and buys', async () => {
    // Given a shopper in a web chat without sign-in, with tea in the cart
    const chat = new SurfaceSpeaker(harness, { kind: 'messenger', userId: 'web-chat-riley' }, 'projects/voice-shop/agent/sessions/browser-device-1');
    await chat.say('AddToCartIntent', { product: 'SKU-10055' });
    // When they check out, they hear how to link, with the code written out too; no sign-in helper
    const asked = await chat.say('CheckoutIntent');
    expect(asked.text).toMatch(
      /^To buy by voice, link your account: go to 127 dot 0 dot 0 dot 1 colon \d+ slash link and enter the code \d \d \d \d, \d \d \d \d\. Your cart is saved\.$/,
    );
    expect(asked.systemIntent).toBeUndefined();
    const code = codeOf(asked);

    // and a wrong code on the page is refused, the right one goes through
    const page = await browser.page();
    await enterCode(page, '0000-0000', 'device-wrong');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('That code is not right. Check it and try again.');
    await browser.shot(page, 'device-wrong-code');
    await page.close();
    await approveCode(RILEY, code, 'device');

    // Then the next turn picks the approval up, and the shopper can buy
    await intervalPasses();
    const linked = await chat.say('LinkedNowIntent');
    expect(linked.text).toBe("You're linked, Riley Chen. You can check out, reorder and ask about your orders now. What would you like?");
    expect((await chat.say('CheckoutIntent')).text).toMatch(/Should I place the order\?$/);
    expect((await chat.say('YesIntent')).text).toMatch(/^Done\. Order [\d ]+ is placed, total \$[\d.]+\. It arrives [A-Z]\w+, [A-Z]\w+ \d+\. I'll email the details too\.$/);
  });

  it('a denied consent links nothing and charges nothing, and a later code works', async () => {
    const chat = new SurfaceSpeaker(harness, { kind: 'messenger', userId: 'web-chat-jordan' }, 'projects/voice-shop/agent/sessions/browser-deny-1');
    const first = await chat.say('LinkAccountIntent');
    const page = await browser.page();
    await enterCode(page, codeOf(first), 'device-deny');
    await page.getByRole('button', { name: 'Continue' }).click();
    await signIn(page, JORDAN, 'device-deny');
    await page.getByRole('button', { name: 'Deny' }).click();
    await page.waitForLoadState();
    await browser.shot(page, 'device-denied');
    await page.close();
    await intervalPasses();
    const denied = await chat.say('LinkedNowIntent');
    expect(denied.text).toBe('The link was turned down on the website, so nothing is linked and nothing was charged. Say "link my account" to try again.');

    const second = await chat.say('LinkAccountIntent');
    expect(codeOf(second)).not.toBe(codeOf(first));
    await approveCode(JORDAN, codeOf(second), 'device-after-deny');
    await intervalPasses();
    expect((await chat.say('LinkedNowIntent')).text).toMatch(/^You're linked, Jordan Avery\./);
  });

  it('a code that belongs to another client names that client, and cancelling it links nothing', async () => {
    const other = await postForm(idp.endpoints.deviceAuthorization, { scope: 'shop' }, basic(TV_APP.id, TV_APP.secret));
    expect(other.status).toBe(200);
    const page = await browser.page();
    await enterCode(page, other.body.user_code, 'other-client');
    await page.getByRole('heading', { name: 'Link this conversation?' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Some TV app gave the code');
    await browser.shot(page, 'other-client-confirm');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Linking was cancelled. Nothing was linked.');
    await page.close();
    // and the shop's client cannot poll it either: to the shop it is a code that ran out
    const polled = await postForm(
      idp.endpoints.token,
      { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: other.body.device_code },
      basic('voice-shop', idp.secrets.shop),
    );
    expect(polled).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });
});

describe('revocation: unlink by voice', () => {
  it('revokes the refresh token at the provider: it no longer refreshes, and the access token is no longer active', async () => {
    // Given a caller on the phone line who linked with a device code
    const phone = new SurfaceSpeaker(harness, { kind: 'phone', callerId: '+16175550123' }, 'projects/voice-shop/agent/sessions/browser-phone-1');
    const asked = await phone.say('LinkAccountIntent');
    expect(asked.card).toBeUndefined();
    const spokenCode = /enter the code (\d \d \d \d, \d \d \d \d)\./.exec(asked.text)![1];
    await approveCode(RILEY, spokenCode.replace(/[ ,]/g, '').replace(/^(\d{4})/, '$1-'), 'revoke');
    await intervalPasses();
    expect((await phone.say('LinkedNowIntent')).text).toMatch(/^You're linked, Riley Chen\./);
    const userKey = `dialogflow:${callerKey('+16175550123')}`;
    const held = (await harness.runtime.deps.deviceLinks!.get(userKey))!.link!;
    const shopClient = basic('voice-shop', idp.secrets.shop);
    expect((await postForm(idp.endpoints.introspection, { token: held.accessToken }, shopClient)).body.active).toBe(true);

    // When the caller unlinks
    const unlinked = await phone.say('UnlinkAccountIntent');
    expect(unlinked.text).toBe("Done. Your account is unlinked and its sign-in is switched off. I've cleared your cart here. Your orders stay on record.");
    expect(unlinked.expectUserResponse).toBe(false);

    // Then the refresh token no longer works, the access token is inactive, and the shop holds nothing
    const refreshed = await postForm(idp.endpoints.token, { grant_type: 'refresh_token', refresh_token: held.refreshToken! }, shopClient);
    expect(refreshed).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await postForm(idp.endpoints.introspection, { token: held.accessToken }, shopClient)).body).toEqual({ active: false });
    expect(await harness.runtime.deps.deviceLinks!.get(userKey)).toBeUndefined();
    // and the next linked-only request starts over with a new code
    expect((await phone.say('OrderStatusIntent')).text).toMatch(/^To check your orders, link your account: go to /);
  });
});

describe('an expired code', () => {
  it("is refused on the page, and the shop's poll hears expired_token", async () => {
    const shortLived = await startTestIdp({ deviceCodeTtl: 1 });
    try {
      const shopClient = basic('voice-shop', shortLived.secrets.shop);
      const started = await postForm(shortLived.endpoints.deviceAuthorization, { scope: 'shop' }, shopClient);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const page = await browser.page();
      await page.goto(shortLived.endpoints.verification);
      await page.getByLabel('Code').fill(started.body.user_code);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toBe('That code has run out. Ask for a new one: say "link my account".');
      await browser.shot(page, 'device-expired');
      await page.close();
      const polled = await postForm(shortLived.endpoints.token, { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: started.body.device_code }, shopClient);
      expect(polled).toMatchObject({ status: 400, body: { error: 'expired_token' } });
    } finally {
      await shortLived.stop();
    }
  });
});
