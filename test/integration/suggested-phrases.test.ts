/**
 * The replies tell shoppers what to say ("Try "find coffee"", „zur Kasse“). Every such phrase,
 * in every locale, must be understood by that locale's generated Alexa model and Dialogflow
 * agent and reach our handlers as a real intent, not the fallback.
 */
import { readFileSync } from 'node:fs';
import type { RequestEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import type { Messages } from '../../src/core/replies/messages';
import { messagesFor } from '../../src/core/replies';
import { alexaModelFile, DIALOGFLOW_AGENT, dialogflowLanguage } from '../../scripts/fixtures/model';
import { DialogflowAgent } from '../../scripts/fixtures/nlu/dialogflow-agent';
import { DialogflowSession } from '../../scripts/fixtures/nlu/dialogflow-session';
import { httpApiEvent } from '../support/envelopes';
import { type Harness, startHarness } from '../support/harness';

/** Carrier words quoted on their own ('Say "find" and what you need'): instructions, not utterances. */
const FRAGMENTS = new Set(['find', 'add', 'tell me about', 'finde', 'the first one', 'das erste']);

/** The replies that suggest what to say, rendered with sample arguments. */
function suggestions(m: Messages): string[] {
  return [
    m.launch('Corner Shop'),
    m.launchReprompt,
    m.help,
    m.fallback,
    m.fallbackReprompt,
    m.searchEmptyQuery,
    m.searchResults('tea', 5, 3, ['a', 'b', 'c']),
    m.searchReprompt,
    m.searchEndOfList('tea', 5),
    m.noListToPage,
    m.quantityInvalid(99),
    m.addedReprompt,
    m.cartEmpty,
    m.cartSummary(2, ['2 tea'], 0, '$1.00'),
    m.nothingToConfirm,
    m.voicePinReprompt,
  ];
}

/** Quoted phrases in English ("…") and German („…“) replies. */
function quotedPhrases(texts: readonly string[]): string[] {
  const found = texts.flatMap((t) => [...t.matchAll(/"([^"]+)"|„([^“]+)“/g)].map((m) => (m[1] ?? m[2]).trim()));
  return [...new Set(found)].filter((p) => !FRAGMENTS.has(p.toLowerCase()));
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness?.close();
});

describe.each(['en-US', 'en-GB', 'de-DE'])('Phrases the %s replies suggest', (locale) => {
  const phrases = quotedPhrases(suggestions(messagesFor(locale)));
  const model = JSON.parse(readFileSync(alexaModelFile(locale), 'utf8'));

  it('are there to check', () => {
    expect(phrases.length).toBeGreaterThan(8);
  });

  it.each(phrases)('"%s" is understood on Alexa', async (phrase) => {
    const alexa = VirtualAlexa.Builder()
      .handler(harness.alexa as never)
      .interactionModel(model)
      .locale(locale)
      .applicationID('amzn1.ask.skill.test')
      .create();
    (alexa as unknown as { parseLaunchRequest: () => undefined }).parseLaunchRequest = () => undefined;
    let sent: RequestEnvelope | undefined;
    alexa.filter((request) => {
      sent = request as RequestEnvelope;
    });
    await alexa.utter(phrase.toLowerCase().replace(/[.,!?]/g, ''));
    const request = sent?.request;
    const intent = request?.type === 'IntentRequest' ? request.intent.name : request?.type;
    expect({ phrase, intent }).toEqual({ phrase, intent: expect.not.stringMatching(/^(AMAZON\.FallbackIntent|LaunchRequest)$/) });
  });

  it.each(phrases)('"%s" is understood on Dialogflow', async (phrase) => {
    // Given a new session of the agent (the fixture runner's matcher: whole phrases only)
    const session = new DialogflowSession(DialogflowAgent.load(DIALOGFLOW_AGENT), dialogflowLanguage(locale), `suggested-${locale}`);

    // When the shopper says the phrase, and Dialogflow posts what it matched to our handler
    const detection = session.detect(phrase.toLowerCase().replace(/[.,!?]/g, ''));
    const request = session.webhookRequest(detection, { user: { userId: `suggested-${locale}` } }) as { queryResult: { intent: { displayName: string } } };
    const result = await harness.dialogflow(httpApiEvent(request));

    // Then a real intent took it, not the fallback or the welcome
    expect({ phrase, kind: detection.kind, displayName: request.queryResult.intent.displayName }).toEqual({
      phrase,
      kind: 'intent',
      displayName: expect.not.stringMatching(/^(Default Fallback Intent|Default Welcome Intent)$/),
    });
    expect(result.statusCode).toBe(200);
  });
});
