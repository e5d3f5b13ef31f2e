/**
 * Moving around a conversation: what was said last ("repeat that"), the list before this one
 * ("go back"), thanks that keep the shop listening, and "never mind" that drops the current
 * question but stays.
 */
import type { TurnContext } from '../context';
import { PAGE_SIZE, type DialogState, type ListContext } from '../dialog-state';
import { IntentName, SlotName } from '../intents';
import type { Product } from '../product';
import type { Reply, Turn } from '../turn';
import { listItem } from './products';
import { cancelPending } from './purchase';

/** Long enough for any reply the shop gives; a stored reply never grows the state without bound. */
const MAX_KEPT = 600;

/** The request a bare answer turned into (SelectIntent → AddToCart), so the next turn knows what was done. */
const effective = new WeakMap<object, { intent: string; slots: Turn['slots'] }>();

/** Records that this turn was answered as `intent` with `slots` (a bare answer that became an add, say). */
export function answeredAs(ctx: TurnContext, intent: string, slots: Turn['slots']): void {
  effective.set(ctx.turn, { intent, slots });
}

/** The intent this turn was answered as. */
export function intentOf(ctx: TurnContext): string {
  return effective.get(ctx.turn)?.intent ?? ctx.turn.intent;
}

function sameList(a: ListContext, b: ListContext): boolean {
  return a.kind === b.kind && a.query === b.query && a.skus.length === b.skus.length && a.skus[0] === b.skus[0] && a.skus.at(-1) === b.skus.at(-1);
}

const cut = (text: string) => (text.length > MAX_KEPT ? text.slice(0, MAX_KEPT) : text);

/**
 * Called once per turn with the reply about to be sent: keeps it for "repeat that", and the list
 * it replaced for "go back". A repeat keeps what it repeated.
 */
export function remember(ctx: TurnContext, reply: Reply, listBefore: ListContext | undefined): void {
  const { state } = ctx;
  const intent = intentOf(ctx);
  if (intent !== IntentName.DeleteMyData) state.deleteAsked = undefined;
  // a past order read this turn can be followed up next turn ("the one before that"), no later
  state.orderRead = state.orderRead?.thisTurn ? { index: state.orderRead.index } : undefined;
  if (listBefore && (!state.list || !sameList(listBefore, state.list))) state.previousList = listBefore;
  if (ctx.turn.intent === IntentName.Repeat || reply.endSession || reply.speech === '') return;
  const slots: Record<string, { value: string; id?: string }> = {};
  for (const [name, slot] of Object.entries(effective.get(ctx.turn)?.slots ?? ctx.turn.slots))
    if (slot) slots[name] = slot.id === undefined ? { value: slot.value.slice(0, 100) } : { value: slot.value.slice(0, 100), id: slot.id };
  state.heard = {
    speech: cut(reply.speech),
    ...(reply.reprompt ? { reprompt: cut(reply.reprompt) } : {}),
    ...(state.awaiting ? { awaiting: state.awaiting } : {}),
    intent,
    ...(reply.speech.includes(ctx.msgs.which) ? { askedWhich: true } : {}),
    ...(Object.keys(slots).length > 0 ? { slots } : {}),
  };
}

/** "Repeat that": the last reply again, with the question it asked still open. */
export function repeat(ctx: TurnContext): Reply {
  const heard = ctx.state.heard;
  if (!heard) return ctx.ask(ctx.msgs.repeatNothing, ctx.msgs.launchReprompt);
  // A purchase or PIN question is only open again while the order it asked about still waits.
  const stillOpen = heard.awaiting === 'purchase' || heard.awaiting === 'pin' ? Boolean(ctx.state.pending) : true;
  if (heard.awaiting && stillOpen) ctx.state.awaiting = heard.awaiting;
  if (!stillOpen) return ctx.ask(ctx.msgs.repeatQuestionGone, ctx.msgs.anythingElse);
  return ctx.ask(heard.speech, heard.reprompt ?? ctx.msgs.anythingElse);
}

/** "Go back": the page before this one, else the list before this one. */
/** Requests whose answer is a page of the list itself. */
const READS_A_LIST = new Set<string>([IntentName.Search, IntentName.MoreResults, IntentName.GoBack, IntentName.Repeat]);

export async function goBack(ctx: TurnContext): Promise<Reply> {
  const { state } = ctx;
  const list = state.list;
  let target: ListContext | undefined;
  // after hearing about one product of the list ("tell me about the second one"), back is the list itself
  const listWasLast = !state.heard || READS_A_LIST.has(state.heard.intent);
  if (list && !listWasLast) target = list;
  else if (list && list.offset > 0) target = { ...list, offset: Math.max(0, list.offset - PAGE_SIZE) };
  else if (state.previousList) {
    target = state.previousList;
    state.previousList = list;
  }
  if (!target) return ctx.ask(ctx.msgs.goBackNothing, ctx.msgs.searchEmptyQuery);
  const skus = target.skus.slice(target.offset, target.offset + PAGE_SIZE);
  const products = inOrder(await ctx.deps.catalog.getProducts(skus), skus);
  if (products.length === 0) return ctx.ask(ctx.msgs.goBackNothing, ctx.msgs.searchEmptyQuery);
  state.list = target;
  state.focusSku = products.length === 1 ? products[0].sku : undefined;
  if (target.kind === 'search') state.awaiting = 'add';
  const items = products.map((p) => listItem(ctx, p));
  return ctx.ask(ctx.msgs.backToList(target.kind === 'search' ? (target.query ?? '') : undefined, items), ctx.msgs.searchReprompt);
}

/** "Thanks": you're welcome, and the shop keeps listening. */
export function thanks(ctx: TurnContext): Reply {
  // "you guys are awesome": praise, thanked for
  if (ctx.slot(SlotName.Comment)) return ctx.ask(ctx.msgs.praiseReply, ctx.msgs.anythingElse);
  return ctx.ask(ctx.msgs.thanksReply, ctx.msgs.anythingElse);
}

/**
 * "Never mind" / "cancel": drops the question the shop asked (a purchase question is cancelled,
 * nothing charged) and stays, unlike "stop", which leaves.
 */
export async function cancel(ctx: TurnContext, awaiting: DialogState['awaiting']): Promise<Reply> {
  if (await cancelPending(ctx)) return ctx.ask(ctx.msgs.cancelledPurchase, ctx.msgs.anythingElse);
  const asked = awaiting || ctx.state.heard?.askedWhich || ctx.state.deleteAsked;
  if (asked) return ctx.ask(ctx.msgs.cancelledQuestion, ctx.msgs.anythingElse);
  return ctx.ask(ctx.msgs.cancelledNothing, ctx.msgs.anythingElse);
}

function inOrder(products: readonly Product[], skus: readonly string[]): Product[] {
  return [...products].sort((a, b) => skus.indexOf(a.sku) - skus.indexOf(b.sku));
}
