/**
 * Request envelopes as the platforms send them, with every field they carry (not only those the
 * adapters read): the starting points the mutation fuzzer changes.
 */
import type { Json } from './mutations';

const SESSION = 'projects/voice-shop-12345/agent/sessions/ABwppHGh5fQ2fN0cBLL8yCvHFn3a7Q';

function googleRequest(queryText: string, displayName: string, parameters: Record<string, Json>, accessToken?: string): Json {
  return {
    responseId: '4c6a3c9d-7f8b-4b1c-9bd8-8f6c5e0d9e2a-a14fa99c',
    session: SESSION,
    queryResult: {
      queryText,
      action: '',
      parameters,
      allRequiredParamsPresent: true,
      fulfillmentText: '',
      fulfillmentMessages: [{ text: { text: [''] } }, { platform: 'ACTIONS_ON_GOOGLE', simpleResponses: { simpleResponses: [{ textToSpeech: 'hi' }] } }],
      outputContexts: [
        { name: `${SESSION}/contexts/actions_capability_screen_output`, lifespanCount: 0, parameters: {} },
        { name: `${SESSION}/contexts/_actions_on_google`, lifespanCount: 99, parameters: { data: '{}' } },
        { name: `${SESSION}/contexts/google_assistant_input_type_voice`, parameters: { 'quantity.original': 'two', quantity: 2 } },
      ],
      intent: { name: 'projects/voice-shop-12345/agent/intents/0b2b8a7e-2d13-4c8d-9d5e-1f0a6b3c2d11', displayName },
      intentDetectionConfidence: 0.93,
      languageCode: 'en',
    },
    originalDetectIntentRequest: {
      source: 'google',
      version: '2',
      payload: {
        user: {
          locale: 'en-US',
          userVerificationStatus: 'VERIFIED',
          lastSeen: '2026-12-01T10:20:30Z',
          userStorage: '{"data":{}}',
          permissions: [],
          ...(accessToken ? { accessToken } : {}),
        },
        conversation: { conversationId: 'ABwppHGh5fQ2fN0cBLL8yCvHFn3a7Q', type: 'ACTIVE', conversationToken: '[]' },
        inputs: [
          {
            intent: 'actions.intent.TEXT',
            rawInputs: [{ inputType: 'VOICE', query: queryText }],
            arguments: [{ name: 'text', rawText: queryText, textValue: queryText }],
          },
        ],
        surface: { capabilities: [{ name: 'actions.capability.AUDIO_OUTPUT' }, { name: 'actions.capability.SCREEN_OUTPUT' }, { name: 'actions.capability.ACCOUNT_LINKING' }] },
        isInSandbox: true,
        availableSurfaces: [{ capabilities: [{ name: 'actions.capability.AUDIO_OUTPUT' }, { name: 'actions.capability.SCREEN_OUTPUT' }] }],
        requestType: 'SIMULATOR',
      },
    },
  };
}

/** Dialogflow ES WebhookRequests: from Google Assistant (linked and not), the console, and telephony. */
export function dialogflowEnvelopes(accessToken: string): Json[] {
  return [
    googleRequest('find paper towels', 'SearchIntent', { query: 'paper towels' }),
    googleRequest('add two of those', 'AddToCartIntent', { quantity: 2, product: '', ordinal: '' }, accessToken),
    googleRequest('what is in my cart', 'ViewCartIntent', {}, accessToken),
    googleRequest('reorder my usual coffee', 'ReorderIntent', { product: ['cat:coffee'], amount: { amount: 12, currency: 'USD' } }, accessToken),
    {
      responseId: 'a1b2c3d4-0000-4000-8000-000000000001',
      session: 'projects/voice-shop-12345/agent/sessions/0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
      queryResult: {
        queryText: 'hi',
        parameters: {},
        allRequiredParamsPresent: true,
        intent: { name: 'projects/voice-shop-12345/agent/intents/w', displayName: 'Default Welcome Intent' },
        intentDetectionConfidence: 1,
        languageCode: 'de',
      },
      originalDetectIntentRequest: { payload: {} },
    },
    {
      responseId: 'a1b2c3d4-0000-4000-8000-000000000002',
      session: 'projects/voice-shop-12345/agent/sessions/15551230000',
      queryResult: { queryText: 'help', parameters: {}, intent: { displayName: 'HelpIntent' }, languageCode: 'en-gb' },
      originalDetectIntentRequest: { source: 'GOOGLE_TELEPHONY', payload: { telephony: { caller_id: '+15551230000' } } },
    },
  ];
}

function alexaBase(request: Record<string, Json>, options: { accessToken?: string; isNew?: boolean; person?: boolean } = {}): Json {
  const user: Record<string, Json> = { userId: 'amzn1.ask.account.AFUZZUSER', ...(options.accessToken ? { accessToken: options.accessToken } : {}) };
  return {
    version: '1.0',
    session: {
      new: options.isNew ?? false,
      sessionId: 'amzn1.echo-api.session.0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      application: { applicationId: 'amzn1.ask.skill.test' },
      attributes: {},
      user,
    },
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.test' },
        user,
        ...(options.person ? { person: { personId: 'amzn1.ask.person.AFUZZPERSON', accessToken: 'person-token' } } : {}),
        device: { deviceId: 'amzn1.ask.device.AFUZZDEVICE', supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.c2ln',
        unit: { unitId: 'amzn1.ask.unit.A', persistentUnitId: 'amzn1.alexa.unit.did.B' },
      },
      Viewport: {
        experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
        shape: 'RECTANGLE',
        pixelWidth: 1024,
        pixelHeight: 600,
        dpi: 160,
      },
    },
    request: { requestId: 'amzn1.echo-api.request.5c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f', timestamp: new Date().toISOString(), locale: 'en-US', ...request },
  };
}

const resolved = (name: string, value: string, id: string): Json => ({
  name,
  value,
  confirmationStatus: 'NONE',
  source: 'USER',
  slotValue: { type: 'Simple', value },
  resolutions: {
    resolutionsPerAuthority: [
      { authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.PRODUCT', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id } }] },
      { authority: 'amzn1.er-authority.echo-sdk.dynamic.amzn1.ask.skill.test.PRODUCT', status: { code: 'ER_SUCCESS_NO_MATCH' } },
    ],
  },
});

/** Alexa request envelopes: launch, a search, a resolved add to cart (linked), session end, a skill event. */
export function alexaEnvelopes(accessToken: string): Json[] {
  return [
    alexaBase({ type: 'LaunchRequest' }, { isNew: true }),
    alexaBase({
      type: 'IntentRequest',
      dialogState: 'STARTED',
      intent: { name: 'SearchIntent', confirmationStatus: 'NONE', slots: { query: { name: 'query', value: 'paper towels', confirmationStatus: 'NONE', source: 'USER' } } },
    }),
    alexaBase(
      {
        type: 'IntentRequest',
        dialogState: 'COMPLETED',
        intent: {
          name: 'AddToCartIntent',
          confirmationStatus: 'NONE',
          slots: { product: resolved('product', 'paper towels', 'cat:paper-towels'), quantity: { name: 'quantity', value: '2', confirmationStatus: 'NONE' } },
        },
      },
      { accessToken, person: true },
    ),
    alexaBase({ type: 'IntentRequest', intent: { name: 'AMAZON.YesIntent', confirmationStatus: 'NONE', slots: {} } }, { accessToken }),
    alexaBase({ type: 'SessionEndedRequest', reason: 'USER_INITIATED', error: { type: 'INVALID_RESPONSE', message: 'x' } }),
    alexaBase({
      type: 'AlexaSkillEvent.SkillDisabled',
      eventCreationTime: new Date().toISOString(),
      eventPublishingTime: new Date().toISOString(),
      body: { userInformationPersistenceStatus: 'PERSISTED' },
    }),
  ];
}
