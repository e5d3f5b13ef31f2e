import type { ShopperNotice } from '../../core/fulfilment-notices';
import type { Customer } from '../../core/order';
import type { Email } from './order-email';

const day = (iso: string) => new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

/** The email for an order update, a cart reminder or a back-in-stock notice. */
export function shopperNoticeEmail(notice: ShopperNotice, customer: Customer): Email {
  const hello = `Hello ${customer.name},`;
  if (notice.kind === 'cart-reminder') {
    return {
      to: customer.email,
      subject: `You left ${notice.items.length === 1 ? 'something' : `${notice.items.length} items`} in your ${notice.sellerName} cart`,
      text: [
        hello,
        '',
        `You asked us to remind you: your cart at ${notice.sellerName} still holds`,
        ...notice.items.map((l) => `  ${l.quantity} × ${l.name}`),
        ...(notice.promotion ? ['', notice.promotion] : []),
        '',
        `Say "Alexa, open ${notice.sellerName.toLowerCase()}" and "check out" to order them. We won't remind you about this cart again.`,
        'To stop reminders, say "stop reminding me".',
      ].join('\n'),
    };
  }
  if (notice.kind === 'back-in-stock') {
    return {
      to: customer.email,
      subject: `${notice.productName} is back in stock`,
      text: [hello, '', `${notice.productName} is back in stock at ${notice.sellerName}, as you asked us to tell you.`, '', 'To stop reminders, say "stop reminding me".'].join(
        '\n',
      ),
    };
  }
  const items = notice.items.slice(0, 3).join(', ') + (notice.items.length > 3 ? ` and ${notice.items.length - 3} more` : '');
  const tracking = notice.carrier && notice.trackingNumber ? `${notice.carrier}, tracking number ${notice.trackingNumber}` : notice.carrier;
  const when = notice.expectedDelivery ? ` It should arrive ${day(notice.expectedDelivery)}.` : '';
  const line =
    notice.update === 'shipped'
      ? `Your order ${notice.orderNumber} (${items}) has shipped${tracking ? ` with ${tracking}` : ''}.${when}`
      : notice.update === 'out-for-delivery'
        ? `Your order ${notice.orderNumber} (${items}) is out for delivery today.`
        : notice.update === 'delivered'
          ? `Your order ${notice.orderNumber} (${items}) was delivered${notice.deliveredAt ? ` ${day(notice.deliveredAt)}` : ''}.`
          : `Your order ${notice.orderNumber} (${items}) is running late${notice.delayReason ? `: ${notice.delayReason}` : ''}.${when}`;
  const subject =
    notice.update === 'shipped'
      ? `Order ${notice.orderNumber} has shipped`
      : notice.update === 'out-for-delivery'
        ? `Order ${notice.orderNumber} is out for delivery`
        : notice.update === 'delivered'
          ? `Order ${notice.orderNumber} was delivered`
          : `Order ${notice.orderNumber} is running late`;
  return { to: customer.email, subject, text: [hello, '', line, '', `Ask ${notice.sellerName} "where is my order" for the latest.`].join('\n') };
}
