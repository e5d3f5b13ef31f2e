import type { ShopperUpdate } from './fulfilment';

/**
 * What the shop tells a shopper on its own, outside a conversation: an order update from the
 * fulfilment feed, the one reminder about a cart left behind, a product back in stock. Each goes
 * by email and, where the shopper allowed it, as an Alexa notification (src/ports/notifications.ts).
 */
export type ShopperNotice = OrderUpdateNotice | CartReminderNotice | BackInStockNotice;

export interface OrderUpdateNotice {
  kind: 'order-update';
  update: ShopperUpdate;
  orderId: string;
  orderNumber: string;
  sellerName: string;
  /** the order's product names, first ones first */
  items: string[];
  carrier?: string;
  trackingNumber?: string;
  /** ISO time: when it should arrive now */
  expectedDelivery?: string;
  deliveredAt?: string;
  delayReason?: string;
}

export interface CartReminderNotice {
  kind: 'cart-reminder';
  /** the cart as it was left (`<userKey>@<version>`): one reminder per cart left behind */
  cartRef: string;
  sellerName: string;
  /** "2 × Brightfield Paper Towels" lines, as many as the cart holds */
  items: Array<{ name: string; quantity: number }>;
  /**
   * A promotion that applies to the cart, in the shop's words. Promotions do not exist yet:
   * the Promotions port (src/ports/reminders.ts) is where one will come from.
   */
  promotion?: string;
}

export interface BackInStockNotice {
  kind: 'back-in-stock';
  sellerName: string;
  sku: string;
  productName: string;
}

/** A stable id for one notice to one shopper on one channel: enqueueing it twice sends it once. */
export function noticeKey(notice: ShopperNotice, customerId: string): string {
  switch (notice.kind) {
    case 'order-update':
      return `order:${notice.orderId}:${notice.update}:${notice.expectedDelivery ?? ''}`;
    case 'back-in-stock':
      return `stock:${notice.sku}:${customerId}`;
    case 'cart-reminder':
      return `cart:${customerId}:${notice.cartRef}`;
  }
}

/** How the shop follows up after an order: reminders and their timing. */
export interface AfterOrderSettings {
  /** a cart left this long, unchanged and with items, gets its one reminder */
  cartReminderAfterMinutes: number;
}

export const DEFAULT_AFTER_ORDER: AfterOrderSettings = { cartReminderAfterMinutes: 240 };
