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
    orders: new DynamoOrderStore({ doc, tableName: config.tables.orders }),
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
  return { config, shop: new Shop(deps), deps, logger, dynamo, alexaSkillId: config.alexaSkillId, alexaVerifier, webhookAuth, pendingOrders, metrics };
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
      await cached?.then((runtime) => runtime.metrics.flush(), () => undefined);
    }
  };
}
