export { Shop } from './shop';
export type { ShopDeps } from './context';
export { IntentName, SlotName, isIntentName } from './intents';
export type { Turn, Reply, Card, SlotValue, Platform, DynamicEntities, DynamicEntityValue } from './turn';
export type { Product } from './product';
export type { Cart, CartLine } from './cart';
export type { Order, Customer, Address } from './order';
export { OrderState, OrderSource } from './order';
export type { ShopPolicy } from './pricing';
export type { DialogState } from './dialog-state';
export {
  CartVersionConflictError,
  CustomerNotFoundError,
  IdempotencyKeyReuseError,
  OrderAlreadyExistsError,
  OrderStateConflictError,
  PaymentDeclinedError,
  PaymentUnavailableError,
  StoreUnavailableError,
} from './errors';
