import { loadConfig, type Config, type SecretSource, type WebhookAuthSettings } from './config';
import type { WebhookAuthConfig } from './infra/auth/webhook-auth';
import { paymentTimeoutMs } from './core/budget';
import { Shop } from './core/shop';
import type { ShopDeps } from './core/context';
import { IndexedCatalog } from './infra/catalog/indexed-catalog';
import { readIndexArtifact } from './infra/catalog/index-artifact';
import { OutboxNotifier, SesEmailNotifier, UnsentNotifier } from './infra/notify/notifiers';
import { JwtAccessTokenVerifier } from './infra/auth/access-token';
import { AlexaRequestVerifier } from './infra/auth/alexa-signature';
import { CredentialWebhookAuthenticator } from './infra/auth/webhook-authenticator';
import { OAuthTokenIntrospection } from './infra/auth/introspection';
import { createDynamoClients, type DynamoClients } from './infra/dynamodb/client';
import { DynamoProductSource } from './infra/dynamodb/products';
import { DynamoCartStore, DynamoCustomerStore, DynamoDialogStateStore, DynamoOrderStore } from './infra/dynamodb/stores';
import { DynamoVoiceSecurityStore } from './infra/dynamodb/voice-security';
import { DynamoPendingOrders } from './infra/dynamodb/pending-orders';
import { DynamoAccountLinkStore } from './infra/dynamodb/links';
import { DynamoCoPurchases } from './infra/dynamodb/co-purchases';
import { DynamoPromotionStore } from './infra/dynamodb/promotions';
import { DynamoReviewStore } from './infra/dynamodb/reviews';
import { DynamoSavedListStore } from './infra/dynamodb/saved-lists';
import type { PendingOrderFinder } from './ports/reconcile';
import { RandomIds, systemClock } from './infra/ids';
import { PowertoolsJsonLogger } from './infra/logging/powertools-logger';
import { createShopMetrics, type EmfMetrics } from './infra/metrics';
import { SandboxPaymentGateway } from './infra/payment/sandbox';
import { StripePaymentGateway } from './infra/payment/stripe';
import { ssmParameter } from './infra/secrets';
import type { AlexaSignatureCheck, WebhookAuthenticator } from './ports/inbound-auth';
import type { PaymentGateway } from './ports/payments';
import type { Clock, IdGenerator, Logger } from './ports/runtime';
// — after the order —
import type { FulfilmentFeedDeps } from './core/flows/fulfilment';
import { DEFAULT_AFTER_ORDER } from './core/fulfilment-notices';
import type { FulfilmentFeedAuthenticator } from './ports/fulfilment';
import { FolderAlexaNotifications } from './infra/alexa-notifications/local-notifications';
import { LwaTokenSource } from './infra/alexa-notifications/lwa-token';
import { ProactiveEventsSender } from './infra/alexa-notifications/proactive-events';
import { DynamoFeedbackStore } from './infra/feedback/dynamo-feedback';
import { DynamoFulfilmentEventLog, DynamoFulfilmentOrders } from './infra/fulfilment/dynamo-fulfilment';
import { HmacFeedAuthenticator } from './infra/fulfilment/hmac-signature';
import { DynamoAlexaAudiences, DynamoOutbox, DynamoReminderStore } from './infra/reminders/dynamo-reminders';
import type { DynamoHttpClient } from './infra/dynamodb/http-client';
import { withRevenueMetrics } from './infra/metrics/observed-orders';
import { OAuthDeviceClient } from './infra/auth/oauth-device-client';
import { TokenSealer } from './infra/auth/token-sealer';
import { DynamoDeviceLinkStore } from './infra/dynamodb/device-links';

/** The composed application: one per cold start. */
export interface Runtime {
  config: Config;
  shop: Shop;
  deps: ShopDeps;
  logger: Logger;
  dynamo: DynamoClients;
  alexaSkillId?: string;
  /** Alexa request signatures, for the HTTPS endpoints; tests swap in one that trusts a test root */
  alexaVerifier: AlexaSignatureCheck;
  /** checks Dialogflow webhook credentials (resolved from SSM on first use); undefined = open (local only) */
  webhookAuth?: WebhookAuthenticator;
  /** PENDING orders, for reconciliation */
  pendingOrders: PendingOrderFinder;
  /** the same object as deps.metrics, with the flush each Lambda invocation ends with */
  metrics: EmfMetrics;
  // — after the order —
  /** checks the fulfilment feed's signatures */
  fulfilmentAuth: FulfilmentFeedAuthenticator;
  /** the shop as the fulfilment feed sees it: deps plus the feed's event log and order write */
  feed: FulfilmentFeedDeps;
}

/** Replacements for tests and local tools; production passes none. */
export interface RuntimeOverrides {
  payments?: PaymentGateway;
  clock?: Clock;
  ids?: IdGenerator;
  /** where log lines go (tests capture them) */
  logWrite?: (line: string) => void;
  alexaVerifier?: AlexaSignatureCheck;
}

/** The composition root: config in, real ports wired to the core. */
export function createRuntime(config: Config, overrides: RuntimeOverrides = {}): Runtime {
  const logger = PowertoolsJsonLogger.create({ level: config.logLevel, service: 'voice-shop', base: { stage: config.stage }, write: overrides.logWrite });
  const dynamo = createDynamoClients({ region: config.region, endpoint: config.dynamodbEndpoint, credentials: config.awsCredentials });
  const { doc } = dynamo;
  const clock = overrides.clock ?? systemClock;
  const metrics = createShopMetrics({
    ...config.metrics,
    shopperHashSalt: config.afterOrder.shopperHashSalt,
    clock,
    onError: (error) => logger.warn('metrics could not be written', { error: `${(error as Error)?.name}: ${(error as Error)?.message}` }),
  });
  const payments =
    overrides.payments ??
    (config.payment.provider === 'stripe'
      ? new StripePaymentGateway({
          secretKey: ssmParameter(config.payment.secretParameter, config.region),
          // never longer than a turn can wait; the core also cuts each charge to the turn's time left
          timeoutMs: Math.min(config.payment.timeoutMs, paymentTimeoutMs(config.turnBudget)),
          apiBase: config.payment.apiBase,
        })
      : new SandboxPaymentGateway({
          doc,
          tableName: config.tables.sandboxPayments,
          delayMs: config.payment.delayMs,
          mode: config.payment.mode,
          settleAfterMs: config.payment.settleAfterMs,
        }));
  const deps: ShopDeps = {
    catalog: new IndexedCatalog({
      source: new DynamoProductSource({ doc, tableName: config.tables.products }),
      clock,
      index: config.searchIndexPath ? readIndexArtifact(config.searchIndexPath) : undefined,
    }),
    carts: new DynamoCartStore({ doc, tableName: config.tables.carts }),
    // — after the order: revenue counted as orders are placed —
    orders: withRevenueMetrics(new DynamoOrderStore({ doc, tableName: config.tables.orders }), metrics),
    customers: new DynamoCustomerStore({ doc, tableName: config.tables.customers }),
    dialogState: new DynamoDialogStateStore({ doc, tableName: config.tables.dialogState }),
    payments,
    tokens: new JwtAccessTokenVerifier({ ...config.auth, jwks: config.auth.localJwks, logger }),
    introspection:
      config.introspection &&
      new OAuthTokenIntrospection({
        endpoint: config.introspection.endpoint,
        clientId: config.introspection.clientId,
        clientSecret: secretValue(config.introspection.clientSecret, config.region),
        timeoutMs: config.introspection.timeoutMs,
      }),
    voiceSecurity: new DynamoVoiceSecurityStore({ doc, tableName: config.tables.customers }),
    safeguards: config.safeguards,
    budget: config.turnBudget,
    links: new DynamoAccountLinkStore({ doc, tableName: config.tables.accountLinks }),
    notifier: config.email.sesFrom
      ? new SesEmailNotifier({ from: config.email.sesFrom, region: config.region, endpoint: config.email.sesEndpoint })
      : config.email.outboxDir
        ? new OutboxNotifier(config.email.outboxDir)
        : new UnsentNotifier(logger),
    clock,
    ids: overrides.ids ?? new RandomIds(),
    logger,
    metrics,
    policy: config.policy,
    // — after the order —
    ...afterOrderDeps(config, doc, logger),
    // — linking where the platform has none (device code) —
    ...deviceLinkingDeps(config, dynamo.doc),
    // — deciding: reviews, promotions, saved for later, bought together (decide) —
    reviews: new DynamoReviewStore({ doc, tableName: config.tables.reviews }),
    promotions: new DynamoPromotionStore({ doc, tableName: config.tables.promotions }),
    savedLists: new DynamoSavedListStore({ doc, tableName: config.tables.savedLists }),
    coPurchases: new DynamoCoPurchases({ doc, tableName: config.tables.orders, clock }),
  };
  // One verifier per process, so its certificate cache outlives a request.
  const alexaVerifier = overrides.alexaVerifier ?? new AlexaRequestVerifier();
  const webhookAuth = config.webhookAuth && new CredentialWebhookAuthenticator({ credentials: webhookCredentials(config.webhookAuth, config.region) });
  const pendingOrders = new DynamoPendingOrders({ doc, tableName: config.tables.orders });
  // — after the order —
  // the same object as deps, so whatever replaces a dependency later (a reloaded catalog, a test's clock) holds for the feed too
  const feed: FulfilmentFeedDeps = Object.assign(deps, {
    fulfilmentEvents: new DynamoFulfilmentEventLog({ doc, tableName: config.tables.fulfilmentEvents }),
    fulfilmentOrders: new DynamoFulfilmentOrders({ doc, tableName: config.tables.orders }),
  });
  const fulfilmentAuth = new HmacFeedAuthenticator({ clock, secrets: feedSecrets(config, config.region) });
  return { config, shop: new Shop(deps), deps, logger, dynamo, alexaSkillId: config.alexaSkillId, alexaVerifier, webhookAuth, pendingOrders, metrics, fulfilmentAuth, feed };
}

function secretValue(source: SecretSource, region: string): () => Promise<string> {
  return 'value' in source ? () => Promise.resolve(source.value) : ssmParameter(source.parameter, region);
}

/** Resolves the configured webhook secrets once (SSM is read on the first call, then cached). */
function webhookCredentials(settings: WebhookAuthSettings, region: string): () => Promise<WebhookAuthConfig> {
  const password = settings.basic && secretValue(settings.basic.password, region);
  const headerSecret = settings.header && secretValue(settings.header.secret, region);
  return async () => ({
    ...(settings.basic && password ? { basic: { username: settings.basic.username, password: await password() } } : {}),
    ...(settings.header && headerSecret ? { header: { name: settings.header.name, value: await headerSecret() } } : {}),
  });
}

let cached: Promise<Runtime> | undefined;

/** The runtime for this process, built from the environment on first use. */
export function runtimeFromEnvironment(): Promise<Runtime> {
  cached ??= Promise.resolve().then(() => createRuntime(loadConfig()));
  // A broken configuration is reported on every request, not cached as a broken runtime forever.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

/**
 * A Lambda handler that writes the invocation's metrics before it returns or throws: Lambda may
 * freeze the process as soon as the handler settles, so nothing can be left for later.
 */
export function flushingMetrics<Args extends unknown[], Result>(handler: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return async (...args) => {
    try {
      return await handler(...args);
    } finally {
      // a runtime that never got built recorded nothing
      await cached?.then(
        (runtime) => runtime.metrics.flush(),
        () => undefined,
      );
    }
  };
}

// — after the order: notifications, reminders, feedback, the fulfilment feed's secret —

/** The ports the shop uses after an order, from the configuration. */
function afterOrderDeps(config: Config, doc: DynamoHttpClient, logger: Logger): Partial<ShopDeps> {
  const { afterOrder, tables, region } = config;
  const remindersTable = { doc, tableName: tables.reminders };
  const clock = systemClock;
  const alexa = afterOrder.alexaNotifications;
  const alexaNotifications = alexa
    ? new ProactiveEventsSender({
        tokens: new LwaTokenSource({ clientId: alexa.clientId, clientSecret: secretValue(alexa.clientSecret, region), tokenUrl: alexa.tokenUrl, clock }),
        apiBase: alexa.apiBase,
        stage: alexa.stage,
      })
    : afterOrder.notificationsDir
      ? new FolderAlexaNotifications(afterOrder.notificationsDir)
      : undefined;
  if (!alexaNotifications) logger.debug('no Alexa notification channel configured; order updates and reminders go by email only');
  return {
    alexaNotifications,
    alexaAudiences: new DynamoAlexaAudiences(remindersTable),
    outbox: new DynamoOutbox(remindersTable),
    reminders: new DynamoReminderStore(remindersTable),
    feedback: new DynamoFeedbackStore({ doc, tableName: tables.feedback }),
    afterOrder: { ...DEFAULT_AFTER_ORDER, cartReminderAfterMinutes: afterOrder.cartReminderAfterMinutes },
  };
}

/** The feed's secret, and the previous one while rotating; loaded once (SSM in AWS). */
function feedSecrets(config: Config, region: string): () => Promise<readonly string[]> {
  const sources = [config.afterOrder.feedSecret, config.afterOrder.feedSecretPrevious].flatMap((s) => (s ? [secretValue(s, region)] : []));
  return async () => Promise.all(sources.map((load) => load()));
}
// — linking where the platform has none (device code) —

/** The shop's own OAuth client and the table of links it holds, when device-code linking is configured. */
function deviceLinkingDeps(config: Config, doc: DynamoClients['doc']): Pick<ShopDeps, 'identityProvider' | 'deviceLinks'> {
  const linking = config.deviceLinking;
  if (!linking) return {};
  const key = linking.tokenKey && secretValue(linking.tokenKey, config.region);
  let sealer: Promise<TokenSealer> | undefined;
  return {
    identityProvider: new OAuthDeviceClient({
      deviceAuthorizationEndpoint: linking.deviceAuthorizationEndpoint,
      tokenEndpoint: linking.tokenEndpoint,
      revocationEndpoint: linking.revocationEndpoint,
      clientId: linking.clientId,
      clientSecret: secretValue(linking.clientSecret, config.region),
      scope: linking.scope,
      audience: linking.audience,
      verificationUri: linking.verificationUri,
    }),
    deviceLinks: new DynamoDeviceLinkStore({
      doc,
      tableName: config.tables.deviceLinks,
      // the key is read (from SSM in AWS) on the first link, not at cold start
      sealer: key
        ? () =>
            (sealer ??= key()
              .then((k) => TokenSealer.fromBase64(k))
              .catch((err: unknown) => {
                sealer = undefined;
                throw err;
              }))
        : undefined,
    }),
  };
}
