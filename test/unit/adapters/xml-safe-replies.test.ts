/**
 * Speech and cards carry only characters XML 1.0 allows: Alexa refuses a whole response whose
 * SSML holds a NUL, an ESC, a lone surrogate or U+FFFF, and the core may echo a shopper's own
 * words. The shop is a stand-in that answers with such text; the adapters are real.
 */
import { createAlexaSkill } from '../../../src/adapters/alexa/skill';
import { createDialogflowWebhook } from '../../../src/adapters/dialogflow/app';
import type { RuntimeProvider } from '../../../src/adapters/runtime';
import { escapeSsml, plainText, xmlSafe } from '../../../src/adapters/ssml';
import type { Reply } from '../../../src/core/turn';
import { JsonLogger } from '../../../src/infra/logging/logger';
import { alexaIntent, dialogflowRequest } from '../../support/envelopes';

/** Everything outside XML 1.0's Char production that a JavaScript string can hold. */
const ILLEGAL = [
  ...Array.from({ length: 0x20 }, (_, c) => c)
    .filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d)
    .map((c) => String.fromCharCode(c)),
  // low halves first: a high half followed by a low one would make a real character
  '\udc00',
  '\udfff',
  '\ud800',
  '\udbff',
  '\ufffe',
  '\uffff',
];
const XML_CHAR = /^[\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

const dirty = `Found 2 for pa${ILLEGAL.join('')}per <towels> & "more"`;

function replying(reply: Reply): RuntimeProvider {
  const logger = new JsonLogger({ write: () => undefined });
  return async () => ({ shop: { handle: async () => reply }, logger });
}

describe('XML-safe replies', () => {
  it.each(ILLEGAL.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))('xmlSafe takes %s out', (_name, c) => {
    expect(xmlSafe(`a${c}b`)).toBe('ab');
  });

  it('keeps tab, line breaks, accents, non-Latin text and whole surrogate pairs', () => {
    const fine = 'Müsli\tfür\nZoë\r — 咖啡 🧻 e\u0301';
    expect(xmlSafe(fine)).toBe(fine);
    expect(escapeSsml(fine)).toBe(fine);
    expect(plainText(fine)).toBe(fine);
  });

  it('escapes what is left for SSML', () => {
    expect(escapeSsml(dirty)).toBe('Found 2 for paper &lt;towels&gt; &amp; &quot;more&quot;');
    expect(XML_CHAR.test(escapeSsml(dirty))).toBe(true);
  });

  it('Alexa: speech, reprompt and card hold only XML characters', async () => {
    const skill = createAlexaSkill({ runtime: replying({ speech: dirty, reprompt: dirty, card: { title: dirty, text: dirty }, endSession: false }) });
    const out = await skill.invoke(alexaIntent('SearchIntent', { query: 'x' }));
    const speech = (out.response.outputSpeech as { ssml: string }).ssml;
    expect(speech).toBe('<speak>Found 2 for paper &lt;towels&gt; &amp; &quot;more&quot;</speak>');
    expect(XML_CHAR.test((out.response.reprompt!.outputSpeech as { ssml: string }).ssml)).toBe(true);
    const card = out.response.card as { title: string; content: string };
    expect(card).toEqual({ type: 'Simple', title: 'Found 2 for paper towels & "more"', content: 'Found 2 for paper towels & "more"' });
  });

  it('Dialogflow: SSML, display text, fulfillment text and card hold only XML characters', async () => {
    const webhook = createDialogflowWebhook({ runtime: replying({ speech: dirty, card: { title: dirty, text: dirty }, endSession: false }) });
    const { body } = await webhook(dialogflowRequest('SearchIntent', { query: 'x' }));
    const text = JSON.stringify(body);
    expect(XML_CHAR.test(JSON.parse(text).fulfillmentText)).toBe(true);
    const items = (body.payload as { google: { richResponse: { items: Array<Record<string, any>> } } }).google.richResponse.items;
    expect(items[0].simpleResponse).toEqual({
      textToSpeech: '<speak>Found 2 for paper &lt;towels&gt; &amp; &quot;more&quot;</speak>',
      displayText: 'Found 2 for paper <towels> & "more"',
    });
    expect(items[1].basicCard).toMatchObject({ title: 'Found 2 for paper towels & "more"', formattedText: 'Found 2 for paper towels & "more"' });
    for (const message of body.fulfillmentMessages as Array<Record<string, any>>) expect(XML_CHAR.test(JSON.stringify(message))).toBe(true);
  });
});
