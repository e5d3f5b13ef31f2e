/**
 * Every sample utterance of every intent, in every locale, goes through the platform's NLU
 * stand-in (virtual-alexa with the generated Alexa model; the fixture runner's Dialogflow matcher
 * with the generated agent export, docs/adr/0006-dialogflow-fixture-matcher.md) into our
 * exported Lambda handlers, and arrives as the intent it was written for, with its slots filled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { alexaIntentMap, dialogflowIntentMap, modelSource } from '../../interaction-models/source';
import type { IntentDef, LocaleSource } from '../../interaction-models/source/types';
import { alexaModelFile, DIALOGFLOW_AGENT } from '../../scripts/fixtures/model';
import { DialogflowAgent } from '../../scripts/fixtures/nlu/dialogflow-agent';
import { DialogflowSession } from '../../scripts/fixtures/nlu/dialogflow-session';
import { fillSample, samplesOf } from '../../scripts/models/phrases';
import { httpApiEvent } from '../support/envelopes';
import { type Harness, startHarness } from '../support/harness';

const SKILL_ID = 'amzn1.ask.skill.test';
const alexaToCore = alexaIntentMap();
const dialogflowToCore = dialogflowIntentMap();

interface Entry {
  value: string;
  synonyms: string[];
}

/** What one locale's generated files offer the tests: the models and the entity lists. */
function localeFiles(locale: LocaleSource) {
  const entries = (name: string): Entry[] =>
    JSON.parse(readFileSync(join(DIALOGFLOW_AGENT, 'entities', `${name}_entries_${locale.dialogflowLanguage}.json`), 'utf8'));
  const product = entries('product');
  return {
    alexaModel: JSON.parse(readFileSync(alexaModelFile(locale.locale), 'utf8')),
    entities: { product, quantity: entries('quantity'), ordinal: entries('ordinal') },
    // the same example products the generator annotated the training phrases with
    productNames: product.filter((e) => !e.value.includes(':')).slice(0, 8).map((e) => e.synonyms[0]),
  };
}

/** The cases of one intent: each sample with its slots filled by examples. */
function casesOf(def: IntentDef, locale: LocaleSource, productNames: readonly string[]) {
  return samplesOf(locale, def).map((phrase, turn) => {
    const filled = fillSample(phrase, def, locale, productNames, turn);
    const slots = Object.fromEntries(filled.parts.filter((p) => p.slot).map((p) => [p.slot as string, p.text]));
    return { phrase, text: filled.text, slots };
  });
}

/** Dialogflow hands the webhook an entity's reference value (the sku, the digits), not the words. */
function resolveLikeDialogflow(def: IntentDef, spoken: Record<string, string>, entities: Record<string, Entry[]>) {
  const parameters: Record<string, string> = {};
  for (const slot of def.slots) {
    const said = spoken[slot.name];
    // the entity is the slot kind's, whatever the slot is called (a rating is a spoken number too)
    const list = entities[{ Product: 'product', Quantity: 'quantity', Ordinal: 'ordinal' }[slot.kind as string] ?? slot.name];
    if (said === undefined) parameters[slot.name] = '';
    else if (!list) parameters[slot.name] = said;
    else parameters[slot.name] = list.find((e) => e.synonyms.some((s) => s.toLowerCase() === said.toLowerCase()))?.value ?? said;
  }
  return parameters;
}

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

describe.each(modelSource.locales.map((l) => [l.locale, l] as const))('interaction models (%s)', (_name, locale) => {
  const files = localeFiles(locale);
  const withSamples = modelSource.intents.filter((def) => samplesOf(locale, def).length > 0);

  describe('Alexa model in virtual-alexa, into lambda/alexa handler', () => {
    const onAlexa = withSamples.filter((def) => def.alexa);

    it.each(onAlexa.map((def) => [def.name, def] as const))('routes every %s sample to its intent', async (_intent, def) => {
      for (const sample of casesOf(def, locale, files.productNames)) {
        // Given a fresh device session on the generated model
        const alexa = VirtualAlexa.Builder()
          .handler(harness.alexa as never)
          .interactionModel(files.alexaModel)
          .locale(locale.locale)
          .applicationID(SKILL_ID)
          .create();
        // virtual-alexa turns any utterance containing "ask", "tell", "open" or "talk to" (even
        // "basket") into a launch request; in a running session Alexa does not.
        (alexa as unknown as { parseLaunchRequest: () => undefined }).parseLaunchRequest = () => undefined;
        let sent: RequestEnvelope | undefined;
        alexa.filter((request) => {
          sent = request as RequestEnvelope;
        });

        // When the shopper says the sample
        const reply = (await alexa.utter(sample.text)) as ResponseEnvelope;

        // Then our handler got the intent the sample was written for, with its slots
        const request = sent?.request;
        const intent = request?.type === 'IntentRequest' ? request.intent : undefined;
        expect({ said: sample.text, intent: alexaToCore.get(intent?.name ?? '') }).toEqual({ said: sample.text, intent: def.name });
        for (const [slot, value] of Object.entries(sample.slots)) {
          expect({ said: sample.text, slot, value: intent?.slots?.[slot]?.value }).toEqual({ said: sample.text, slot, value });
        }
        if (sample.slots.product) {
          const sku = files.entities.product.find((e) => e.synonyms[0] === sample.slots.product)?.value;
          const ids = (intent?.slots?.product?.resolutions?.resolutionsPerAuthority ?? []).flatMap((a) => a.values ?? []).map((v) => v.value.id);
          expect({ said: sample.text, ids }).toEqual({ said: sample.text, ids: expect.arrayContaining([sku]) });
        }
        expect(reply.response?.outputSpeech).toBeDefined();
      }
    });
  });

  describe('Dialogflow export in the fixture matcher, into lambda/dialogflow handler', () => {
    const agent = DialogflowAgent.load(DIALOGFLOW_AGENT);

    it.each(withSamples.map((def) => [def.dialogflow.displayName, def] as const))('routes every %s sample to its intent', async (_intent, def) => {
      for (const sample of casesOf(def, locale, files.productNames)) {
        // Given a new session of the agent in this locale's language
        const session = new DialogflowSession(agent, locale.dialogflowLanguage, `routing-${locale.locale}`);

        // When the shopper says the sample, and Dialogflow posts what it matched to our handler
        const detection = session.detect(sample.text);
        const request = session.webhookRequest(detection, { user: { userId: `routing-${locale.locale}` } }) as { queryResult: Record<string, any> };
        // no locale header: the agent's languageCode alone must pick the locale
        const result = await harness.dialogflow(httpApiEvent(request));

        // Then the sample matched its own intent as a whole, with its parameters resolved
        expect({ said: sample.text, kind: detection.kind, intent: dialogflowToCore.get(request.queryResult.intent.displayName) }).toEqual({
          said: sample.text,
          kind: 'intent',
          intent: def.name,
        });
        expect({ said: sample.text, parameters: request.queryResult.parameters }).toEqual({
          said: sample.text,
          parameters: resolveLikeDialogflow(def, sample.slots, files.entities),
        });
        expect(result.statusCode).toBe(200);
        expect(JSON.parse(String(result.body)).fulfillmentText).toEqual(expect.any(String));
      }
    });
  });
});
