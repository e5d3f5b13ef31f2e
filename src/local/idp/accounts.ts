/**
 * The local identity provider's accounts: the demo customers (src/infra/demo/demo-customers.json),
 * each signing in with its email and the one demo password. The account id is the customer id,
 * which becomes the `sub` of every token and so the customer the shop finds behind it.
 */
import { timingSafeEqual } from 'node:crypto';
import demoCustomers from '../../infra/demo/demo-customers.json';
import { DEMO_PASSWORD } from './settings';

export interface IdpAccount {
  accountId: string;
  name: string;
  email: string;
}

const ACCOUNTS: readonly IdpAccount[] = (demoCustomers as Array<{ customerId: string; name: string; email: string }>).map((c) => ({
  accountId: c.customerId,
  name: c.name,
  email: c.email,
}));

export function demoAccounts(): readonly IdpAccount[] {
  return ACCOUNTS;
}

export function findAccount(accountId: string): IdpAccount | undefined {
  return ACCOUNTS.find((a) => a.accountId === accountId);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The account behind an email and password, or undefined (the page then says both were not recognised). */
export function checkLogin(email: string, password: string): IdpAccount | undefined {
  const account = ACCOUNTS.find((a) => a.email.toLowerCase() === email.trim().toLowerCase());
  // The password is compared even when no account matched, so a wrong email takes as long as a wrong password.
  const passwordRight = sameText(password, DEMO_PASSWORD);
  return account && passwordRight ? account : undefined;
}
