/** The order emails: every amount said adds up to the total charged, a discount included. */
import { OrderSource, OrderState, type Customer, type Order } from '../../../src/core';
import { orderSettledEmail } from '../../../src/infra/notify/order-email';

const customer: Customer = {
  customerId: 'cust-mail',
  name: 'Mail Shopper',
  email: 'mail@example.com',
  address: { line1: '9 Post Road', city: 'Albany', region: 'NY', postalCode: '12207', country: 'US' },
  paymentMethodRef: 'pm_sandbox_visa',
};

function placed(overrides: Partial<Order> = {}): Order {
  return {
    orderId: 'ord_mail',
    orderNumber: '44400044',
    customerId: customer.customerId,
    userKey: 'alexa:mail',
    state: OrderState.Placed,
    source: OrderSource.Cart,
    lines: [{ sku: 'SKU-1', name: 'Coffee', quantity: 2, unitPrice: 1000 }],
    subtotal: 2000,
    tax: 149,
    deliveryFee: 499,
    total: 2448,
    discount: 200,
    currency: 'USD',
    quoteHash: 'h',
    sellerName: 'Corner Shop',
    address: customer.address,
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    deliveryDate: '2026-12-03T10:00:00Z',
    ...overrides,
  };
}

const amounts = (text: string) => [...text.matchAll(/(-?)\$(\d+\.\d\d)/g)].map(([, minus, n]) => Math.round(Number(n) * 100) * (minus ? -1 : 1));

describe('The placed-order email', () => {
  it('names the discount, so subtotal, discount, tax and delivery add up to the total charged', () => {
    const { text } = orderSettledEmail({ outcome: 'placed', order: placed(), customer });
    expect(text).toMatch(/Subtotal \$20\.00, discount -\$2\.00, tax \$1\.49, delivery \$4\.99/);
    const summary = text.split('\n').find((l) => l.includes('Subtotal'))!;
    const [subtotal, discount, tax, delivery] = amounts(summary);
    expect(subtotal + discount + tax + delivery).toBe(2448);
    expect(text).toMatch(/Total charged: \$24\.48/);
  });

  it('says no discount where none applied', () => {
    const { text } = orderSettledEmail({ outcome: 'placed', order: placed({ discount: undefined, total: 2648, tax: 165 }), customer });
    expect(text).not.toMatch(/discount/);
  });
});
