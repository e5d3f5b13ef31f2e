/**
 * A Dialogflow ES WebhookRequest, checked at every path this adapter or actions-on-google reads,
 * and rebuilt from those paths only. actions-on-google reads the body without looking (a
 * `surface.capabilities` that is not a list, a `userStorage` that is not JSON, an `idToken` it
 * would try to verify with no client): whatever it is handed next has been checked here first.
 * Everything else (fulfillmentMessages, device, other integrations' payloads) is left behind.
 *
 * As in protobuf's JSON mapping, `null` for an optional field means the field is absent.
 */

export interface GoogleCapability {
  name: string;
}

export interface GooglePayload {
  user?: { userId?: string; accessToken?: string; locale?: string; userVerificationStatus?: string; lastSeen?: string; permissions?: string[] };
  conversation?: { conversationId?: string; type?: string; conversationToken?: string };
  surface?: { capabilities?: GoogleCapability[] };
  availableSurfaces?: Array<{ capabilities: GoogleCapability[] }>;
  inputs?: Array<{
    intent?: string;
    rawInputs?: Array<{ query?: string; inputType?: string }>;
    arguments?: Array<{ name: string; textValue?: string; boolValue?: boolean }>;
  }>;
  isInSandbox?: boolean;
  requestType?: string;
  // — linking where the platform has none (device code) —
  /** a signed-in page's or custom client's access token, sent as detectIntent's queryParams.payload.accessToken */
  accessToken?: string;
  /** the Dialogflow Phone Gateway's caller (E.164; redacted on Trial Edition agents) */
  telephony?: { caller_id?: string };
}

export interface OutputContext {
  name: string;
  lifespanCount?: number;
  parameters?: Record<string, unknown>;
}

export interface WebhookRequest {
  responseId?: string;
  session: string;
  queryResult: {
    queryText?: string;
    languageCode?: string;
    action?: string;
    parameters: Record<string, unknown>;
    intent: { name?: string; displayName: string };
    outputContexts?: OutputContext[];
  };
  originalDetectIntentRequest: { source?: string; version?: string; payload: GooglePayload };
}

/** The body is not a WebhookRequest this webhook can read; answered 400 with `problem`. */
export class WebhookRequestInvalidError extends Error {
  readonly problem: string;
  constructor(problem: string, options: { cause?: unknown } = {}) {
    super(`not a Dialogflow WebhookRequest: ${problem}`, options);
    this.name = 'WebhookRequestInvalidError';
    this.problem = problem;
  }
}

/** Where actions-on-google keeps conversation data between turns; it JSON-parses `data` unchecked. */
const CONVERSATION_DATA_CONTEXT = '_actions_on_google';
const MAX_SESSION = 1000;
/** Parameter values are JSON of any shape; nesting deeper than this is no parameter Dialogflow sends. */
const MAX_PARAMETER_DEPTH = 6;

/** Property names that would reach Object.prototype instead of a value of the request's own. */
const INHERITED = new Set(['__proto__', ...Object.getOwnPropertyNames(Object.prototype)]);

type Fields = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new WebhookRequestInvalidError(`${path} must be ${expected}`);
}

const absent = (value: unknown): value is undefined | null => value === undefined || value === null;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown, path: string): Fields {
  if (value === undefined) throw new WebhookRequestInvalidError(`${path} is required`);
  return isObject(value) ? value : fail(path, 'an object');
}
function string(value: unknown, path: string): string {
  if (value === undefined) throw new WebhookRequestInvalidError(`${path} is required`);
  return typeof value === 'string' ? value : fail(path, 'a string');
}
function optObject(value: unknown, path: string): Fields | undefined {
  return absent(value) ? undefined : object(value, path);
}
function optString(value: unknown, path: string): string | undefined {
  if (absent(value)) return undefined;
  return typeof value === 'string' ? value : fail(path, 'a string');
}
function optBoolean(value: unknown, path: string): boolean | undefined {
  if (absent(value)) return undefined;
  return typeof value === 'boolean' ? value : fail(path, 'true or false');
}
function optNumber(value: unknown, path: string): number | undefined {
  if (absent(value)) return undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(path, 'a number');
}
function optList<T>(value: unknown, path: string, item: (entry: unknown, path: string) => T): T[] | undefined {
  if (absent(value)) return undefined;
  if (!Array.isArray(value)) fail(path, 'a list');
  return value.map((entry, i) => item(entry, `${path}[${i}]`));
}

/** Only the keys that are set: a rebuilt object carries no `undefined` for absent fields. */
function defined<T extends Fields>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

function jsonValue(value: unknown, path: string, depth: number): unknown {
  if (depth > MAX_PARAMETER_DEPTH) fail(path, `nested at most ${MAX_PARAMETER_DEPTH} levels deep`);
  if (Array.isArray(value)) return value.map((v, i) => jsonValue(v, `${path}[${i}]`, depth + 1));
  if (isObject(value)) return parameters(value, path, depth + 1);
  return value;
}

/** A parameters object: own keys only, none that would reach Object.prototype. */
function parameters(value: Fields, path: string, depth = 0): Fields {
  const out: Fields = {};
  for (const [key, v] of Object.entries(value)) {
    if (INHERITED.has(key)) continue;
    out[key] = jsonValue(v, `${path}.${key}`, depth);
  }
  return out;
}

function capability(value: unknown, path: string): GoogleCapability {
  const c = object(value, path);
  return { name: string(c.name, `${path}.name`) };
}

function outputContext(value: unknown, path: string): OutputContext {
  const c = object(value, path);
  const name = string(c.name, `${path}.name`);
  const params = optObject(c.parameters, `${path}.parameters`);
  if (name.split('/').pop() === CONVERSATION_DATA_CONTEXT && params && !absent(params.data)) {
    const data = optString(params.data, `${path}.parameters.data`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(data ?? '');
    } catch {
      parsed = undefined;
    }
    if (!isObject(parsed)) fail(`${path}.parameters.data`, 'JSON text of an object');
  }
  return defined({
    name,
    lifespanCount: optNumber(c.lifespanCount, `${path}.lifespanCount`),
    // actions-on-google reads its own context's parameters without looking; none is an empty set
    parameters: params ? parameters(params, `${path}.parameters`) : {},
  });
}

function googlePayload(value: unknown, path: string): GooglePayload {
  const payload = optObject(value, path) ?? {};
  const user = optObject(payload.user, `${path}.user`);
  const conversation = optObject(payload.conversation, `${path}.conversation`);
  const surface = optObject(payload.surface, `${path}.surface`);
  const telephony = optObject(payload.telephony, `${path}.telephony`);
  const at = (key: string) => `${path}.${key}`;
  return defined({
    user:
      user &&
      defined({
        userId: optString(user.userId, `${at('user')}.userId`),
        accessToken: optString(user.accessToken, `${at('user')}.accessToken`),
        locale: optString(user.locale, `${at('user')}.locale`),
        userVerificationStatus: optString(user.userVerificationStatus, `${at('user')}.userVerificationStatus`),
        lastSeen: optString(user.lastSeen, `${at('user')}.lastSeen`),
        permissions: optList(user.permissions, `${at('user')}.permissions`, string),
      }),
    conversation:
      conversation &&
      defined({
        conversationId: optString(conversation.conversationId, `${at('conversation')}.conversationId`),
        type: optString(conversation.type, `${at('conversation')}.type`),
        conversationToken: optString(conversation.conversationToken, `${at('conversation')}.conversationToken`),
      }),
    surface: surface && defined({ capabilities: optList(surface.capabilities, `${at('surface')}.capabilities`, capability) }),
    availableSurfaces: optList(payload.availableSurfaces, at('availableSurfaces'), (s, where) => ({
      capabilities: optList(object(s, where).capabilities, `${where}.capabilities`, capability) ?? [],
    })),
    inputs: optList(payload.inputs, at('inputs'), (entry, where) => {
      const input = object(entry, where);
      return defined({
        intent: optString(input.intent, `${where}.intent`),
        rawInputs: optList(input.rawInputs, `${where}.rawInputs`, (raw, w) => {
          const r = object(raw, w);
          return defined({ query: optString(r.query, `${w}.query`), inputType: optString(r.inputType, `${w}.inputType`) });
        }),
        arguments: optList(input.arguments, `${where}.arguments`, (arg, w) => {
          const a = object(arg, w);
          return defined({
            name: string(a.name, `${w}.name`),
            textValue: optString(a.textValue, `${w}.textValue`),
            boolValue: optBoolean(a.boolValue, `${w}.boolValue`),
          });
        }),
      });
    }),
    isInSandbox: optBoolean(payload.isInSandbox, at('isInSandbox')),
    requestType: optString(payload.requestType, at('requestType')),
    // — linking where the platform has none (device code) —
    accessToken: optString(payload.accessToken, at('accessToken')),
    telephony: telephony && defined({ caller_id: optString(telephony.caller_id, `${at('telephony')}.caller_id`) }),
  });
}

/**
 * The WebhookRequest in `body`, rebuilt from the checked fields; throws
 * {@link WebhookRequestInvalidError} naming the first path that has the wrong shape.
 */
export function parseWebhookRequest(body: unknown): WebhookRequest {
  if (!isObject(body)) throw new WebhookRequestInvalidError('the body must be a JSON object (a Dialogflow WebhookRequest)');
  const session = string(body.session, 'session');
  if (session === '') fail('session', 'a non-empty string');
  if (session.length > MAX_SESSION) fail('session', `at most ${MAX_SESSION} characters`);
  const result = object(body.queryResult, 'queryResult');
  const intent = object(result.intent, 'queryResult.intent');
  const displayName = string(intent.displayName, 'queryResult.intent.displayName');
  const params = optObject(result.parameters, 'queryResult.parameters');
  const original = optObject(body.originalDetectIntentRequest, 'originalDetectIntentRequest');
  return defined({
    responseId: optString(body.responseId, 'responseId'),
    session,
    queryResult: defined({
      queryText: optString(result.queryText, 'queryResult.queryText'),
      languageCode: optString(result.languageCode, 'queryResult.languageCode'),
      action: optString(result.action, 'queryResult.action'),
      parameters: params ? parameters(params, 'queryResult.parameters') : {},
      // actions-on-google looks intent names up in a plain object: "__proto__" or "constructor"
      // would find Object.prototype's members instead of nothing. Such a name is no intent of ours.
      intent: defined({
        name: optString(intent.name, 'queryResult.intent.name'),
        displayName: INHERITED.has(displayName) ? 'Default Fallback Intent' : displayName,
      }),
      outputContexts: optList(result.outputContexts, 'queryResult.outputContexts', outputContext),
    }),
    // Integrations other than Google may omit the payload; actions-on-google needs one.
    originalDetectIntentRequest: defined({
      source: optString(original?.source, 'originalDetectIntentRequest.source'),
      version: optString(original?.version, 'originalDetectIntentRequest.version'),
      payload: googlePayload(original?.payload, 'originalDetectIntentRequest.payload'),
    }),
  });
}
