import { OrderSource, OrderState, type Order } from '../../src/core';
import type { Harness } from './harness';

/** An order a turn left PENDING (its yes recorded) `confirmedSecondsAgo` ago, for reconciliation tests. */
export function pendingOrder(id: string, confirmedSecondsAgo: number, customerId = 'cust-demo-1', orderNumber = '55500011'): Order {
  const at = new Date(Date.now() - confirmedSecondsAgo * 1000).toISOString();
  return {
    orderId: id,
    orderNumber,
    customerId,
    userKey: 'alexa:reconcile-user',
    state: OrderState.Pending,
    source: OrderSource.Direct,
    lines: [{ sku: 'SKU-10001', name: 'Paper towels', quantity: 1, unitPrice: 899 }],
    subtotal: 899,
    tax: 74,
    deliveryFee: 499,
    total: 1472,
    currency: 'USD',
    quoteHash: 'test',
    sellerName: 'Corner Shop',
    address: { line1: '1 Test Way', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
    createdAt: at,
    updatedAt: at,
    confirmedAt: at,
    paymentMethodRef: 'pm_sandbox_visa',
  };
}

/**
 * What a turn that died after its charge left behind: the order PENDING, its charge at the
 * (sandbox) provider, whose ledger is in the same store.
 */
export async function chargedThenLeft(h: Harness, order: Order, card = order.paymentMethodRef ?? 'pm_sandbox_visa'): Promise<void> {
  await h.runtime.deps.orders.create({ ...order, paymentMethodRef: card });
  await h.runtime.deps.payments
    .charge({
      customerId: order.customerId,
      paymentMethodRef: card,
      amount: order.total,
      currency: order.currency,
      idempotencyKey: order.orderId,
      orderNumber: order.orderNumber,
      description: `Order ${order.orderNumber}`,
    })
    .catch(() => undefined);
}
