/**
 * Reading a Dialogflow ES WebhookRequest: every path the adapter or actions-on-google reads is
 * checked, a wrong shape is named by its path, and what reaches actions-on-google is rebuilt
 * from the checked fields only.
 */
import { parseWebhookRequest, WebhookRequestInvalidError } from '../../../src/adapters/dialogflow/webhook-request';
import { dialogflowEnvelopes } from '../../fuzz/real-envelopes';

const [google] = dialogflowEnvelopes('token-1') as Array<Record<string, any>>;

/** The Google request with one path set to `value` (undefined deletes it). */
function withPath(path: Array<string | number>, value: unknown): Record<string, any> {
  const copy = JSON.parse(JSON.stringify(google));
  let at = copy;
  for (const step of path.slice(0, -1)) at = at[step];
  if (value === undefined) delete at[path[path.length - 1]];
  else at[path[path.length - 1]] = value;
  return copy;
}

function problemOf(body: unknown): string {
  try {
    parseWebhookRequest(body);
  } catch (err) {
    expect(err).toBeInstanceOf(WebhookRequestInvalidError);
    return (err as WebhookRequestInvalidError).problem;
  }
  throw new Error('expected the request to be refused');
}

const PAYLOAD = ['originalDetectIntentRequest', 'payload'];

describe('parseWebhookRequest', () => {
  it('reads a Google Assistant request as Dialogflow sends it', () => {
    const request = parseWebhookRequest(google);
    expect(request.session).toBe(google.session);
    expect(request.queryResult).toMatchObject({
      queryText: 'find paper towels',
      languageCode: 'en',
      parameters: { query: 'paper towels' },
      intent: { displayName: 'SearchIntent' },
    });
    expect(request.originalDetectIntentRequest.payload.surface?.capabilities).toEqual(google.originalDetectIntentRequest.payload.surface.capabilities);
  });

  it('leaves behind what nobody reads, and what actions-on-google would trip over', () => {
    const body = withPath([...PAYLOAD, 'user', 'idToken'], 'eyJ.not-verifiable.here');
    body.originalDetectIntentRequest.payload.user.userStorage = 'not json';
    body.result = { v1: true };
    const request = parseWebhookRequest(body) as unknown as Record<string, any>;
    expect(request.result).toBeUndefined();
    expect(request.queryResult.fulfillmentMessages).toBeUndefined();
    expect(request.originalDetectIntentRequest.payload.user).toEqual({ locale: 'en-US', userVerificationStatus: 'VERIFIED', lastSeen: '2026-12-01T10:20:30Z', permissions: [] });
  });

  it('takes null for an optional field as the field left out, as protobuf JSON does', () => {
    const request = parseWebhookRequest(withPath([...PAYLOAD, 'surface', 'capabilities'], null));
    expect(request.originalDetectIntentRequest.payload.surface).toEqual({});
  });

  it('reads a request without any payload (the console, other integrations)', () => {
    const body = withPath(['originalDetectIntentRequest'], undefined);
    expect(parseWebhookRequest(body).originalDetectIntentRequest).toEqual({ payload: {} });
  });

  it('reads a context without parameters as one with none, the conversation-data context included', () => {
    const request = parseWebhookRequest(withPath(['queryResult', 'outputContexts', 1, 'parameters'], undefined));
    expect(request.queryResult.outputContexts?.[1]).toEqual({ name: `${google.session}/contexts/_actions_on_google`, lifespanCount: 99, parameters: {} });
  });

  it('drops parameter names that would reach Object.prototype', () => {
    const parameters = JSON.parse('{"__proto__": {"query": "x"}, "constructor": "y", "query": "tea"}');
    expect(parseWebhookRequest(withPath(['queryResult', 'parameters'], parameters)).queryResult.parameters).toEqual({ query: 'tea' });
  });

  it('answers an inherited intent name with the fallback intent', () => {
    expect(parseWebhookRequest(withPath(['queryResult', 'intent', 'displayName'], '__proto__')).queryResult.intent.displayName).toBe('Default Fallback Intent');
  });

  it.each([
    [[...PAYLOAD, 'surface', 'capabilities'], 'actions.capability.SCREEN_OUTPUT', 'originalDetectIntentRequest.payload.surface.capabilities must be a list'],
    [[...PAYLOAD, 'surface', 'capabilities'], { name: 'x' }, 'originalDetectIntentRequest.payload.surface.capabilities must be a list'],
    [[...PAYLOAD, 'surface', 'capabilities', 1], 'actions.capability.SCREEN_OUTPUT', 'originalDetectIntentRequest.payload.surface.capabilities[1] must be an object'],
    [[...PAYLOAD, 'surface', 'capabilities', 0, 'name'], 7, 'originalDetectIntentRequest.payload.surface.capabilities[0].name must be a string'],
    [[...PAYLOAD, 'surface'], [], 'originalDetectIntentRequest.payload.surface must be an object'],
    [[...PAYLOAD, 'availableSurfaces', 0, 'capabilities'], 'x', 'originalDetectIntentRequest.payload.availableSurfaces[0].capabilities must be a list'],
    [[...PAYLOAD, 'user'], 'amzn', 'originalDetectIntentRequest.payload.user must be an object'],
    [[...PAYLOAD, 'user', 'userId'], 42, 'originalDetectIntentRequest.payload.user.userId must be a string'],
    [[...PAYLOAD, 'user', 'accessToken'], { token: 'x' }, 'originalDetectIntentRequest.payload.user.accessToken must be a string'],
    [[...PAYLOAD, 'user', 'locale'], ['en-US'], 'originalDetectIntentRequest.payload.user.locale must be a string'],
    [[...PAYLOAD, 'user', 'permissions'], 'NAME', 'originalDetectIntentRequest.payload.user.permissions must be a list'],
    [[...PAYLOAD, 'conversation', 'type'], 1, 'originalDetectIntentRequest.payload.conversation.type must be a string'],
    [[...PAYLOAD, 'conversation'], true, 'originalDetectIntentRequest.payload.conversation must be an object'],
    [[...PAYLOAD, 'inputs'], {}, 'originalDetectIntentRequest.payload.inputs must be a list'],
    [[...PAYLOAD, 'inputs', 0, 'rawInputs', 0], null, 'originalDetectIntentRequest.payload.inputs[0].rawInputs[0] must be an object'],
    [[...PAYLOAD, 'inputs', 0, 'arguments', 0, 'name'], undefined, 'originalDetectIntentRequest.payload.inputs[0].arguments[0].name is required'],
    [[...PAYLOAD, 'isInSandbox'], 'yes', 'originalDetectIntentRequest.payload.isInSandbox must be true or false'],
    [[...PAYLOAD], 'payload', 'originalDetectIntentRequest.payload must be an object'],
    [['originalDetectIntentRequest'], [], 'originalDetectIntentRequest must be an object'],
    [['queryResult', 'queryText'], 3, 'queryResult.queryText must be a string'],
    [['queryResult', 'languageCode'], { code: 'en' }, 'queryResult.languageCode must be a string'],
    [['queryResult', 'parameters'], ['query'], 'queryResult.parameters must be an object'],
    [['queryResult', 'outputContexts'], 'ctx', 'queryResult.outputContexts must be a list'],
    [['queryResult', 'outputContexts', 0, 'name'], null, 'queryResult.outputContexts[0].name must be a string'],
    [['queryResult', 'outputContexts', 2, 'parameters'], 'x', 'queryResult.outputContexts[2].parameters must be an object'],
    [['queryResult', 'outputContexts', 1, 'parameters', 'data'], '{"data":', 'queryResult.outputContexts[1].parameters.data must be JSON text of an object'],
    [['queryResult', 'outputContexts', 1, 'lifespanCount'], '99', 'queryResult.outputContexts[1].lifespanCount must be a number'],
    [['queryResult', 'intent', 'displayName'], undefined, 'queryResult.intent.displayName is required'],
    [['queryResult', 'intent'], 'SearchIntent', 'queryResult.intent must be an object'],
    [['queryResult'], undefined, 'queryResult is required'],
    [['session'], '', 'session must be a non-empty string'],
    [['session'], 12, 'session must be a string'],
    [['responseId'], 5, 'responseId must be a string'],
  ])('refuses %j set to %j: %s', (path, value, problem) => {
    expect(problemOf(withPath(path as Array<string | number>, value))).toBe(problem);
  });

  it('refuses parameter values nested deeper than any Dialogflow sends', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10; i += 1) deep = [deep];
    expect(problemOf(withPath(['queryResult', 'parameters', 'query'], deep))).toMatch(/^queryResult\.parameters\.query(\[0\])+ must be nested at most 6 levels deep$/);
  });
});
