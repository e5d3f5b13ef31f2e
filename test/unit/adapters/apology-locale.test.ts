import type { Logger } from '../../../src/ports/runtime';
import { createAlexaSkill } from '../../../src/adapters/alexa/skill';
import { createDialogflowWebhook } from '../../../src/adapters/dialogflow/app';
import type { RuntimeProvider } from '../../../src/adapters/runtime';
import { alexaIntent, dialogflowRequest } from '../../support/envelopes';

const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, child: () => silent };

/** A runtime whose core fails every turn, so only the adapter is left to answer. */
const broken: RuntimeProvider = async () => ({
  shop: {
    handle: async () => {
      throw new Error('core down');
    },
  },
  logger: silent,
});

describe('When the core cannot answer', () => {
  it("Alexa hears the apology in the request's language", async () => {
    const skill = createAlexaSkill({ runtime: broken });
    const out = await skill.invoke(alexaIntent('ViewCartIntent', {}, { locale: 'de-DE' }));
    expect((out.response.outputSpeech as { ssml: string }).ssml).toBe(
      '<speak>Entschuldigung, bei mir ist etwas schiefgelaufen. Es wurde nichts abgebucht. Bitte versuchen Sie es gleich noch einmal.</speak>',
    );
    expect(out.response.shouldEndSession).toBe(true);
  });

  it("Dialogflow hears it in the agent's locale", async () => {
    const webhook = createDialogflowWebhook({ runtime: broken });
    const gb = await webhook(dialogflowRequest('ViewCartIntent'), { 'x-shop-locale': 'en-GB' });
    expect(gb.body.fulfillmentText).toBe("Sorry, something's gone wrong on my side. You haven't been charged. Please try again in a moment.");
    const de = await webhook(dialogflowRequest('ViewCartIntent', {}, { languageCode: 'de' }), { 'x-shop-locale': 'de-DE' });
    expect(de.body.fulfillmentText).toMatch(/^Entschuldigung/);
  });
});
