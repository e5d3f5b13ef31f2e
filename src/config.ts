import type { JSONWebKeySet } from 'jose';
import { readFileSync } from 'node:fs';
import { WEEK, type ShopPolicy } from './core/pricing';
import type { PurchaseSafeguards } from './core/safeguards';
import { paymentTimeoutMs, type TurnBudget } from './core/budget';
import type { LogLevel } from './infra/logging/logger';
import { tableNames, type TableNames } from './infra/dynamodb/tables';
import type { AwsCredentials } from './infra/dynamodb/sigv4';
import { SandboxMode } from './infra/payment/sandbox-behaviour';
import type { MetricsOutput } from './infra/metrics';
import { join } from 'node:path';
import { parsePolicyFile, policyFromFile, type PolicyFileFields } from './shop-policy-file';

export type PaymentConfig =
  /**
   * sandbox: no money moves; `delayMs` makes it answer slowly, to try the pending path locally;
   * `mode` makes its first answer for a key a 500 or `processing` (replayed, as Stripe does), the
   * charge settling `settleAfterMs` later
   */
  { provider: 'sandbox'; delayMs?: number; mode?: SandboxMode; settleAfterMs?: number } | { provider: 'stripe'; secretParameter: string; apiBase?: URL; timeoutMs: number };

export interface AuthConfig {
  issuer: string;
  audience: string;
  algorithms: string[];
  jwksUrl?: URL;
  /** local mode only: an inline key set written by `npm start` */
  localJwks?: JSONWebKeySet;
}

/** A secret given as a plain value (local and test stages only) or as an SSM parameter name. */
export type SecretSource = { value: string } | { parameter: string };

/** How Dialogflow must authenticate to the webhook (set in the agent's Fulfillment page). */
export interface WebhookAuthSettings {
  basic?: { username: string; password: SecretSource };
  header?: { name: string; secret: SecretSource };
}

/** Everything the composition root needs, validated once. */
export interface Config {
  stage: string;
  region: string;
  logLevel: LogLevel;
  tables: TableNames;
  dynamodbEndpoint?: string;
  /**
   * The function role's credentials, as Lambda puts them in the environment; what the DynamoDB
   * client signs with (the embedded store takes fixed ones). Never logged: they print as redacted.
   */
  awsCredentials?: AwsCredentials;
  /** a search index artifact written by `catalog:import --index-out`; unset: built from the table */
  searchIndexPath?: string;
  /** where order emails go: SES with a verified sender, a local folder, or nowhere (logged) */
  email: { sesFrom?: string; sesEndpoint?: string; outboxDir?: string };
  alexaSkillId?: string;
  /** check Alexa request signatures on the local server (the HTTPS endpoint always does) */
  verifyAlexaSignatures: boolean;
  auth: AuthConfig;
  /**
   * Dialogflow webhook credentials. Undefined only in local/test stages with nothing set (the
   * webhook is then open); a deployed stage with nothing set refuses every call (fail closed).
   */
  webhookAuth?: WebhookAuthSettings;
  /** RFC 7662 token introspection, asked before every charge when configured */
  introspection?: { endpoint: URL; clientId: string; clientSecret: SecretSource; timeoutMs: number };
  payment: PaymentConfig;
  policy: ShopPolicy;
  safeguards: PurchaseSafeguards;
  /** per-platform answer time; the payment timeout is derived from it */
  turnBudget: TurnBudget;
  /** PENDING orders older than this many seconds are settled by reconciliation */
  reconcileAfterSeconds: number;
  /** `npm start` only: how often it settles PENDING orders in its own process (0: never) */
  reconcileEverySeconds: number;
  /**
   * Business events and turn records: EMF lines on stdout in Lambda, JSON lines in a local event
   * log (`npm start`: .data/events.jsonl), or nowhere (tests, unless EVENT_LOG_PATH is set).
   */
  metrics: { namespace: string; output: MetricsOutput };
  // — after the order: the fulfilment feed, Alexa notifications, reminders, the merchant's report —
  afterOrder: AfterOrderConfig;
  // — linking where the platform has none (device code) —
  /**
   * The shop's own OAuth client for device-code linking (RFC 8628) on surfaces without account
   * linking; undefined: those surfaces can link only with a token their page sends.
   */
  deviceLinking?: DeviceLinkingConfig;
}

/** The fulfilment feed, Alexa notifications, reminders and the report's anonymised shoppers. */
export interface AfterOrderConfig {
  /** the fulfilment feed's shared signing secret; unset: every event is refused (fail closed) */
  feedSecret?: SecretSource;
  /** a second secret still accepted while the secret is being rotated */
  feedSecretPrevious?: SecretSource;
  /** the Proactive Events API with the skill's messaging credentials; unset: no Alexa notification is sent (or, locally, see notificationsDir) */
  alexaNotifications?: { clientId: string; clientSecret: SecretSource; apiBase: string; stage: 'development' | 'live'; tokenUrl: string };
  /** local mode without credentials: Alexa notifications are written to this folder */
  notificationsDir?: string;
  /** a cart left this long with items gets its one reminder */
  cartReminderAfterMinutes: number;
  /** npm start only: how often it sends due reminders and notifications in its own process (0: never) */
  remindersEverySeconds: number;
  /** salts the hash that stands for a shopper in the metrics (SHOPPER_HASH_SALT) */
  shopperHashSalt: string;
}

/** Device-code linking: the identity provider's endpoints, the shop's client there, and the key the held tokens are sealed with. */
export interface DeviceLinkingConfig {
  deviceAuthorizationEndpoint: URL;
  tokenEndpoint: URL;
  /** RFC 7009; without it an unlink forgets the tokens without telling the provider */
  revocationEndpoint?: URL;
  clientId: string;
  clientSecret: SecretSource;
  scope: string;
  /** RFC 8707 `resource` (oidc-provider, Keycloak, Okta custom servers) or Auth0's `audience` */
  audience?: { parameter: 'resource' | 'audience'; value: string };
  /** what the shopper is told to open instead of the provider's verification_uri (a short address) */
  verificationUri?: string;
  /** 32 bytes, base64: seals the tokens before they are stored; required outside local mode */
  tokenKey?: SecretSource;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the environment. Every problem is reported at once, so a deploy with
 * three mistakes fails once, not three times.
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const text = (name: string, fallback?: string): string => {
    const value = env[name]?.trim() || fallback;
    if (value === undefined) problems.push(`${name} is required`);
    return value ?? '';
  };
  const integer = (name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const url = (name: string): URL | undefined => {
    const raw = env[name]?.trim();
    if (!raw) return undefined;
    try {
      return new URL(raw);
    } catch {
      problems.push(`${name} is not a URL: "${raw}"`);
      return undefined;
    }
  };

  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    problems.push(`${name} must be true or false, got "${env[name]}"`);
    return fallback;
  };

  const stage = text('STAGE', 'local');
  const local = stage === 'local' || stage === 'test';
  const inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);

  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as LogLevel;
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) problems.push(`LOG_LEVEL must be debug, info, warn or error`);

  let localJwks: JSONWebKeySet | undefined;
  if (env.AUTH_LOCAL_JWKS) {
    if (!local || inLambda) problems.push('AUTH_LOCAL_JWKS is accepted only in local mode (STAGE=local, outside Lambda)');
    try {
      localJwks = JSON.parse(env.AUTH_LOCAL_JWKS) as JSONWebKeySet;
    } catch {
      problems.push('AUTH_LOCAL_JWKS is not valid JSON');
    }
  }
  const jwksUrl = url('AUTH_JWKS_URL');
  if (!jwksUrl && !localJwks) problems.push("AUTH_JWKS_URL is required (the identity provider's key set)");
  if (jwksUrl && jwksUrl.protocol !== 'https:' && !local) problems.push('AUTH_JWKS_URL must use https');
  const algorithms = (env.AUTH_ALGORITHMS?.trim() || 'RS256,ES256')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const refused = algorithms.filter((a) => /^(none|HS\d+)$/i.test(a));
  if (refused.length) problems.push(`AUTH_ALGORITHMS may not include ${refused.join(', ')}: tokens must be signed with a private key`);

  const provider = text('PAYMENT_PROVIDER', local ? 'sandbox' : undefined);
  let payment: PaymentConfig = { provider: 'sandbox' };
  if (provider === 'stripe') {
    payment = {
      provider: 'stripe',
      secretParameter: text('STRIPE_SECRET_PARAMETER'),
      apiBase: url('STRIPE_API_BASE'),
      timeoutMs: integer('PAYMENT_TIMEOUT_MS', 4000, 500, 20_000),
    };
  } else if (provider !== 'sandbox') {
    problems.push(`PAYMENT_PROVIDER must be stripe or sandbox, got "${provider}"`);
  } else {
    if (!local && env.ALLOW_SANDBOX_PAYMENTS !== 'true') {
      problems.push('PAYMENT_PROVIDER=sandbox outside local mode needs ALLOW_SANDBOX_PAYMENTS=true (no real money moves)');
    }
    const delayMs = integer('SANDBOX_PAYMENT_DELAY_MS', 0, 0, 60_000);
    if (delayMs > 0) payment = { provider: 'sandbox', delayMs };
    const mode = env.SANDBOX_PAYMENT_MODE?.trim() || SandboxMode.Immediate;
    const modes: string[] = Object.values(SandboxMode);
    if (!modes.includes(mode)) problems.push(`SANDBOX_PAYMENT_MODE must be ${modes.join(', ')}, got "${mode}"`);
    else if (mode !== SandboxMode.Immediate) payment = { ...payment, mode: mode as SandboxMode, settleAfterMs: integer('SANDBOX_SETTLE_AFTER_MS', 0, 0, 86_400_000) };
    else if (env.SANDBOX_SETTLE_AFTER_MS?.trim()) problems.push('SANDBOX_SETTLE_AFTER_MS applies only with SANDBOX_PAYMENT_MODE=first-500 or processing');
  }

  // A secret from SSM (deployed stages) or, in local and test stages only, a plain value.
  const secret = (name: string): SecretSource | undefined => {
    const parameter = env[`${name}_PARAMETER`]?.trim();
    const value = env[name];
    if (parameter && value) problems.push(`set ${name} or ${name}_PARAMETER, not both`);
    if (parameter) return { parameter };
    if (!value) return undefined;
    if (!local) problems.push(`${name} may be a plain value only in local mode; use ${name}_PARAMETER (an SSM SecureString name)`);
    return { value };
  };
  const webhookUser = env.DIALOGFLOW_AUTH_USERNAME?.trim();
  const webhookPassword = secret('DIALOGFLOW_AUTH_PASSWORD');
  const webhookHeader = env.DIALOGFLOW_AUTH_HEADER?.trim();
  const webhookSecret = secret('DIALOGFLOW_AUTH_SECRET');
  if (Boolean(webhookUser) !== Boolean(webhookPassword)) problems.push('DIALOGFLOW_AUTH_USERNAME and DIALOGFLOW_AUTH_PASSWORD(_PARAMETER) go together');
  if (webhookUser?.includes(':')) problems.push('DIALOGFLOW_AUTH_USERNAME may not contain a colon');
  if (Boolean(webhookHeader) !== Boolean(webhookSecret)) problems.push('DIALOGFLOW_AUTH_HEADER and DIALOGFLOW_AUTH_SECRET(_PARAMETER) go together');
  const webhookAuth: WebhookAuthSettings | undefined =
    webhookUser || webhookHeader || !local
      ? {
          ...(webhookUser && webhookPassword ? { basic: { username: webhookUser, password: webhookPassword } } : {}),
          ...(webhookHeader && webhookSecret ? { header: { name: webhookHeader, secret: webhookSecret } } : {}),
        }
      : undefined;

  const introspectionUrl = url('INTROSPECTION_URL');
  const introspectionSecret = secret('INTROSPECTION_CLIENT_SECRET');
  let introspection: Config['introspection'];
  if (introspectionUrl) {
    if (introspectionUrl.protocol !== 'https:' && !local) problems.push('INTROSPECTION_URL must use https');
    if (!introspectionSecret) problems.push('INTROSPECTION_CLIENT_SECRET(_PARAMETER) is required with INTROSPECTION_URL');
    introspection = {
      endpoint: introspectionUrl,
      clientId: text('INTROSPECTION_CLIENT_ID'),
      clientSecret: introspectionSecret ?? { value: '' },
      timeoutMs: integer('INTROSPECTION_TIMEOUT_MS', 1500, 100, 4000),
    };
  }

  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) problems.push('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together');
  const awsCredentials = accessKeyId && secretAccessKey ? redacted({ accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN?.trim() || undefined }) : undefined;

  const currency = text('SHOP_CURRENCY', 'USD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) problems.push(`SHOP_CURRENCY must be an ISO 4217 code, got "${currency}"`);

  const config: Config = {
    stage,
    region: text('AWS_REGION', 'us-east-1'),
    logLevel,
    tables: tableNames(text('TABLE_PREFIX', local ? 'voice-shop-local' : undefined)),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT?.trim() || undefined,
    awsCredentials,
    searchIndexPath: env.SEARCH_INDEX_PATH?.trim() || undefined,
    email: {
      sesFrom: env.ORDER_EMAIL_FROM?.trim() || undefined,
      sesEndpoint: env.SES_ENDPOINT?.trim() || undefined,
      outboxDir: env.EMAIL_OUTBOX_DIR?.trim() || undefined,
    },
    alexaSkillId: env.ALEXA_SKILL_ID?.trim() || undefined,
    verifyAlexaSignatures: flag('VERIFY_ALEXA_SIGNATURES', false),
    auth: {
      issuer: text('AUTH_ISSUER'),
      audience: text('AUTH_AUDIENCE'),
      algorithms,
      jwksUrl,
      localJwks,
    },
    webhookAuth,
    introspection,
    payment,
    policy: readPolicy(env, { text, integer }, problems, currency),
    safeguards: {
      pinThreshold: integer('VOICE_PIN_THRESHOLD_CENTS', 10_000, 0, 100_000_000),
      maxPinAttempts: integer('VOICE_PIN_MAX_ATTEMPTS', 3, 1, 10),
      dailyLimit: integer('DAILY_SPEND_LIMIT_CENTS', 50_000, 0, 100_000_000),
      recognisedVoiceOnly: flag('RECOGNISED_VOICE_ONLY', false),
    },
    turnBudget: {
      alexaMs: integer('ALEXA_TURN_BUDGET_MS', 8000, 500, 8000),
      dialogflowMs: integer('DIALOGFLOW_TURN_BUDGET_MS', 5000, 500, 5000),
      marginMs: integer('TURN_SAFETY_MARGIN_MS', 1500, 0, 4000),
      saveReserveMs: integer('TURN_SAVE_RESERVE_MS', 1000, 0, 4000),
    },
    reconcileAfterSeconds: integer('RECONCILE_AFTER_SECONDS', 120, 0, 86_400),
    reconcileEverySeconds: integer('RECONCILE_EVERY_SECONDS', 30, 0, 86_400),
    metrics: { namespace: text('METRICS_NAMESPACE', `voice-shop/${stage}`), output: metricsOutput(env, stage, inLambda) },
    // — after the order —
    afterOrder: afterOrderConfig(env, { stage, local, secret, integer, url, problems }),
    deviceLinking: deviceLinkingConfig(env, local, problems),
  };
  if (paymentTimeoutMs(config.turnBudget) < 100) problems.push('the turn budget leaves no time for the payment provider: lower TURN_SAFETY_MARGIN_MS or TURN_SAVE_RESERVE_MS');
  if (!local && !config.alexaSkillId && env.REQUIRE_SKILL_ID !== 'false') {
    problems.push('ALEXA_SKILL_ID is required outside local mode (requests for other skills must be refused)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Where the store is and how to reach it: all a tool that only reads and writes items needs. */
export interface StoreConfig {
  stage: string;
  /** STAGE local or test: the embedded store under .data/ when no endpoint is set */
  local: boolean;
  region: string;
  tables: TableNames;
  /** DYNAMODB_ENDPOINT: an embedded store (dynalite), signed with fixed local credentials */
  dynamodbEndpoint?: string;
  /**
   * AWS_ENDPOINT_URL_DYNAMODB, the SDK's own name for another DynamoDB endpoint (a VPC endpoint,
   * a test stand-in) that is signed with real credentials; read by the admin tools only
   */
  awsEndpoint?: string;
  /** exported keys; the tools otherwise ask the SDK's default credential chain */
  awsCredentials?: AwsCredentials;
}

/**
 * The store settings alone, for admin tools that touch items and nothing else (catalog:import,
 * voice-pin; reconcile finds its store with it): no token, payment or skill settings are read,
 * so none is demanded.
 */
export function loadStoreConfig(env: Env = process.env): StoreConfig {
  const problems: string[] = [];
  const stage = env.STAGE?.trim() || 'local';
  const local = stage === 'local' || stage === 'test';
  const prefix = env.TABLE_PREFIX?.trim() || (local ? 'voice-shop-local' : undefined);
  if (!prefix) problems.push('TABLE_PREFIX is required');
  const endpoint = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    if (!raw) return undefined;
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:') return raw;
    } catch {
      // reported below
    }
    problems.push(`${name} is not an http(s) URL: "${raw}"`);
    return undefined;
  };
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) problems.push('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together');
  const config: StoreConfig = {
    stage,
    local,
    region: env.AWS_REGION?.trim() || 'us-east-1',
    tables: tableNames(prefix ?? ''),
    dynamodbEndpoint: endpoint('DYNAMODB_ENDPOINT'),
    awsEndpoint: endpoint('AWS_ENDPOINT_URL_DYNAMODB'),
    awsCredentials: accessKeyId && secretAccessKey ? redacted({ accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN?.trim() || undefined }) : undefined,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The token settings of a process that verifies no token: an empty key set, so none could pass. */
const NO_TOKENS: AuthConfig = { issuer: 'no-tokens.invalid', audience: 'no-tokens.invalid', algorithms: ['ES256'], localJwks: { keys: [] } };
const TOKEN_SETTINGS = ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL', 'AUTH_LOCAL_JWKS', 'AUTH_ALGORITHMS'];

/**
 * The configuration of a back-office process that hears no shopper (`npm run reconcile`): every
 * setting as loadConfig reads it, except the token and skill-id settings, which it never uses and
 * so neither reads nor requires. Its token verifier accepts nothing.
 */
export function loadBackOfficeConfig(env: Env = process.env): Config {
  const rest = Object.fromEntries(Object.entries(env).filter(([name]) => !TOKEN_SETTINGS.includes(name)));
  // loadConfig insists on a key set and a skill id; these stand-ins satisfy it and are replaced below.
  const config = loadConfig({
    ...rest,
    AUTH_ISSUER: NO_TOKENS.issuer,
    AUTH_AUDIENCE: NO_TOKENS.audience,
    AUTH_JWKS_URL: 'https://no-tokens.invalid/jwks',
    REQUIRE_SKILL_ID: 'false',
  });
  return { ...config, auth: NO_TOKENS };
}

/** EMF on stdout in Lambda; outside it the local event log (by default only for STAGE=local), else nothing. */
function metricsOutput(env: Env, stage: string, inLambda: boolean): MetricsOutput {
  if (inLambda) return { to: 'stdout' };
  const path = env.EVENT_LOG_PATH?.trim() || (stage === 'local' ? join(env.VOICE_SHOP_DATA_DIR?.trim() || '.data', 'events.jsonl') : undefined);
  return path ? { to: 'file', path } : { to: 'none' };
}

/** Credentials that print (JSON, console, a test's diff) with the key id only. */
function redacted(credentials: AwsCredentials): AwsCredentials {
  const shown = () => ({ accessKeyId: credentials.accessKeyId, secretAccessKey: '[redacted]', ...(credentials.sessionToken ? { sessionToken: '[redacted]' } : {}) });
  return Object.defineProperties(credentials, {
    toJSON: { value: shown },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: shown },
  });
}

// — shop policy —

interface EnvReaders {
  text(name: string, fallback?: string): string;
  integer(name: string, fallback: number, min?: number, max?: number): number;
}

/** The richer policy, from SHOP_POLICY_FILE (a JSON file) or SHOP_POLICY (the same JSON inline); none: {}. */
function readPolicySource(env: Env, problems: string[]): PolicyFileFields {
  const path = env.SHOP_POLICY_FILE?.trim();
  const inline = env.SHOP_POLICY?.trim();
  if (path && inline) {
    problems.push('set SHOP_POLICY_FILE or SHOP_POLICY, not both');
    return {};
  }
  let text = inline;
  if (path) {
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      problems.push(`SHOP_POLICY_FILE cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message} (${path})`);
      return {};
    }
  }
  if (!text) return {};
  const { fields, problems: found } = parsePolicyFile(text, path ?? 'SHOP_POLICY');
  problems.push(...found);
  return fields;
}

/**
 * The shop's policy: what the shop charges and what it tells shoppers about delivery, returns,
 * hours, stores and payment. A setting comes from its environment variable or from the policy
 * file, never both (two values for one fee is a mistake, not a preference), else the default.
 * The defaults are the demo shop's: the shopper corpus and the fixtures rest on them.
 */
function readPolicy(env: Env, read: EnvReaders, problems: string[], currency: string): ShopPolicy {
  const file = readPolicySource(env, problems);
  const once = <K extends keyof PolicyFileFields>(variable: string, field: K): PolicyFileFields[K] | undefined => {
    if (env[variable]?.trim() && file[field] !== undefined) problems.push(`${variable} is set and the shop policy file sets ${field}: set it in one place`);
    return file[field];
  };
  const fromFile = policyFromFile(file);
  return {
    ...fromFile,
    sellerName: read.text('SHOP_NAME', 'Corner Shop'),
    currency,
    taxRateBps: read.integer('TAX_RATE_BPS', 825, 0, 5000),
    deliveryFee: read.integer('DELIVERY_FEE_CENTS', once('DELIVERY_FEE_CENTS', 'deliveryFeeCents') ?? 499, 0, 100_000),
    freeDeliveryFrom: read.integer('FREE_DELIVERY_FROM_CENTS', once('FREE_DELIVERY_FROM_CENTS', 'freeDeliveryFromCents') ?? 3500, 0, 10_000_000),
    deliveryDays: read.integer('DELIVERY_DAYS', once('DELIVERY_DAYS', 'deliveryDays') ?? 2, 0, 30),
    maxQuantity: read.integer('MAX_QUANTITY', 99, 1, 999),
    supportPhone: read.text('SUPPORT_PHONE', once('SUPPORT_PHONE', 'supportPhone') ?? '1 800 555 0199'),
    supportHours: read.text('SUPPORT_HOURS', once('SUPPORT_HOURS', 'supportHours') ?? 'every day from 8 in the morning to 8 at night'),
    confirmationTtlMinutes: read.integer('CONFIRMATION_TTL_MINUTES', 10, 1, 60),
    cancelWindowMinutes: read.integer('CANCEL_WINDOW_MINUTES', 30, 0, 24 * 60),
    // the default support hours (every day 8 to 8), structured so each locale can say them; hours
    // set only as SUPPORT_HOURS text are said as that text
    openingHours: file.openingHours ?? (env.SUPPORT_HOURS?.trim() || file.supportHours ? undefined : [{ days: [...WEEK], opens: '08:00', closes: '20:00' }]),
  };
}

// — after the order: the fulfilment feed, Alexa notifications, reminders, the report —

const ALEXA_API_REGIONS: Record<string, string> = { na: 'https://api.amazonalexa.com', eu: 'https://api.eu.amazonalexa.com', fe: 'https://api.fe.amazonalexa.com' };

function afterOrderConfig(
  env: Env,
  read: {
    stage: string;
    local: boolean;
    secret: (name: string) => SecretSource | undefined;
    integer: (name: string, fallback: number, min?: number, max?: number) => number;
    url: (name: string) => URL | undefined;
    problems: string[];
  },
): AfterOrderConfig {
  const { secret, integer, url, problems, local } = read;
  const clientId = env.ALEXA_CLIENT_ID?.trim();
  // the secret's parameter name has a default in serverless.yml: it is read only once there is a client id
  const clientSecret = clientId ? secret('ALEXA_CLIENT_SECRET') : undefined;
  if (clientId && !clientSecret) problems.push("ALEXA_CLIENT_ID needs ALEXA_CLIENT_SECRET(_PARAMETER) (the skill's messaging credentials)");
  const region = env.ALEXA_EVENTS_API?.trim() || 'na';
  const apiBase = ALEXA_API_REGIONS[region] ?? url('ALEXA_EVENTS_API')?.toString();
  if (!apiBase) problems.push('ALEXA_EVENTS_API must be na, eu, fe or a URL');
  else if (!apiBase.startsWith('https:') && !local) problems.push('ALEXA_EVENTS_API must use https');
  const stage = env.ALEXA_EVENTS_STAGE?.trim() || 'development';
  if (stage !== 'development' && stage !== 'live') problems.push(`ALEXA_EVENTS_STAGE must be development or live, got "${stage}"`);
  const tokenUrl = url('LWA_TOKEN_URL')?.toString() ?? 'https://api.amazon.com/auth/o2/token';
  return {
    feedSecret: secret('FULFILMENT_SIGNING_SECRET'),
    feedSecretPrevious: secret('FULFILMENT_SIGNING_SECRET_PREVIOUS'),
    alexaNotifications: clientId && clientSecret && apiBase ? { clientId, clientSecret, apiBase, stage: stage === 'live' ? 'live' : 'development', tokenUrl } : undefined,
    notificationsDir: local ? env.ALEXA_NOTIFICATIONS_DIR?.trim() || undefined : undefined,
    cartReminderAfterMinutes: integer('CART_REMINDER_AFTER_MINUTES', 240, 1, 7 * 24 * 60),
    remindersEverySeconds: integer('REMINDERS_EVERY_SECONDS', 60, 0, 86_400),
    shopperHashSalt: env.SHOPPER_HASH_SALT?.trim() || `voice-shop/${read.stage}`,
  };
}

// — linking where the platform has none (device code) —

/**
 * DEVICE_AUTHORIZATION_URL turns device-code linking on; the token endpoint, the client and its
 * secret must come with it. Secrets follow the rest of the configuration: SSM parameter names
 * outside local mode.
 */
function deviceLinkingConfig(env: Env, local: boolean, problems: string[]): DeviceLinkingConfig | undefined {
  const url = (name: string, required = false): URL | undefined => {
    const raw = env[name]?.trim();
    if (!raw) {
      if (required) problems.push(`${name} is required with DEVICE_AUTHORIZATION_URL`);
      return undefined;
    }
    try {
      const parsed = new URL(raw);
      if (parsed.protocol !== 'https:' && !local) problems.push(`${name} must use https`);
      return parsed;
    } catch {
      problems.push(`${name} is not a URL: "${raw}"`);
      return undefined;
    }
  };
  const secret = (name: string, required: boolean): SecretSource | undefined => {
    const parameter = env[`${name}_PARAMETER`]?.trim();
    const value = env[name]?.trim();
    if (parameter && value) problems.push(`set ${name} or ${name}_PARAMETER, not both`);
    if (parameter) return { parameter };
    if (value) {
      if (!local) problems.push(`${name} may be a plain value only in local mode; use ${name}_PARAMETER (an SSM SecureString name)`);
      return { value };
    }
    if (required) problems.push(`${name}(_PARAMETER) is required with DEVICE_AUTHORIZATION_URL`);
    return undefined;
  };
  const deviceAuthorizationEndpoint = url('DEVICE_AUTHORIZATION_URL');
  if (!deviceAuthorizationEndpoint) return undefined;
  const resource = env.LINK_RESOURCE?.trim();
  const audience = env.LINK_AUDIENCE?.trim();
  if (resource && audience) problems.push('set LINK_RESOURCE (RFC 8707) or LINK_AUDIENCE (Auth0), not both');
  const clientId = env.LINK_CLIENT_ID?.trim();
  if (!clientId) problems.push('LINK_CLIENT_ID is required with DEVICE_AUTHORIZATION_URL');
  const verification = url('LINK_VERIFICATION_URL');
  const tokenKey = secret('DEVICE_LINK_TOKEN_KEY', !local);
  if (tokenKey && 'value' in tokenKey && Buffer.from(tokenKey.value, 'base64').length !== 32) problems.push('DEVICE_LINK_TOKEN_KEY must be 32 random bytes, base64');
  return {
    deviceAuthorizationEndpoint,
    tokenEndpoint: url('OAUTH_TOKEN_URL', true) ?? deviceAuthorizationEndpoint,
    revocationEndpoint: url('OAUTH_REVOCATION_URL'),
    clientId: clientId ?? '',
    clientSecret: secret('LINK_CLIENT_SECRET', true) ?? { value: '' },
    scope: env.LINK_SCOPE?.trim() || 'offline_access',
    ...(resource ? { audience: { parameter: 'resource' as const, value: resource } } : audience ? { audience: { parameter: 'audience' as const, value: audience } } : {}),
    ...(verification ? { verificationUri: verification.toString() } : {}),
    ...(tokenKey ? { tokenKey } : {}),
  };
}
