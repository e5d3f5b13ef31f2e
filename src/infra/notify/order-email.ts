import type { SettledOrderNotice } from '../../ports/notifications';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

const money = (amount: number, currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount / 100);

/** The email that follows a settled order: what was charged, or that nothing was. */
export function orderSettledEmail({ outcome, order, customer }: SettledOrderNotice): Email {
  const lines = order.lines.map((l) => `  ${l.quantity} × ${l.name}  ${money(l.unitPrice * l.quantity, order.currency)}`);
  if (outcome === 'placed') {
    const arrives = order.deliveryDate
      ? new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(order.deliveryDate))
      : 'soon';
    return {
      to: customer.email,
      subject: `Order ${order.orderNumber} is placed`,
      text: [
        `Hello ${customer.name},`,
        '',
        `Your order ${order.orderNumber} from ${order.sellerName} is placed and arrives ${arrives}.`,
        '',
        ...lines,
        // every amount the total is made of, the discount included, so the lines add up to it
        `  Subtotal ${money(order.subtotal, order.currency)}${order.discount ? `, discount -${money(order.discount, order.currency)}` : ''}, tax ${money(order.tax, order.currency)}, delivery ${money(order.deliveryFee, order.currency)}`,
        `  Total charged: ${money(order.total, order.currency)}`,
        '',
        `Delivering to ${order.address.line1}, ${order.address.city}.`,
      ].join('\n'),
    };
  }
  if (outcome === 'refunded') {
    return {
      to: customer.email,
      subject: `Order ${order.orderNumber} is cancelled`,
      text: [
        `Hello ${customer.name},`,
        '',
        order.cancelReason === 'shop-cancelled'
          ? `We're sorry: we had to cancel your order ${order.orderNumber} from ${order.sellerName}${order.shopCancelReason ? ` (${order.shopCancelReason})` : ''}.`
          : `Your order ${order.orderNumber} from ${order.sellerName} is cancelled, as you asked.`,
        '',
        ...lines,
        '',
        `${money(order.total, order.currency)} ${order.refundState === 'succeeded' ? 'has been refunded' : 'is being refunded'} to the card you paid with; your bank may take 5 to 10 business days to show it.`,
      ].join('\n'),
    };
  }
  const why =
    outcome === 'cancelled'
      ? `We could not confirm your payment for order ${order.orderNumber} from ${order.sellerName} in time, so the order was not placed and nothing was charged.`
      : order.declineCode
        ? `Your payment for order ${order.orderNumber} from ${order.sellerName} was declined, so the order was not placed and nothing was charged.`
        : `We could not charge your saved payment method for order ${order.orderNumber} from ${order.sellerName}, so the order was not placed and nothing was charged.`;
  return {
    to: customer.email,
    subject: `Order ${order.orderNumber} was not placed`,
    text: [
      `Hello ${customer.name},`,
      '',
      why,
      '',
      ...lines,
      '',
      outcome === 'cancelled'
        ? order.source === 'cart'
          ? 'Your items are still in your cart: you can order them again by voice.'
          : 'You can order them again by voice.'
        : 'You can update your payment method in the app and order again by voice.',
    ].join('\n'),
  };
}
