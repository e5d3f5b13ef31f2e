import { dropHeldLink } from './linking-device';
/**
 * Account and data: how to link, unlinking, what the shop keeps, deleting it on request; and the
 * shop's answers about itself and the voice code. Orders are never deleted here: they are the
 * record of a sale, and the replies say so.
 */
import type { TurnContext } from '../context';
import type { Reply } from '../turn';
import { SlotName } from '../intents';

/** The id a greeting is read with (see ./understand). */
export const GREETING = 'greeting';

/** "How do I link my account": already linked, or how to, with the platform's link card. */
export async function accountHelp(ctx: TurnContext): Promise<Reply> {
  const identity = await ctx.identify();
  if (identity.linked) return ctx.ask(ctx.msgs.accountAlreadyLinked, ctx.msgs.anythingElse);
  return {
    speech: ctx.msgs.accountHowToLink,
    reprompt: ctx.msgs.anythingElse,
    card: { title: ctx.msgs.linkAccountCard, text: ctx.msgs.linkAccountCard },
    endSession: false,
    linkAccount: true,
  };
}

/** Forgets this user's cart, dialog state and stored account link, and revokes a link the shop holds itself (device code). */
async function forget(ctx: TurnContext): Promise<void> {
  await dropHeldLink(ctx);
  // a guest's saved-for-later list is kept for this user, as the cart is, and goes with it (decide)
  await Promise.all([ctx.deps.carts.delete(ctx.userKey), ctx.deps.dialogState.delete(ctx.userKey), ctx.deps.links?.remove(ctx.userKey), ctx.deps.savedLists?.delete(ctx.userKey)]);
}

/**
 * "Unlink my account": the stored link, the cart and the dialog state go; the platform's own link
 * is the shopper's to remove (the Alexa app, the website), and the reply says how.
 */
export async function unlink(ctx: TurnContext): Promise<Reply> {
  const identity = await ctx.identify();
  if (!identity.linked && identity.reason === 'no-token') return ctx.ask(ctx.msgs.unlinkNotLinked, ctx.msgs.anythingElse);
  await forget(ctx);
  ctx.log.info('account unlinked by voice; cart, dialog state and link deleted');
  return ctx.tell(ctx.msgs.unlinked, { title: ctx.msgs.accountCardTitle, text: ctx.msgs.unlinkedCard });
}

/** "What data do you have about me": what is kept, with this shopper's own name and address. */
export async function myData(ctx: TurnContext): Promise<Reply> {
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.ask(ctx.msgs.myDataAnonymous, ctx.msgs.anythingElse);
  const { customer } = identity;
  return ctx.ask(ctx.msgs.myDataLinked(customer.name, ctx.msgs.address(customer.address)), ctx.msgs.anythingElse);
}

/** "Delete my data": asked once, done on a yes. */
export async function deleteMyData(ctx: TurnContext, confirmed = false): Promise<Reply> {
  if (!confirmed) {
    ctx.state.deleteAsked = true;
    return ctx.ask(ctx.msgs.deleteAsk, ctx.msgs.deleteAskReprompt);
  }
  ctx.state.deleteAsked = undefined;
  await forget(ctx);
  ctx.log.info('shopper data deleted by voice; cart, dialog state and link deleted, orders kept');
  return ctx.tell(ctx.msgs.deleted);
}

/** "Who are you", "how are you": what the shop is and can do. */
export function smallTalk(ctx: TurnContext): Reply {
  // "good morning", "hallo": a greeting is answered as one
  const said = ctx.slot(SlotName.Query);
  if ((said?.id ?? said?.value) === GREETING) return ctx.ask(ctx.msgs.greeting(ctx.policy.sellerName), ctx.msgs.launchReprompt);
  return ctx.ask(ctx.msgs.smallTalk(ctx.policy.sellerName), ctx.msgs.launchReprompt);
}

/** "Do I need a PIN for every order": from which total, and where it is set. */
export function voiceCodeInfo(ctx: TurnContext): Reply {
  return ctx.ask(ctx.msgs.voiceCodeInfo(ctx.price(ctx.safeguards.pinThreshold), ctx.price(ctx.safeguards.dailyLimit)), ctx.msgs.anythingElse);
}
