import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RequestEnvelope } from 'ask-sdk-model';
import { httpApiEvent as buildHttpApiEvent } from '../../src/local/http-api-event';

export interface AlexaOptions {
  userId?: string;
  sessionId?: string;
  accessToken?: string;
  isNew?: boolean;
  locale?: string;
  applicationId?: string;
  personId?: string;
}

let requestCounter = 0;

function alexaBase(options: AlexaOptions) {
  const applicationId = options.applicationId ?? 'amzn1.ask.skill.test';
  const user = { userId: options.userId ?? 'amzn1.ask.account.TESTUSER', ...(options.accessToken ? { accessToken: options.accessToken } : {}) };
  return {
    version: '1.0',
    session: {
      new: options.isNew ?? false,
      sessionId: options.sessionId ?? 'amzn1.echo-api.session.test-1',
      application: { applicationId },
      user,
      attributes: {},
    },
    context: {
      System: {
        application: { applicationId },
        user,
        device: { deviceId: 'amzn1.ask.device.TEST', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        ...(options.personId ? { person: { personId: options.personId } } : {}),
      },
    },
  };
}

function meta(options: AlexaOptions) {
  requestCounter += 1;
  return { requestId: `amzn1.echo-api.request.${requestCounter}`, timestamp: new Date().toISOString(), locale: options.locale ?? 'en-US' };
}

/**
 * A slot matched by the session's dynamic entities: Alexa lists the static authority (no
 * match) and the dynamic one (the shopper's own value) side by side.
 */
function dynamicallyResolved(slotName: string, value: string, id: string) {
  return {
    name: slotName,
    value,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        { authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.PRODUCT', status: { code: 'ER_SUCCESS_NO_MATCH' } },
        { authority: 'amzn1.er-authority.echo-sdk.dynamic.amzn1.ask.skill.test.PRODUCT', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id } }] },
      ],
    },
  };
}

/** An Alexa IntentRequest envelope, as the Alexa service sends it. */
export function alexaIntent(name: string, slots: Record<string, string | { value?: string; id?: string; dynamic?: boolean }> = {}, options: AlexaOptions = {}): RequestEnvelope {
  const slotEntries = Object.entries(slots).map(([slotName, raw]) => {
    const { value, id, dynamic } = typeof raw === 'string' ? { value: raw, id: undefined, dynamic: false } : raw;
    if (id && dynamic) return [slotName, dynamicallyResolved(slotName, value ?? id, id)];
    return [
      slotName,
      {
        name: slotName,
        value,
        confirmationStatus: 'NONE',
        ...(id
          ? {
              resolutions: {
                resolutionsPerAuthority: [
                  {
                    authority: `amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.${slotName}`,
                    status: { code: 'ER_SUCCESS_MATCH' },
                    values: [{ value: { name: value ?? id, id } }],
                  },
                ],
              },
            }
          : {}),
      },
    ];
  });
  return {
    ...alexaBase(options),
    request: { type: 'IntentRequest', ...meta(options), dialogState: 'STARTED', intent: { name, confirmationStatus: 'NONE', slots: Object.fromEntries(slotEntries) } },
  } as unknown as RequestEnvelope;
}

export function alexaLaunch(options: AlexaOptions = {}): RequestEnvelope {
  return { ...alexaBase({ ...options, isNew: true }), request: { type: 'LaunchRequest', ...meta(options) } } as unknown as RequestEnvelope;
}

export function alexaSessionEnded(reason: string, options: AlexaOptions = {}): RequestEnvelope {
  return { ...alexaBase(options), request: { type: 'SessionEndedRequest', ...meta(options), reason } } as unknown as RequestEnvelope;
}

export interface DialogflowOptions {
  session?: string;
  accessToken?: string;
  userId?: string;
  languageCode?: string;
  queryText?: string;
}

/** A Dialogflow ES WebhookRequest, as Dialogflow posts it. */
export function dialogflowRequest(displayName: string, parameters: Record<string, unknown> = {}, options: DialogflowOptions = {}): Record<string, unknown> {
  const session = options.session ?? 'projects/voice-shop/agent/sessions/test-session-1';
  return {
    responseId: `resp-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    session,
    queryResult: {
      queryText: options.queryText ?? displayName,
      parameters,
      allRequiredParamsPresent: true,
      intent: { name: `projects/voice-shop/agent/intents/${displayName}`, displayName },
      intentDetectionConfidence: 1,
      languageCode: options.languageCode ?? 'en',
    },
    originalDetectIntentRequest: {
      source: 'google',
      version: '2',
      payload: {
        user: { ...(options.userId ? { userId: options.userId } : {}), ...(options.accessToken ? { accessToken: options.accessToken } : {}), locale: 'en-US' },
        conversation: { conversationId: session.split('/').pop(), type: 'ACTIVE' },
      },
    },
  };
}

/** An API Gateway HTTP API (payload v2) event carrying `body`, as API Gateway invokes the function for Dialogflow. */
export function httpApiEvent(
  body: string | Record<string, unknown>,
  headers: Record<string, string> = {},
  options: { base64?: boolean; method?: string } = {},
): APIGatewayProxyEventV2 {
  return buildHttpApiEvent({
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
    method: options.method,
    base64: options.base64,
    sourceIp: '66.249.0.1',
    userAgent: 'Google-Dialogflow',
  });
}
