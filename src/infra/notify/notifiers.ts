import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { CustomerNotifier, SettledOrderNotice } from '../../ports/notifications';
import type { Logger } from '../../ports/runtime';
import { orderSettledEmail, type Email } from './order-email';
import type { ShopperNotice } from '../../core/fulfilment-notices';
import type { Customer } from '../../core/order';
import { shopperNoticeEmail } from './shopper-notice-email';

export interface SesNotifierOptions {
  from: string;
  region: string;
  /** a loopback stand-in in tests; unset in AWS */
  endpoint?: string;
  client?: SESv2Client;
}

/** Sends order emails through Amazon SES (v2 API); the SES client loads on the first email, not at cold start. */
export class SesEmailNotifier implements CustomerNotifier {
  private ses?: Promise<{ client: SESv2Client; SendEmailCommand: typeof import('@aws-sdk/client-sesv2').SendEmailCommand }>;

  constructor(private readonly options: SesNotifierOptions) {}

  private sesClient() {
    this.ses ??= import('@aws-sdk/client-sesv2').then(({ SESv2Client: Client, SendEmailCommand }) => ({
      SendEmailCommand,
      client:
        this.options.client ??
        new Client({
          region: this.options.region,
          endpoint: this.options.endpoint,
          ...(this.options.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
        }),
    }));
    return this.ses;
  }

  async orderSettled(notice: SettledOrderNotice): Promise<void> {
    const email = orderSettledEmail(notice);
    const { client, SendEmailCommand } = await this.sesClient();
    await client.send(
      new SendEmailCommand({
        FromEmailAddress: this.options.from,
        Destination: { ToAddresses: [email.to] },
        Content: { Simple: { Subject: { Data: email.subject, Charset: 'UTF-8' }, Body: { Text: { Data: email.text, Charset: 'UTF-8' } } } },
        // SES tags let a sent email be traced back to its order without reading its contents.
        EmailTags: [{ Name: 'orderId', Value: notice.order.orderId.replace(/[^\w-]/g, '_') }],
      }),
    );
  }
  // — after the order: order updates and reminders —
  async shopperNotice(notice: ShopperNotice, customer: Customer): Promise<void> {
    const email: Email = shopperNoticeEmail(notice, customer);
    const { client, SendEmailCommand } = await this.sesClient();
    const tag = notice.kind === 'order-update' ? notice.orderId : notice.kind;
    await client.send(
      new SendEmailCommand({
        FromEmailAddress: this.options.from,
        Destination: { ToAddresses: [email.to] },
        Content: { Simple: { Subject: { Data: email.subject, Charset: 'UTF-8' }, Body: { Text: { Data: email.text, Charset: 'UTF-8' } } } },
        EmailTags: [{ Name: 'notice', Value: tag.replace(/[^\w-]/g, '_') }],
      }),
    );
  }
}

/** Local mode: emails land as files in a folder instead of a mailbox. */
export class OutboxNotifier implements CustomerNotifier {
  constructor(private readonly dir: string) {}

  async orderSettled(notice: SettledOrderNotice): Promise<void> {
    const email = orderSettledEmail(notice);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${notice.order.orderId}-${notice.outcome}.eml`), `To: ${email.to}\nSubject: ${email.subject}\n\n${email.text}\n`);
  }
  // — after the order: order updates and reminders, one file each —
  async shopperNotice(notice: ShopperNotice, customer: Customer): Promise<void> {
    const email = shopperNoticeEmail(notice, customer);
    const name =
      notice.kind === 'order-update'
        ? `${notice.orderId}-${notice.update}`
        : notice.kind === 'back-in-stock'
          ? `stock-${notice.sku}-${customer.customerId}`
          : `cart-${customer.customerId}`;
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${name.replace(/[^\w.-]/g, '_')}.eml`), `To: ${email.to}\nSubject: ${email.subject}\n\n${email.text}\n`);
  }
}

/** No email channel is configured, so an owed order email cannot go out. */
export class NoEmailChannelError extends Error {
  constructor() {
    super('no email channel configured (ORDER_EMAIL_FROM or EMAIL_OUTBOX_DIR)');
    this.name = 'NoEmailChannelError';
  }
}

/**
 * No email channel configured: the notice is logged by order id (never its contents) and
 * refused, so the order stays in the queue of owed emails until a channel exists.
 */
export class UnsentNotifier implements CustomerNotifier {
  constructor(private readonly logger: Logger) {}

  async orderSettled({ order, outcome }: SettledOrderNotice): Promise<void> {
    this.logger.warn('order email not sent: no email channel configured', { orderId: order.orderId, outcome });
    throw new NoEmailChannelError();
  }
}
