/**
 * What free words mean when no model intent took them. Both platforms hand words the models do not
 * place to the core as a bare answer (`SelectIntent`'s free-words slot) or as a search that found
 * nothing; before either is answered with "Sorry, I didn't get that" or "I couldn't find anything
 * for …", the words are read here by meaning: a person, the cart, the checkout, an order, a policy,
 * deals, thanks, goodbye.
 *
 * Each reading is a class of phrasing (what people say to a shop and to a recogniser's mistakes:
 * "card" or "car" for "cart", "odor" for "order"), never a copied sentence. A reading only names
 * the request; the flow it names decides as it always does, so nothing here buys, adds or cancels
 * on its own. The purchase question's yes is read by `clearYes`, strictly: every word must belong
 * to a yes and none may hedge.
 */
import { IntentName, LOYALTY, SlotName } from '../intents';
import type { Turn } from '../turn';
import { policyTopic, shopPhrase } from './policies';
import { GREETING } from './account';
import { DATED_REMINDER } from './reminders';

export type Language = 'en' | 'de';

/** A request the words name, with the slots they fill. */
export interface Meaning {
  intent: IntentName;
  slots: Turn['slots'];
}

/** The cart, as people say it and as a recogniser writes it. */
const CART_EN = '(?:cart|carts|car|card|cards|cut|court|basket|trolley|shopping (?:cart|list|basket))';
const ORDER_EN = '(?:order|orders|odor|odour|odors|purchase|delivery|package|parcel|groceries)';

interface Reading {
  intent: IntentName;
  pattern: RegExp;
  /** the product named in the words (a capture of `pattern`), when the request takes one */
  product?: (m: RegExpExecArray) => string | undefined;
  /** the slot the product fills, when not `product` */
  slot?: SlotName;
}

const named =
  (i: number) =>
  (m: RegExpExecArray): string | undefined => {
    // "the stuff i ordered yesterday": what was ordered, said about an order
    const v = m[i]
      ?.replace(/\s+(?:that\s+)?(?:i|we)\s+(?:ordered|bought|got|placed|had delivered)\b.*$/, '')
      .replace(/\s+(?:from|of)\s+(?:yesterday|today|this morning|last (?:week|night|time)|the other day|\w+ days? ago)$/, '')
      .trim();
    return v &&
      !/^(it|that|this|them|those|one|the one|stuff|things?|bits|items|groceries|shopping|shop|lot|order|orders|from you|with you|here|from here|anything|something|before|my last one|the last one|last one|my last|last order|my last order|the last order|reviews|ratings|the reviews|the ratings|grocery order|food order|groceries|grocery delivery|weekly shop|the same|yesterday's|yesterdays|today's|last week's|this week's|this morning's|parcel|package|delivery|deliveries)$/.test(
        v,
      )
      ? v
      : undefined;
  };

/**
 * Readings in order: the first that matches wins. More specific classes come first ("what time
 * does customer service open" is hours, not a person; "that's it, let's check out" is a checkout,
 * not a goodbye).
 */
const READINGS: Readonly<Record<Language, readonly Reading[]>> = {
  en: [
    // the shop's hours, before "customer service" reads as a person
    {
      intent: IntentName.OpeningHours,
      pattern:
        /\b(?:what times?|when) (?:can|could) (?:i|we) (?:ring|call|phone|reach|contact|talk to)\b|\b(?:what time|when) (?:do|does|are|is|will)\b.*\b(?:open|opens|close|closes|closed|closing|available|start|shut|shuts)\b|\b(?:hours|opening times)\b|\byour (?:ours|owers)\b/,
    },
    // "remind me to order diapers on friday": a reminder by the date, which the shop does not keep
    {
      intent: IntentName.NotifyMe,
      pattern:
        /\b(?:remind|reminder)\b.*\b(?:to|about|that i need to)\s+(?:order|buy|get|reorder|re order|grab|pick up|restock|stock up on)\b|\bset (?:a|an|up a|me a) reminder\b|\bremind me (?:on|next|tomorrow|tonight|every|at|this)\b/,
      product: () => DATED_REMINDER,
      slot: SlotName.Query,
    },
    // "are you my friend", "lovely weather isn't it": talk, answered as talk
    {
      intent: IntentName.SmallTalk,
      pattern:
        /^(?:(?:hey|so|um|and|oh)\s+)*are you (?:my friend|a friend|a robot|a real person|real|human|alive|a person|happy|ok|okay|smart|clever|single|married|a girl|a boy|a man|a woman|listening|awake|smarter than .+|better than .+)$|\b(?:lovely|nice|beautiful|horrible|awful|terrible|miserable|gorgeous) (?:weather|day)\b(?:.*\b(?:isn't it|innit|today|out there)\b)?/,
    },
    // "could you go through the rest of them": the next page of the list
    {
      intent: IntentName.MoreResults,
      pattern:
        /\b(?:go through|read(?: me)?|tell me|give me|list|hear) (?:the rest|the others|the remaining ones|the other ones|more of them)(?: of (?:them|those|the list|it))?\b|^(?:(?:and|so|ok|okay)\s+)*(?:what about )?the rest of (?:them|the list|those)(?: please)?$/,
    },
    // "why does it ask me for a number when i buy things": the voice code explained
    { intent: IntentName.VoiceCodeInfo, pattern: /\bwhy\b.*\b(?:ask|asks|asking|need|want|wants)\b.*\b(?:number|digits|code|pin)\b/ },
    // "what do other people say about it"
    {
      intent: IntentName.Reviews,
      pattern: /\bwhat (?:do|did|are) (?:other|most) (?:people|customers|shoppers|folks|buyers)(?: \w+)? (?:say|saying|think)(?: (?:about|of) (?:it|that|this|them|those))?$/,
    },
    // "could you send my last order to my daughter's house instead": a placed order's address
    {
      intent: IntentName.ChangeOrder,
      pattern:
        /\b(?:send|deliver|ship|bring|take)\s+(?:my|the|our|that)\s+(?:last\s+|latest\s+|next\s+)?(?:order|delivery|groceries|shopping|package|parcel|stuff)\s+(?:to|over to)\b/,
    },
    // "when are my bananas showing up": the order with them
    {
      intent: IntentName.OrderStatus,
      pattern:
        /^(?:(?:so|and|um|hey)\s+)*when (?:are|is|will) (?:my|our|the) (.+?) (?:showing up|show up|arriving|arrive|coming|come|getting here|get here|being delivered|turning up|turn up)\b/,
      product: named(1),
    },
    // "start a list of things for the party": the saved list, and how to fill it
    { intent: IntentName.ViewSavedList, pattern: /\b(?:start|make|keep|create|begin|set up)\s+(?:a|my|an|me a)\s+(?:new\s+)?(?:list|shopping list|wish ?list)\b/ },
    // "could you tell me how many wipes that is altogether": the product talked about
    {
      intent: IntentName.ProductDetails,
      pattern: /\bhow many\s+(?:\w+\s+)?(?:is that|that is|are (?:in )?(?:there|it|that|those)|in (?:it|that|the (?:pack|box|bag|package))|come in (?:it|that|a pack|the pack))\b/,
    },
    // "remind me what i ordered two weeks ago": the order history
    { intent: IntentName.OrderHistory, pattern: /\bremind me what (?:i|we)(?:'ve| have)? (?:ordered|bought|got|had)\b/ },
    // a greeting, said alone
    {
      intent: IntentName.SmallTalk,
      pattern:
        /^(?:(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening|day)|morning|evening|yo)(?:\s+(?:there|you|alexa|again|shop|corner shop|mate|dear|all))?\s*)+(?:(?:you alright|how are you|how are you doing|how's it going|how you doing)\s*)?$/,
      product: () => GREETING,
      slot: SlotName.Query,
    },
    // "never mind", "forget it": the question asked is dropped, the session stays
    {
      intent: IntentName.Cancel,
      pattern:
        /^(?:(?:oh|ah|um|no)\s+)*(?:never ?mind|forget (?:it|about it|that)|doesn'?t matter|no worries)(?:\s+(?:then|forget it|forget about it|forget that|never ?mind|it's fine|thanks|it doesn't matter))*$/,
    },
    // what the shop is ("are you a real person"), before a person is asked for
    {
      intent: IntentName.SmallTalk,
      pattern:
        /\b(?:are you|you are|you're|r u)\b.*\b(?:robot|bot|real|human|person|people|ai|computer|machine|alive|smarter|cleverer|better|alexa|siri|google)\b|\bsing (?:me |us )?(?:a |something|anything)|\bwho (?:are|r) (?:you|u)\b|\bwhat are you\b|\btell me a joke\b|\b(?:know|tell|have|got) (?:any|a|some) (?:good |funny )?jokes?\b|\bsay something funny\b|\b(?:do you have a|what'?s your) name\b|\bwho (?:made|built) you\b|\bthan (?:siri|google|cortana|chatgpt)\b|\bdo you (?:like|love|enjoy) (?:your job|working|it here|this job)\b|\bare you happy\b/,
    },
    // a person
    {
      intent: IntentName.TalkToHuman,
      pattern:
        /\b(?:talk|speak|chat|speaking|talking)\s+(?:to|with)\s+(?:a |an |some |the |your |someone |somebody )?(?:real |actual |live |human |proper )?(?:person|human|someone|somebody|agent|representative|rep|operator|manager|people|staff|support|customer service)\b|\b(?:customer|costumer|custom) (?:serv\w*|surface|support|care)\b|\b(?:put|get) me through to\b|\b(?:a|the|your) (?:phone |telephone )?number (?:i|we) can (?:call|ring|phone)\b|\bnumber (?:to|i can) (?:call|ring)\b|\b(?:real|live|actual) (?:parson|purse on|persian)\b|\b(?:connect|transfer|put) me (?:to|through to|with)\b|\bwho (?:do|can|should) i (?:call|ring|phone|contact|talk to|speak to)\b|^(?:a |the |your )?(?:manager|supervisor|real person|human|representative|live agent|operator|agent)(?: please)?$|\b(?:real|live|actual) (?:person|human|agent)\b|\bhuman being\b|\b(?:a )?(?:human|person|real person) on the (?:line|phone)\b|\bget (?:me )?(?:a|an) (?:human|person|representative|agent|operator)\b|\b(?:get|give) me (?:a |an |the |your )?(?:person|human|agent|representative|operator|manager|supervisor)\b|\bcall (?:you|someone|somebody|a person)\b|\byour (?:phone|telephone) number\b|\b(?:helpline|help line|hotline|support line|support number|customer (?:line|number))\b/,
    },
    // the voice code, before "my orders" reads as history
    {
      intent: IntentName.VoiceCodeInfo,
      pattern:
        /\b(?:set|setting|set up|change|reset|forgot|forget|remember|never set)\b.*\b(?:code|pin)\b|\b(?:voice )?(?:code|pin)\b.*\b(?:why|what|how|need|for)\b|\b(?:why|what|how|how come)\b.*\b(?:voice code|a code|a pin|the code|the pin|my code|my pin)\b|\b(?:what|which) (?:voice )?(?:code|pin)\b|\b(?:code|pin)\b.*\bnever\b|\b(?:never|don't|do not|didn't)\b.*\b(?:have|got|set|made|make)\b.*\b(?:code|pin)\b/,
    },
    // "let's just start over from scratch": the shop from the top
    {
      intent: IntentName.StartOver,
      pattern:
        /^(?:(?:let's|lets|can we|could we|i want to|i'd like to|please|okay|ok|um)\s+)*(?:just\s+)?start (?:over|again|afresh|fresh)(?:\s+from (?:scratch|the (?:beginning|top|start)))?(?:\s+please)?$/,
    },
    // the cart: empty it, or hear it
    {
      intent: IntentName.ClearCart,
      pattern: new RegExp(
        `^(?!.*\\b(?:but|except|apart from|other than)\\b)(?:.*?)\\b(?:empty|clear|clean out|wipe|reset|dump|scrap|cancel)\\s+(?:out\\s+)?(?:my\\s+|the\\s+|our\\s+)?(?:whole\\s+|entire\\s+)?${CART_EN}\\b|\\b(?:remove|delete|take out|get rid of|drop)\\s+(?:everything|all(?: the)? (?:items|things|stuff))\\b|\\b(?:bin|ditch|scrap|chuck|throw out|throw away|dump)\\s+(?:everything|it all|all of it|the lot)\\b|\\bstart (?:over|again) with (?:my |the )?${CART_EN}\\b|\\bstart a new ${CART_EN}\\b|\\bforget (?:about )?(?:everything|all of it|it all|all that)(?: (?:i|we) (?:put in|added|picked|chose))?\\b|\\b(?:empty|clear|wipe|dump|scrap|bin|ditch)\\s+(?:out\\s+)?(?:the whole (?:thing|lot)|it all|the lot)\\b|\\b(?:nuke|trash|zap|kill|blow away)\\s+(?:my\\s+|the\\s+|our\\s+)?(?:whole\\s+|entire\\s+)?${CART_EN}\\b`,
      ),
    },
    { intent: IntentName.ClearCart, pattern: /\b(?:clear|empty|wipe)\s+(?:it|everything|all)(?:\s+all)?(?:\s+out)?$/ },
    {
      intent: IntentName.Checkout,
      pattern: new RegExp(`\\b(?:pay for|buy|order|check out)\\s+(?:what'?s|everything|all)\\s+(?:that'?s\\s+)?in\\s+(?:my|the|our)\\s+${CART_EN}\\b`),
    },
    {
      intent: IntentName.ViewCart,
      pattern: new RegExp(
        `\\b(?:read|tell|say|give)\\s+(?:me\\s+)?(?:back\\s+)?what (?:i've|i have|we've|we have) got\\b|\\bwhat does (?:my|the|our) ${CART_EN} come to\\b|\\bwhat(?:'ve| have) (?:i|we) got (?:so far|in (?:my|the|our) ${CART_EN}|in (?:there|here)(?: so far)?)\\b|\\bwhat(?:'s| is| do i have| have i got| have i put| did i (?:put|add))\\s+(?:in|on)\\s+(?:my|the|our)\\s+${CART_EN}\\b|\\b(?:show|read|tell|list|check)(?: me)?\\s+(?:what's in\\s+)?(?:my|the|our)\\s+${CART_EN}\\b|\\bwhat (?:have i|did i) (?:got|added|put) so far\\b|\\b(?:my|the) ${CART_EN} (?:so far|please)$|^(?:my|the) ${CART_EN}$|\\bhow much is (?:in )?my ${CART_EN}\\b`,
      ),
    },
    // one past order asked about: its total, or what was in it ("the order from two weeks ago")
    // "what was in my order before the last one", "my second to last order": the one before the newest
    {
      intent: IntentName.OrderHistory,
      pattern:
        /\b(?:order|one|shop|delivery)\s+before (?:the|my|our) (?:last|latest|most recent|newest)(?: one| order| shop| delivery)?\b|\b(?:second|2nd) (?:to )?last (?:order|shop|delivery)\b|\bpenultimate (?:order|shop|delivery)\b/,
      product: () => '#1',
      slot: SlotName.Ordinal,
    },
    {
      intent: IntentName.OrderHistory,
      pattern:
        /\bwhat (?:was it |is it |did )?(?:i|we) (?:ordered|bought|got|order|buy|get)\s+()(?:from\s+)?(yesterday|last week|last month|(?:(?:a )?(?:couple|few)(?: of)? |\w+ )?(?:days?|weeks?|months?) ago)$|\b(?:how much (?:was|did|were|came|is|cost)|what did)\s+(?:my|our|the)\s+(?:very\s+)?(last|previous|latest|recent|most recent|first|earliest|oldest)\s+(?:order|shop|delivery|bill|receipt|invoice|grocery bill|total)\b|\bwhat (?:was|came|did i get) in (?:my|our|the)\s+(?:very\s+)?((?:first|earliest|oldest)\s+)?(?:last\s+|previous\s+|latest\s+|recent\s+)?(?:order|delivery|shop)\b(?:\s+(?:from|of)\s+(.+))?/,
      product: (m) => (m[2] !== undefined ? orderAge(m[2]) : m[3] ? (/first|earliest|oldest/.test(m[3]) ? 'first' : 'last') : m[4] ? 'first' : orderAge(m[5])),
      slot: SlotName.Ordinal,
    },
    // an order already placed: cancel, change, return, where is it, what was it, again
    {
      intent: IntentName.CancelOrder,
      pattern: /\bcancel\s+(?:the|my|that|our)\s+order\s+(?:with|for|that had|containing|of)\s+(?:the\s+|my\s+)?(.+?)(?:\s+(?:from|i|we|that|last|a couple)\b.*)?$/,
      product: named(1),
    },
    {
      intent: IntentName.CancelOrder,
      pattern: new RegExp(`\\b(?:cancel|undo|call off|scrap|scratch|kill|stop)\\s+(?:that|this|the|my|our|last|the last|my last)?\\s*(?:(.+?)\\s+)?${ORDER_EN}\\b`),
      product: (m) => named(1)(m)?.replace(/^(?:the|my|that)\s+/, ''),
    },
    {
      intent: IntentName.ChangeOrder,
      pattern:
        /\b(?:move|reschedule|push back|postpone|bring forward|delay|change)\s+(?:my|the|our)\s+(?:delivery|order|drop off|delivery slot|delivery day)\s+(?:to|till|until|for)\b|\bdeliver (?:it|them|my order) (?:on|to) (?:a )?different (?:day|address)\b|\bchange (?:where|the address|when) (?:it's|it is|they're|they are|my order is|it gets|it'll be|it will be|it's being|they get) (?:being )?(?:delivered|sent|going|shipped|dropped off)\b|\bsend (?:my|the|our) order to\b|\b(?:swap|change|replace|switch|substitute)\s+(?:the\s+)?.+?\s+in\s+(?:my|the|our)\s+(?:last\s+|placed\s+|existing\s+)?order\b|\b(?:delivered|sent|send it|deliver it) to (?:my|our|a|the) (?:office|work|other|new|different|mum's|mom's|parents')\b|\b(?:a |my )?(?:work|office|different|new|other) address\b/,
    },
    {
      intent: IntentName.ChangeOrder,
      pattern: new RegExp(
        `\\b(?:add|put)\\s+.+\\s+(?:to|in|into|on)\\s+(?:that|this|the same|my last|the last|my existing|my current|my placed)\\s+${ORDER_EN}\\b|\\b(?:add|put)\\s+.+\\s+(?:to|in|into|on)\\s+(?:the|my|our)\\s+${ORDER_EN}\\s+(?:i|we)\\s+(?:placed|made|did|just|already|put in)\\b|\\b(?:change|modify|edit|update|amend)\\s+(?:that|this|the|my|our)\\s+(?:last\\s+)?(?:${ORDER_EN}|address|delivery address|delivery time|delivery date)\\b`,
      ),
    },
    // the returns rule, asked about in general ("can i send stuff back if i change my mind")
    {
      intent: IntentName.ReturnPolicy,
      pattern:
        /\b(?:can|could|do|may)\s+(?:i|we|you)\s+(?:send|return|take|bring|give)\s+(?:stuff|things|items|it|them|something|anything|products|groceries)\s+back\b|\bif (?:i|we) change (?:my|our) minds?\b|\b(?:take|accept|do) returns\b|\b(?:returns?|refund) (?:policy|rules)\b|\bhow (?:do|does) (?:returns?|refunds?) work\b/,
    },
    { intent: IntentName.ReturnItem, pattern: /\b(?:can|could) (?:i|we) (?:swap|exchange|change|return|send back) (?:them|it|those|these)\b|\bwrong size\b/ },
    {
      intent: IntentName.ReturnItem,
      pattern:
        /\b(?:return|send back|exchange|get (?:a )?refund for|refund)\s+(?:the\s+|my\s+|those\s+|these\s+|this\s+|that\s+)?(.+?)(?:\s+(?:from|i got|i bought|i ordered|that came|in)\b.*)?$/,
      product: named(1),
    },
    {
      intent: IntentName.OrderStatus,
      pattern: new RegExp(
        `\\b(?:where(?:'s| is| are|s)?|wears|wear's|were's|wares|wear is|were is|ware is)\\s+(?:is\\s+|are\\s+)?(?:(?:my|our)\\s+(?:(.+?)\\s+)?(?:${ORDER_EN}|stuff|shopping|things|items|food|delivery)|the\\s+(?:(?:\\S+\\s+){0,2})?(?:${ORDER_EN}|delivery))\\b|\\b(?:did|has|have|is|are)\\s+(?:my|our|the|yesterday's|today's|last week's|this week's)\\s+(.+?)\\s+(?:ever\\s+)?(?:arrived?|come|came|shipped|ship|been (?:delivered|shipped)|get delivered|got delivered|delivered|on (?:its|their) way|turn(?:ed)? up|show(?:ed)? up|got here|been sent(?: out)?|gone out|been dispatched|been posted|left(?: the warehouse)?)\\b|\\bwhen (?:will|does|do|is|are|should)\\s+(?:my|our|the)\\s+(.+?)\\s+(?:arrive|come|get here|be delivered|be here|ship|turn up)\\b|\\b(?:is|are|will)\\s+(?:my|our|the)\\s+(?:stuff|order|groceries|delivery|package|parcel|shopping|things)\\s+(?:gonna\\s+|going to\\s+|be\\s+)?(?:get here|arrive|come|be here|turn up|be delivered|show up)\\b|\\b(?:is|are)\\s+(?:my|our)\\s+(?!(?:stuff|order|groceries|delivery|package|parcel|shopping|things)\\b)(.+?)\\s+(?:coming|arriving|being delivered|on (?:its|their) way|out for delivery)\\b|\\b(?:any )?(?:news|updates?|word) (?:on|about|regarding) (?:my|our|the) (?:delivery|${ORDER_EN}|shopping|groceries|parcel|package)\\b|\\bdid (?:my|the|our) order (?:go through|work)\\b|\\bwas my order (?:placed|successful)\\b|\\btrack(?:ing)?\\s+(?:my|the|our)\\s+${ORDER_EN}\\b|\\b${ORDER_EN} status\\b`,
      ),
      product: (m) => named(1)(m) ?? named(2)(m) ?? named(3)(m) ?? named(4)(m),
    },
    // "we're low on paper towels get the same ones as before": the thing named first, as before
    {
      intent: IntentName.Reorder,
      pattern:
        /\b(?:out of|low on|running low on|running out of|almost out of|need more|need some|need)\s+(?:the\s+|some\s+|more\s+)?(.+?)\s+(?:so\s+)?(?:(?:can|could) you\s+)?(?:just\s+)?(?:get|order|buy|send|grab)\s+(?:me\s+|us\s+)?(?:the\s+)?same (?:ones?|kind|brand|thing|stuff|type|sort) (?:as|like|that i (?:got|had|bought|ordered))\s+(?:last time|before|usual|always|last week|the last time)\b/,
      product: named(1),
    },
    {
      intent: IntentName.Reorder,
      pattern:
        /\b(?:order|get|buy|send|have|want|need)\s+(?:me\s+|us\s+)?(?:the\s+)?same\s+(.+?)\s+(?:as|like|(?:that\s+)?i (?:got|had|bought|ordered))\s+(?:last time|before|usual|last week|the last time)\b/,
      product: named(1),
    },
    {
      intent: IntentName.Reorder,
      pattern:
        /^(?:(?:please|can you|could you|can i|could i|can we|may i)\s+)*(?:re-?order|order|buy|get|have)\s+(?:me\s+)?(?:the|my|our|that|those)\s+(.+?)(?:\s+(?:that\s+)?(?:i|we)\s+(?:ordered|got|bought|had)(?:\s+(?:yesterday|last time|last week|before|the other day))?)?\s+again(?:\s+(?:like|as)\s+(?:before|last time|usual|always))?(?:\s+please)?$/,
      product: named(1),
    },
    {
      intent: IntentName.Reorder,
      pattern:
        /\b(?:do|repeat|redo|send|run|place|get|have|order|buy)\s+(?:me\s+)?(?:my|our|the)\s+(?:last|previous|usual|weekly)\s+(?:shop|order|delivery)\s+again\b|\b(?:same|usual) (?:shop|weekly shop) (?:as|like) (?:last time|last week|before)\b|\bsame as (?:my |the |our )?(?:last|previous) (?:shop|order|delivery|time)\b/,
    },
    {
      intent: IntentName.Reorder,
      pattern:
        /\b(?:order|get|buy|send|have)\s+(?:me\s+)?(?:that|it|those|them|all that|all of that|all of it|all of those|everything|the same(?: thing| things| again)?|my usual|the usual|(?:my|the) usual (.+?)|what i (?:got|had|ordered|bought)(?: last time)?)\s+again\b|\b(?:order|get|buy|have|send)\s+(?:me\s+)?(?:the\s+)?same (?:thing|things|stuff|items|order|groceries)\b|\b(?:same|usual) (?:order|thing|stuff) as (?:last time|usual|before)\b|\b(?:my|the) usual (.+?)(?: again)?$|\b(?:the|my) usual$|\b(?:the|my) usual$|\bagain like last time\b|\border (?:what|everything) (?:i|we) (?:got|had|ordered|bought)\b|\b(?:get|buy|send)\s+(?:me\s+|us\s+)?(?:what|everything)\s+(?:i|we)\s+(?:got|had|ordered|bought)\s+(?:last time|before|last week)\b|\b(?:re-?order|re order|buy again)\b\s*(.*)$/,
      product: (m) => named(1)(m) ?? named(2)(m) ?? named(3)(m),
    },
    {
      intent: IntentName.OrderHistory,
      pattern:
        /\bdid (?:i|we) ever (?:order|buy|get|purchase)\s+(?:the\s+|any\s+|some\s+)?(.+?)(?:\s+(?:from you|here|before|with you))*$|\bdid (?:i|we) (?:already )?(?:order|buy|get|purchase)\s+(?:the\s+|any\s+|some\s+)?(.+?)(?:\s+(?:from you|here|before|already|last time|with you))+$|\bwhen did (?:i|we) (?:last )?(?:order|buy|get|purchase)(?: (?:the |some |my )?(.+?))?(?: last| before)?$|\bwhen was the (?:last|most recent) time (?:i|we) (?:ordered|bought|got|purchased|had) (?:the |some |my |any )?(.+?)$|\bhave (?:i|we) (?:ever )?(?:ordered|bought|had) (?:the |some |any )?(.+?)(?: before)?$|\bwhat (?:did|have) (?:i|we) (?:order|ordered|buy|bought|get|got|purchase|purchased)\b|\bwhat (?:i've|i have|we've|we have) (?:bought|ordered|got|purchased)\b|\b(?:my|past|previous|recent|old|last)(?: (?:few|couple(?: of)?|two|three|several))? (?:orders|purchases)\b|\border history\b|\bwhat was (?:in )?my last order\b/,
      product: (m) => named(1)(m) ?? named(2)(m) ?? named(3)(m) ?? named(4)(m) ?? named(5)(m),
    },
    // "how much is all that gonna be i wanna pay": the checkout; without the paying, the cart's total
    {
      intent: IntentName.Checkout,
      pattern: /\bhow much (?:is|will|would|does) (?:all )?(?:that|this|it all|everything|my (?:cart|basket|total))\b.*\b(?:pay|check ?out|buy it|order it)\b/,
    },
    {
      intent: IntentName.ViewCart,
      pattern:
        /^(?:(?:so|and|okay|ok|um)\s+)*how much (?:is|will|would|does) (?:all that|all this|all of that|it all|everything)(?:\s+(?:gonna be|going to be|be|come to|cost|add up to))?(?:\s+(?:then|altogether|in total))?$/,
    },
    // "right i'll pay for that now please": to the checkout, before "pay" reads as how to pay
    {
      intent: IntentName.Checkout,
      pattern:
        /(?:\b(?:i'?ll|i will|let me|i want to|i'd like to|i wanna|can i|could i|we'll|we will)\s+|^(?:to\s+)?)pay(?:\s+for\s+(?:that|it|this|them|those|everything|it all|my (?:things|stuff|shopping|cart|basket|trolley|groceries|order)|the (?:cart|basket|trolley|groceries|order)))?(?:\s+(?:now|right now|please|then))*$/,
    },
    // paying: how, not now ("can I pay cash on delivery")
    {
      intent: IntentName.PaymentOptions,
      pattern:
        /\b(?:payment|card|billing) (?:info|information|details|method|on file)\b|\bwhich card\b|\bpay(?:ing)?\s+(?:in\s+|with\s+|by\s+|using\s+)?(?:cash|cheque|check|credit|debit|card|paypal|apple pay|google pay|gift card|invoice)\b|\bcash on delivery\b|\bdo you (?:take|accept)\b/,
    },
    { intent: IntentName.OrderHistory, pattern: /\bhow much (?:was|did|were|came)\s+(?:my|our|the)\s+(?:last|previous|latest|recent)\s+(?:order|shop|delivery)\b/ },
    // feedback said as such: a rating, or a thank-you for kind words
    { intent: IntentName.RateOrder, pattern: /\b(?:leave|give|send)\s+(?:some\s+|a\s+|my\s+)?(?:feedback|review|rating)\b|\brate (?:my|the|your) (?:order|delivery|service)\b/ },
    // "what should i pick up for a cold": a suggestion, not a pickup
    {
      intent: IntentName.Recommend,
      pattern: /^(.*\bwhat (?:else )?(?:should|do|can|would|could) (?:i|we) (?:pick up|get|buy|grab|pack|make|serve|cook|need|throw in|put in|add)\b.*)$/,
      product: (m) => m[1],
      slot: SlotName.Query,
    },
    // "how many pods come in that": a question about the product talked about
    {
      intent: IntentName.ProductDetails,
      pattern:
        /^(?:(?:so|and|um|sorry)\s+)*how (?:many|much) (?:[\w']+\s+){0,2}(?:come|comes|are|is|do you get) (?:in|inside|with) (?:that|it|this|one|each|the (?:box|bag|pack|packet|bottle|jar|tub|carton|tin|can|tube))\b/,
    },
    // praise, before a word in it ("the delivery was super quick") reads as a question about the shop
    {
      intent: IntentName.Thanks,
      // the words kept, so the reply thanks for the praise rather than answering a thank-you
      product: (m) => m[0],
      slot: SlotName.Comment,
      pattern:
        /\b(?:you(?: guys| lot| folks| all)? (?:are|were)|you'?re|y'all are|your (?:service|shop|drivers?|delivery|team) (?:is|was|are|were))\b.*\b(?:awesome|great|amazing|brilliant|fantastic|the best|wonderful|excellent|super|so (?:quick|fast|helpful|good)|lovely|a star|stars)\b|\b(?:this|it|that)(?:'s| is| was)\s+(?:way |so |much |really |a lot )?(?:easier|better|quicker|faster|handier|more convenient)\s+than\b/,
    },
    // is the account linked ("is my account hooked up to this")
    {
      intent: IntentName.AccountHelp,
      pattern: /\b(?:is|are|was)\s+(?:my|our|the)\s+account\s+(?:\w+\s+)?(?:hooked up|linked|connected|set up|attached|synced)\b|\bam i (?:linked|signed in|logged in|connected)\b/,
    },
    // what a day's voice shopping may come to
    {
      intent: IntentName.VoiceCodeInfo,
      pattern: /\bhow much (?:can|may|could) (?:i|we) (?:spend|buy|order)\b.*\b(?:by voice|a day|per day|each day|in one day|daily)\b|\b(?:daily|spending|voice) limit\b/,
    },
    // how to choose or buy, asked as such
    {
      intent: IntentName.Help,
      pattern: /^(?:(?:sorry|so|um|okay|ok|and)\s+)*how (?:do|can|should) (?:i|we) (?:buy|order|pick|choose|get|select|add)\s+(?:one|some|any|it|them|something)\b/,
    },
    // the shop's policies, by the phrases that are always about the shop
    {
      intent: IntentName.StoreLocation,
      pattern:
        /\bpick (?:it|them|this|that|the order|my order|my groceries|(?:it|them) all)?\s?up\b|\bcollect (?:it|them|my order|the order)\b|\b(?:in|at) (?:a|the|your) (?:store|shop)\b|\bwhere (?:exactly |abouts )?are you(?: guys| all| folks)? (?:located|based|from)\b|\bwhere (?:is|are) your (?:store|shop|stores|shops|location|locations)\b|\bcurbside\b|\bswing by\b|\byour (?:address|location|premises)\b|\baddress (?:of|for) (?:your|the) (?:shop|store|business|company)\b|\b(?:shop|store)(?:'s|s)? (?:address|location)\b|\b(?:come|pop|drop) (?:by|in|round)(?: (?:to|at) (?:the|your) (?:store|shop))?$|\b(?:grab|collect|fetch) (?:it|them) (?:myself|ourselves)\b|\bcome (?:in|by|over) and (?:get|grab|collect|pick)\b/,
    },
    {
      intent: IntentName.MyData,
      pattern:
        /\b(?:what|which) (?:address|addresses)\b|\bwhere (?:are|will|do) you\b.*\b(?:send|sending|deliver|delivering|ship|shipping)\b|\bmy (?:delivery |shipping |home )?address\b|\bwhose name\b|\bwhose account\b|\bwho(?:'s| is) (?:this|the) account\b|\bwhat account is this\b|\bwhat name\b.*\baccount\b|\bname (?:on|of|for) (?:the|this|my) account\b|\bwhat (?:do you know|data do you have) about me\b|\b(?:what|which) (?:email|e-mail|email address|e-mail address|phone number|number)\b.*\b(?:on file|for me|do you have|have you got)\b|\bmy (?:email|e-mail) (?:address )?(?:on file|you have)\b/,
    },
    {
      intent: IntentName.MoreResults,
      pattern:
        /\b(?:read|tell|show|give|list)(?: me)?(?: the)? (?:next|more|other|rest of the) (?:ones|few|options|page|results)\b|^(?:the )?next(?: (?:ones|page|few|one))?(?: please)?$|\bwhat else (?:have you got|do you have|is there)\b|^(?:(?:and|so|okay|ok|um)\s+)*what else(?:\s+(?:you got|is there|then))?$/,
    },
    {
      intent: IntentName.DeliveryInfo,
      pattern:
        /\b(?:get|deliver|bring|have) (?:it|them|my order|this|that|my (?:stuff|groceries|shopping)) (?:here |to me |delivered )?(?:tonight|today|this (?:evening|afternoon)|in an hour|same day)\b|\bsame.day (?:delivery|shipping)\b|\b(?:free (?:delivery|shipping|postage)|postage|p and p|do you deliver|(?:charge|pay) (?:for|on) (?:the )?(?:delivery|shipping)|how much (?:more )?(?:do|should) i (?:need to )?spend|if (?:i|we) (?:ordered|order|bought|buy) (?:it |them |something )?(?:now|today)|deliver(?:y)? (?:fee|charge|cost|time)s?|how (?:long|fast|soon)\b.*\b(?:deliver|delivery|shipping|arrive|get here)|(?:get|be|arrive|come|delivered) (?:here |to me |to us )?(?:today|tonight|this (?:evening|afternoon))|any chance (?:of|for) (?:same day|delivery today))\b/,
    },
    // checkout, after the policies ("can i pay with cash" is a payment question)
    {
      intent: IntentName.Checkout,
      pattern: new RegExp(
        `\\bring (?:me|it|us|this|that) up\\b|\\bget (?:this|it|everything|all this) paid for\\b|\\blet'?s pay\\b|\\bbuy (?:it|this|that|them) (?:now|right now)\\b|\\bcheck\\s?out\\b|\\bcheckout\\b|\\bcheck me out\\b|\\b(?:place|put in|submit|finish|complete|finalize|send)\\s+(?:my|the|an|our|this)\\s+${ORDER_EN}\\b|\\b(?:pay|paying)(?:\\s+(?:now|for (?:it|this|that|everything|my ${CART_EN}|it all)|up))?$|\\bcan i pay\\b(?!\\s+(?:with|by|in|using|cash|card))|\\bready to (?:pay|order|buy)\\b|\\b(?:i'?m|we're|i am|we are) (?:done|finished) shopping\\b|\\bthat'?s everything\\b.*\\b(?:pay|order|buy)\\b|\\bbuy (?:it all|everything(?: in (?:my|the) ${CART_EN})?|what'?s in (?:my|the) ${CART_EN})\\b|\\border (?:everything|what'?s) in (?:my|the) ${CART_EN}\\b`,
      ),
    },
    // deals
    // "do you have a loyalty program or points": no such scheme; the deals there are
    {
      intent: IntentName.Deals,
      pattern:
        /\b(?:loyalty|rewards? (?:program|programme|card|scheme|club|points)|reward points|(?:points|membership|member|members) (?:program|programme|card|scheme|club)|collect points|earn points)\b/,
      product: () => LOYALTY,
      slot: SlotName.Query,
    },
    {
      intent: IntentName.Deals,
      pattern:
        /\b(?:deals?|offers?|on sale|on sail|any sails|sails on|for sale|sales|specials|special (?:offers?|deals?|prices?)|discounts?|discounted|coupons?|promo(?:tions?|s)?|promo codes?|bargains?|markdowns?|vouchers?|money off|price cuts?|two for one|buy one get one|buy \w+ get \w+(?: free)?|bogof)\b/,
    },
    // "are the baby wipes any good", "what do the reviews say": what reviewers say
    {
      intent: IntentName.Reviews,
      pattern:
        /^(?:(?:so|and|um|hey)\s+)*(?:are|is)\s+(?:the\s+|these\s+|those\s+|that\s+|this\s+)?(.+?)\s+(?:any good|good|worth (?:it|buying|the money)|nice|decent)\b|\bwhat do (?:the |its |their )?(?:reviews|reviewers|ratings|people|customers|others) (?:say|think)(?: about (?:the\s+)?(.+?))?$|\bhow (?:are|is) (?:it|that|the \w+) rated\b|\bwhat are (?:the |its |their )?reviews like\b|\bhow are the reviews\b|\b(?:are|is) (?:the )?(?:reviews|ratings) (?:any )?(?:good|decent|ok|okay|bad|any good) (?:on|for) (?:that|it|this|those|these)(?: ones?)?$|^(?:(?:so|and|um|but)\s+)*do (?:people|folks|customers|others|shoppers|most people) (?:actually |really |generally |usually )?(?:like|rate|love|enjoy|rave about) (?:it|them|that|this|those|these|the\s+(?!(?:best|most|least)\b)(.+?))$/,
      product: (m) => named(1)(m) ?? named(2)(m) ?? named(3)(m),
    },
    // a suggestion asked for in so many words: "can you recommend a good shampoo\"
    {
      intent: IntentName.Recommend,
      pattern: /\b(?:recommend|suggest)\s+(?:me\s+|us\s+)?(?:a|an|some|any)\s+(?:good|nice|decent|great|really good)?\s*(.+?)(?:\s+(?:please|for me))?$/,
      product: named(1),
      slot: SlotName.Query,
    },
    // a suggestion asked for in so many words
    {
      intent: IntentName.Recommend,
      pattern: /\bwhich (?:one|ones)?\s*(?:would|do|should|will|d) you (?:recommend|suggest|pick|choose|go for)\b|\bwhat (?:would|do) you (?:recommend|suggest)\b/,
    },
    {
      intent: IntentName.Recommend,
      pattern:
        /\bwhich (?:of (?:the|these|those)\s+)?(.+?)\s+(?:would|should|do) you (?:go for|pick|choose|recommend|get|suggest)\b|\bwhat'?s a (?:good|nice|decent|healthy) (.+?)(?:\s+to (?:have|keep|get|buy|make)(?:\s+(?:around|in|at home|in the house))?)?$/,
      product: (m) => named(1)(m) ?? named(2)(m),
      slot: SlotName.Query,
    },
    {
      intent: IntentName.Recommend,
      pattern:
        /\bwhat (?:would |will |might |could |else )?(?:goes|go)\s+(?:\w+\s+)?with\s+(?:a\s+(?:cup|mug|glass|bowl|slice|plate|pot) of\s+|a\s+|an\s+|the\s+|my\s+|some\s+|our\s+)(.+?)(?:\s+(?:then|please|tonight|today))?(?:\s+in the (?:morning|afternoon|evening))?$/,
      product: named(1),
      slot: SlotName.Companion,
    },
    // "what do people usually buy with pasta"
    {
      intent: IntentName.Recommend,
      pattern:
        /\b(?:what|which)\s+(?:do|does|would|should)\s+(?:people|others|customers|folks|you|i)\s+(?:usually\s+|normally\s+|often\s+|also\s+|typically\s+)?(?:buy|get|have|eat|serve|use|pair|drink)\s+with\s+(?:the\s+|my\s+|a\s+|some\s+)?(.+?)(?:\s+(?:usually|normally|then))?$/,
      product: named(1),
      slot: SlotName.Companion,
    },
    // "what goes good with tortilla chips", "what would go nicely with the pasta": a product named
    {
      intent: IntentName.Recommend,
      pattern:
        /^(?:(?:so|and|um|uh|hey|okay|ok)\s+)*(?:what|anything|something)(?:'s| is| would| else| could| might)?\s+(?:\w+\s+)?(?:goes?|go)\s+(?:good|well|nicely|great|best|nice)?\s*with\s+(?:the\s+|my\s+|a\s+|some\s+|our\s+)?(?!it\b|that\b|this\b|these\b|those\b|them\b)(.+?)(?:\s+(?:then|please|tonight|today))?$/,
      product: named(1),
      slot: SlotName.Companion,
    },
    // what goes with the product just talked about
    {
      intent: IntentName.Recommend,
      pattern: /\b(?:what|anything|something)\b.*\b(?:goes?|go|get|buy|pair|have|try|need)\b.*\bwith (it|that|this|these|those|them)\b/,
      product: (m) => m[1],
      slot: SlotName.Companion,
    },
    // saved for later
    {
      intent: IntentName.SaveForLater,
      pattern:
        /\b(?:wish ?list|wishlist|save (?:it|that|this|them|those)(?: for later)?|for later|bookmark (?:it|that|this)|keep (?:it|that|this|them|those) in mind|remember (?:it|that|this|them|those|these)(?: ones?)? for (?:me|later)|(?:buy|get|order) (?:it|them|those) (?:next (?:week|month|time)|another time|some other time|later))\b/,
    },
    // a shopper asking to hear how an order goes ("text me when my groceries are on the way")
    {
      intent: IntentName.NotifyMe,
      pattern:
        /\b(?:tell|let|notify|text|email|message|ping|alert|remind|update)\s+me\s+(?:know\s+)?(?:when|once|as soon as|if)\s+(?:my|the|our)\s+(?:order|groceries|delivery|package|parcel|stuff|shopping)\b/,
    },
    // a shopper asking to hear when something comes back
    {
      intent: IntentName.NotifyMe,
      pattern:
        /\b(?:(?:tell|let|notify|ping|remind|text|email|alert|message)\s+(?:me|us)|give (?:me|us) a (?:shout|heads up|call|ring|nudge|bell))\s+(?:know\s+)?(?:when|once|if|as soon as)\s+(?:it|it's|its|it is|they|they're|they are|that|that's|that is|this|those)\b(?:.*\b(?:back|in stock|available|restocked|comes? in|arrives?|is)\b)?|\b(?:notify|let me know|tell me)\b.*\bback in stock\b/,
    },
    {
      intent: IntentName.NotifyMe,
      pattern: /\bwhen (?:the\s+|my\s+)?(.+?)\s+(?:come|comes|is|are|gets?|goes)\s+back\b.*\b(?:tell|let|notify|text|email|ping)\b/,
      product: named(1),
    },
    // "tell me when you get navel oranges back in"
    {
      intent: IntentName.NotifyMe,
      pattern:
        /\b(?:tell|let|notify|text|email|ping|alert|call)\s+(?:me|us)\s+(?:know\s+)?(?:when|once|if|as soon as)\s+(?:you|ya)\s+(?:get|have|restock|stock)\s+(?:the\s+|some\s+|any\s+|more\s+)?(.+?)\s+(?:back(?:\s+in)?(?:\s+stock)?|in stock|again)\b/,
      product: named(1),
    },
    {
      intent: IntentName.NotifyMe,
      pattern:
        /\b(?:(?:call|ring|phone|text|email|tell|notify|ping|message|alert|let)\s+(?:me|us)|give (?:me|us) a (?:shout|heads up|call|ring|bell|nudge))\s+(?:know\s+)?(?:when|once|if|as soon as)\s+(?:the\s+|my\s+|your\s+)?(.+?)(?:'s|\s+(?:is|are|comes?|gets?|goes))\s+back(?:\s+in(?: stock)?)?\b/,
      product: named(1),
    },
    // help
    {
      intent: IntentName.Help,
      pattern:
        /\bwhat can (?:you|i)\b(?: \w+){0,3} (?:do|say|ask)\b|\bhow does this (?:work|thing work)\b|\bhow (?:this|it) works?\b|\bexplain\b|\bhow do i (?:use|shop|order)\b|\b(?:i'?m|i am) (?:confused|lost|stuck)\b|\bwhat am i supposed to (?:say|do)\b|\bnever used (?:one of these|this|you|a \w+) before\b|\bwhat (?:do|should|can) i (?:do|say)(?: now| next| here)?$|^(?:help|help me|i need help)(?: please)?$/,
    },
    // moving around: again, and back
    {
      intent: IntentName.Repeat,
      pattern:
        /^(?:(?:can you|could you|please)\s+)*(?:say|read|tell me|give me)\s+(?:them|that|it|those|the list)\s+again\b|^(?:repeat|again)(?:\s+(?:that|them|please))*$|\bcome again\b|\bwhat did you (?:just )?say\b/,
    },
    // "go back to my cart": the cart, read again
    {
      intent: IntentName.ViewCart,
      pattern: /^(?:(?:can we|let's|please|okay|ok|now)\s+)*(?:go|take me|bring me) back to (?:my|the|our) (?:cart|basket|trolley|shopping cart)(?:\s+please)?$/,
    },
    {
      intent: IntentName.GoBack,
      pattern:
        /^(?:(?:can we|let's|please)\s+)*(?:go|take me) back(?: to (?:the )?(?:list|results|last list|previous (?:list|page|ones)))?(?:\s+please)?$|^(?:previous|back)(?: please)?$/,
    },
    // leaving, then thanks
    {
      intent: IntentName.Stop,
      pattern:
        /^(?:shut up|be quiet|quiet|silence|enough|go away)\b|^(?:(?:shh+|shush|hush)\s*)+(?:(?:please|now|alexa|stop|quiet|be quiet)\s*)*$|\b(?:be quiet|shut up)\b|\b(?:bye|goodbye|good bye|bye bye|cheerio|ta ta|ta-ra|tara|see you|see ya|talk later|that'?s me done|i'?m off|(?:that'?s|that will be|that'll be|that would be|that'd be) (?:it|all|everything)(?: for (?:now|today|tonight|this time))?|nothing else|(?:i'?m|we're|i am|we are) (?:done|good|all set|finished)|all done)\b/,
    },
    {
      intent: IntentName.Thanks,
      pattern:
        /\b(?:thanks|thank you|thank u|thankyou|thx|cheers|much appreciated|appreciate it|you'?re (?:the best|a star|awesome|great))\b|\b(?:you'?re|you are|ur)\b.*\b(?:smart|clever|funny|great|cool|awesome|nice|helpful|amazing|brilliant|the best)\b/,
    },
    // "after these messages uh how much are the honeycrisp apples": a price asked after noise
    {
      intent: IntentName.ProductDetails,
      pattern:
        /\b(?:um|uh|so|anyway|okay|ok|well|right)\s+how much (?:is|are|do|does)\s+(?:the\s+|a\s+|an\s+|your\s+)?(?!(?:it|that|this|they|them|those|these|delivery|shipping|postage|the delivery|my|our)\b)(.+?)(?:\s+(?:cost|costs|go for|run|please|then))?$/,
      product: named(1),
    },
  ],
  de: [
    // "erinnere mich freitag windeln zu bestellen": eine Erinnerung nach Datum, die der Shop nicht führt
    {
      intent: IntentName.NotifyMe,
      pattern: /\berinner\w*\s+(?:mich|uns)\b.*\b(?:zu bestellen|bestellen|zu kaufen|kaufen|nachzubestellen|nachbestellen|zu holen)\b/,
      product: () => DATED_REMINDER,
      slot: SlotName.Query,
    },
    { intent: IntentName.SmallTalk, pattern: /^(?:(?:hallo|hi|hey|guten (?:morgen|tag|abend)|moin|servus|grüß gott)\s*)+$/, product: () => GREETING, slot: SlotName.Query },
    { intent: IntentName.SmallTalk, pattern: /\bwie geht'?s\b|\bwie geht es (?:dir|ihnen)\b|\bwer bist du\b|\bbist du ein (?:mensch|roboter)\b/ },
    {
      intent: IntentName.Reorder,
      pattern: /\b(?:die|den|das)\s+(.+?)\s+(?:von (?:neulich|letztem mal|letzter woche)\s+)?(?:nachbestellen|nochmal bestellen|wieder bestellen)\b/,
      product: named(1),
    },
    { intent: IntentName.OpeningHours, pattern: /\b(?:wann|um wie viel uhr)\b.*\b(?:auf|offen|geöffnet|zu|geschlossen|erreichbar|anrufen|erreichen)\b|\böffnungszeit\w*\b/ },
    // "was hab ich denn jetzt alles im warenkorb", "alles wieder raus aus dem korb", "dann bestellen wir das mal"
    {
      intent: IntentName.ViewCart,
      pattern:
        /\bwas (?:hab|habe|haben) (?:ich|wir)\b.*\b(?:im|in meinem|in unserem) (?:warenkorb|korb)\b|\bwas (?:ist|liegt|steckt) (?:denn )?(?:jetzt )?(?:alles )?(?:im|in meinem) (?:warenkorb|korb)\b/,
    },
    {
      intent: IntentName.ClearCart,
      pattern:
        /^(?:(?:bitte|also|ach|ok|okay|und)\s+)*alles (?:wieder )?(?:raus|weg)(?: (?:aus dem|ausm) (?:warenkorb|korb))?(?: bitte)?$|\b(?:warenkorb|korb) (?:leeren|leer machen|ausleeren)\b|\bleer (?:den|meinen) (?:warenkorb|korb)\b/,
    },
    {
      intent: IntentName.Checkout,
      pattern: /^(?:(?:dann|ok|okay|also|gut|so)\s+)*(?:bestellen wir|bestell|bestelle|kaufen wir|kauf) (?:das|es|alles|die sachen)(?:\s+(?:mal|jetzt|so|bitte|dann))*$/,
    },
    {
      intent: IntentName.TalkToHuman,
      pattern:
        /\b(?:mit\s+)?(?:einem|einer|jemandem|jemand)\s+(?:echten\s+|richtigen\s+)?(?:menschen|mensch|person|mitarbeiter\w*|berater\w*)\b|\b(?:kundendienst|kundenservice|kundenbetreuung|kundensupport|hotline|service ?nummer|telefonnummer)\b|\bmit (?:jemandem|einem menschen) (?:sprechen|reden)\b/,
    },
    {
      intent: IntentName.ClearCart,
      pattern:
        /\b(?:mach|mache|macht)\s+(?:mal\s+|bitte\s+)*(?:den|meinen|unseren)\s+warenkorb\s+(?:ganz\s+)?leer\b|\bwarenkorb\s+(?:komplett\s+|ganz\s+)?(?:leeren|löschen|ausleeren|leer machen|zurücksetzen)\b|\b(?:leer|leere|lösch|lösche)\w*\s+(?:den|meinen|unseren)\s+(?:ganzen\s+)?warenkorb\b|\balles\s+(?:aus dem warenkorb\s+)?(?:löschen|entfernen|raus(?:nehmen)?)\b/,
    },
    // "nimm bitte alles wieder raus": the whole cart
    {
      intent: IntentName.ClearCart,
      pattern:
        /\b(?:nimm|nehmen sie|tu|räum|räume|schmeiß|wirf)\s+(?:bitte\s+|mal\s+|doch\s+)*alles\s+(?:wieder\s+)?(?:raus|heraus|weg|aus dem warenkorb)\b|\bwarenkorb\s+(?:\w+\s+)?leer\b/,
    },
    // "kann ich bei euch jemanden anrufen": a person
    {
      intent: IntentName.TalkToHuman,
      pattern: /\b(?:jemanden|jemand|wen)\s+(?:\w+\s+)?(?:anrufen|sprechen|erreichen)\b|\b(?:anrufen|telefonieren)\b.*\b(?:euch|ihnen|jemand\w*)\b/,
    },
    // "wie sind die bewertungen von den chicken nuggets"
    {
      intent: IntentName.Reviews,
      pattern:
        /\b(?:wie sind|was sagen)\s+die\s+(?:bewertungen|rezensionen|kunden|leute)\s+(?:von|zu|für|über)\s+(?:den|der|dem|die|das)?\s*(.+?)$|\bwie (?:ist|sind) (?:der|die|das) (.+?) bewertet\b/,
      product: (m) => named(1)(m) ?? named(2)(m),
    },
    // "was brauch ich alles für einen kuchen": a suggestion for an occasion
    {
      intent: IntentName.Recommend,
      pattern: /^(.*\bwas (?:brauch|brauche|braucht|nehm|nehme|koch|koche|kaufe?) (?:ich|man|wir) (?:alles |denn |so )*(?:für|zum|zur)\b.*)$/,
      product: (m) => m[1],
      slot: SlotName.Query,
    },
    {
      intent: IntentName.ViewCart,
      pattern:
        /\bwas (?:ist|liegt|habe ich|hab ich|ist alles) (?:in|im) (?:meinem |dem |unserem )?(?:warenkorb|korb)\b|\b(?:zeig|lies|sag)\w*\s+(?:mir\s+)?(?:den|meinen)\s+warenkorb\b|^(?:mein\s+)?warenkorb(?: bitte)?$/,
    },
    {
      intent: IntentName.CancelOrder,
      pattern: /\b(?:storn\w*|abbestellen)\b|\bbestellung\s+(?:\w+\s+)?(?:abbrechen|zurücknehmen|rückgängig)\b/,
    },
    {
      intent: IntentName.ChangeOrder,
      pattern:
        /\bbestellung\s+(?:noch\s+)?(?:ändern|änderen|bearbeiten|ergänzen)\b|\b(?:zur|zu der)\s+bestellung\s+(?:noch\s+)?(?:dazu|hinzu)\w*\b|\b(?:bei|an|in|aus) (?:meiner|der|unserer) (?:letzten |aufgegebenen |gestrigen )?bestellung\b.*\b(?:raus|ändern|hinzufügen|dazu|weg|entfernen|austauschen|tauschen|streichen)\b/,
    },
    { intent: IntentName.ReturnItem, pattern: /\b(?:zurückgeben|zurückschicken|zurücksenden|umtauschen|reklamieren)\b/ },
    {
      intent: IntentName.OrderStatus,
      pattern:
        /\bwo (?:ist|bleibt|sind)\s+(?:meine|unsere|die)\s+(?:bestellung|lieferung|sendung|paket)\b|\bwann kommt\b|\bist\s+(?:meine|die)\s+(?:bestellung|lieferung)\s+(?:schon\s+)?(?:da|unterwegs|angekommen|verschickt)\b|\bsendungsverfolgung\b|\bbestellstatus\b/,
    },
    {
      intent: IntentName.Reorder,
      pattern: /^(?:bitte\s+)?(?:bestell|bestelle|kauf|kaufe)\s+(?:mir\s+|uns\s+)?(?:die|den|das)\s+(.+?)\s+(?:nochmal|noch einmal|wieder)(?:\s+bitte)?$/,
      product: named(1),
    },
    {
      intent: IntentName.Reorder,
      pattern: /^(?:(?:bitte|und)\s+)*(?:nochmal|noch einmal|wieder)\s+(?:die\s+|den\s+|das\s+)?(.+?)(?:\s+bitte)?\s+wie (?:beim )?letzte[sn]? mal$/,
      product: named(1),
    },
    {
      intent: IntentName.Reorder,
      pattern:
        /\b(?:nochmal|noch einmal|wieder)\s+(?:bestellen|kaufen|aufgeben)\b|\bdas übliche\b|\bwie (?:beim )?letzte[sn]? mal\b|\b(?:meine|die) letzte bestellung (?:nochmal|noch einmal|wieder)\b|\b(?:das gleiche|dasselbe|dieselben sachen) wie (?:immer|sonst|letztes mal|beim letzten mal)\b/,
    },
    {
      intent: IntentName.OrderHistory,
      pattern:
        /\bwas (?:habe|hab|hatte) ich (?:zuletzt |letztes mal |das letzte mal )?(?:bestellt|gekauft)\b|\bmeine (?:letzten |bisherigen )?bestellungen\b|\bbestellverlauf\b|\b(?:was|wie ?viel) (?:habe|hab) ich\b(?!.*\b(?:letzten|vorigen|letzte)\s+(?:bestellung|einkauf|lieferung)\b).*\b(?:ausgegeben|aus gegeben|bezahlt|bestellt|gekauft)\b/,
    },
    // "wie viel hab ich bei der letzten bestellung ausgegeben": the newest order's total
    {
      intent: IntentName.OrderHistory,
      pattern:
        /\bwie ?viel\b.*\b(?:letzten|vorigen|letzte)\s+(?:bestellung|einkauf|lieferung)\b|\b(?:letzte|vorige)\s+(?:bestellung|rechnung)\b.*\b(?:gekostet|ausgegeben|bezahlt)\b/,
      product: () => 'last',
      slot: SlotName.Ordinal,
    },
    { intent: IntentName.StoreLocation, pattern: /\b(?:abholen|abholung|selbst abholen|im laden|in der filiale|wo seid ihr|wo ist euer (?:laden|geschäft))\b/ },
    { intent: IntentName.MyData, pattern: /\b(?:welche|meine) (?:adresse|lieferadresse)\b|\bwohin (?:liefert|schickt) ihr\b/ },
    {
      intent: IntentName.VoiceCodeInfo,
      pattern: /\b(?:sprachcode|pin|code)\b.*\b(?:warum|wozu|wofür|brauche)\b|\b(?:warum|wozu|wofür|ab welchem betrag|ab wann|ab wie viel)\b.*\b(?:sprachcode|pin|code)\b/,
    },
    { intent: IntentName.DeliveryInfo, pattern: /\b(?:versandkostenfrei|kostenlose? (?:lieferung|versand)|liefert ihr|wie lange dauert (?:die |der )?(?:lieferung|versand))\b/ },
    {
      intent: IntentName.Checkout,
      pattern: /\b(?:zur kasse|kasse|auschecken|bezahlen|jetzt zahlen|bestellung (?:abschließen|aufgeben|abschicken)|ich (?:bin|wäre) fertig)\b/,
    },
    { intent: IntentName.Deals, pattern: /\b(?:treue\w*|bonus(?:punkte|programm|karte)|punkte sammeln|kundenkarte)\b/, product: () => LOYALTY, slot: SlotName.Query },
    { intent: IntentName.Deals, pattern: /\b(?:angebot\w*|sonderangebot\w*|rabatt\w*|aktion\w*|gutschein\w*|prozente|reduziert\w*|schnäppchen|im angebot)\b/ },
    { intent: IntentName.SaveForLater, pattern: /\b(?:merkliste|wunschliste|merk\w* (?:dir |mir )?(?:das|den|die)|für später)\b/ },
    { intent: IntentName.NotifyMe, pattern: /\b(?:sag|sagen sie|gib|geben sie)\s+mir\s+bescheid\b|\bbenachrichtig\w*\b/ },
    { intent: IntentName.Help, pattern: /\bwas kannst du\b|\bwie funktioniert das\b|^(?:hilfe|hilf mir)(?: bitte)?$/ },
    { intent: IntentName.Stop, pattern: /\b(?:tschüss|tschüs|auf wiedersehen|auf wiederhören|bis dann|bis bald|das wars?|das war's|das ist alles|nichts mehr|ich bin fertig)\b/ },
    { intent: IntentName.Thanks, pattern: /\b(?:danke|dankeschön|vielen dank|merci)\b/ },
  ],
};

const AGE_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, couple: 2, few: 3 };
/** "two weeks ago", "a couple weeks back", "last week", "yesterday": how many days back an order was asked about; else the newest. */
function orderAge(said: string | undefined): string {
  const text = (said ?? '').toLowerCase();
  if (/\byesterday\b/.test(text)) return '1 days';
  if (/\blast week\b/.test(text)) return '7 days';
  if (/\blast month\b/.test(text)) return '30 days';
  const m = /\b(\d+|a|an|one|two|three|four|five|six|couple|few)\s+(?:of\s+)?(day|days|week|weeks|month|months)\b/.exec(text);
  if (!m) return 'last';
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : AGE_NUMBERS[m[1]];
  return `${n * (m[2].startsWith('week') ? 7 : m[2].startsWith('month') ? 30 : 1)} days`;
}

/** Readings for what is said to be social (thanks, goodbye, who are you), never read over a request. */
const SOCIAL = new Set<IntentName>([IntentName.Thanks, IntentName.Stop, IntentName.SmallTalk]);
/** Words that begin a request for a product. */
const REQUEST: Readonly<Record<Language, RegExp>> = {
  en: /^(?:(?:please|um|uh|so|and|also|oh|okay|ok)\s+)*(?:add|put|get|buy|find|order|search|show|remove|take|throw|i want|i need|i'd like|can i have|can i get)\b/,
  de: /^(?:(?:bitte|und|also|okay|ok)\s+)*(?:leg|pack|füg|tu|such|finde|zeig|bestell|kauf|nimm|ich brauch|ich möchte|ich hätte gern)\w*\b/,
};

/**
 * What free words ask of the shop, or undefined when they name nothing the shop does (a product
 * name, a remark): then the caller answers as it would have.
 */
/** A person asked for at the end of what is said ("… can somebody help me"), before any word about the shop. */
const PERSON_ASKED: Readonly<Record<Language, RegExp>> = {
  en: /\b(?:can|could|would|will) (?:somebody|someone|anybody|anyone|a (?:real )?person|a human|one of your (?:people|staff)) (?:please )?(?:help me|call me|sort (?:this|it) out)(?: (?:please|out|with this|here))?$|\bi need (?:a (?:real )?person|a human|somebody|someone) to (?:help|sort)\b/,
  de: /\b(?:kann|könnte) mir (?:bitte )?(?:jemand|ein mensch|eine person) helfen\b/,
};

export function meaningOf(said: string, language: Language): Meaning | undefined {
  const words = said
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!words) return undefined;
  // "my card is fine can somebody help me": a person asked for, whatever the words before name
  if (PERSON_ASKED[language].test(words)) return { intent: IntentName.TalkToHuman, slots: {} };
  // phrases that are about the shop whatever else is said ("can I pay with apple pay") come first
  const aboutShop = shopPhrase(words);
  // "do you take returns on opened stuff": returns, whatever the payment-like words around them
  if (aboutShop === IntentName.PaymentOptions && /\b(?:returns?|refunds?)\b/.test(words)) return { intent: IntentName.ReturnPolicy, slots: {} };
  if (aboutShop && aboutShop !== IntentName.OpeningHours) return { intent: aboutShop, slots: {} };
  const asksForSomething = REQUEST[language].test(words);
  for (const reading of READINGS[language]) {
    // "add cheerio's", "und danke noch die milch": a request with a polite word in it is the request
    if (asksForSomething && SOCIAL.has(reading.intent)) continue;
    const m = reading.pattern.exec(words);
    if (!m) continue;
    const product = reading.product?.(m);
    return { intent: reading.intent, slots: product ? { [reading.slot ?? SlotName.Product]: { value: product } } : {} };
  }
  // a single word about the shop ("shipping", "returns", "a store near me")
  const topic = policyTopic(words);
  if (topic) return { intent: topic, slots: {} };
  return undefined;
}

/** Words that can make up a plain yes to the purchase question, and those that carry it. */
const YES_WORDS: Readonly<Record<Language, { carry: ReadonlySet<string>; alongside: ReadonlySet<string> }>> = {
  en: {
    carry: new Set(
      'yes yet yeah yea yep yass yup ya yah yas yess sure shore sher ok okay okey alright charge absolutely definitely certainly correct affirmative confirm confirmed place buy proceed ahead mhm mhmm uh-huh'.split(
        ' ',
      ),
    ),
    alongside: new Set(
      "please go do it the order my and just lovely dear ta cheers wonderful brilliant love honey mate buddy man on then plays play sounds good great perfect super right ahead that's that is right fine perfect great good go-ahead of course thing let's lets now it's uh huh um yes sir ma'am thanks thank you i you can will want to please then sounds older odor by it guess suppose reckon think so much very lot a kindly appreciate appreciated".split(
        ' ',
      ),
    ),
  },
  de: {
    carry: new Set('ja jawohl jo jup klar sicher genau gerne gern okay ok bestellen bestell bestelle bestätigen bestätige kaufen los richtig passt'.split(' ')),
    alongside: new Set(
      'bitte die das den bestellung aufgeben machen mach es doch natürlich auf jeden fall danke ist gut schon sehr einfach mal jetzt ich will so genau denke na'.split(' '),
    ),
  },
};

/** Words that hold a yes back ("yes but wait", "sure, no"): the question is asked again. */
const HEDGE: Readonly<Record<Language, RegExp>> = {
  en: /\b(?:no|not|don't|dont|never|wait|hold|stop|cancel|maybe|later|hmm|but|if|change|remove|without|except|what|how|why|nope|nah)\b/,
  de: /\b(?:nein|nicht|nee|kein|keine|warte|moment|stopp|abbrechen|vielleicht|später|aber|wenn|ohne|außer|was|wie|warum)\b/,
};

/**
 * Whether words said to the purchase question are a clear yes: at least one word that says yes,
 * every other word a filler that goes with one ("yes please place the order", "sure go ahead",
 * "ja bitte bestellen"), and nothing that hedges. Anything less asks the question again.
 */
export function clearYes(said: string, language: Language, question?: string): boolean {
  let text = said
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // at "Cancel order …?", "cancel it" is the yes
  if (question === 'cancel-order') text = text.replace(/\b(?:cancel|stornieren|storniere)(?: (?:it|that|the order|das|sie|es))?\b/g, 'yes');
  if (!text || HEDGE[language].test(text)) return false;
  const words = text
    .replace(/\buh huh\b/g, 'uh-huh')
    .replace(/\bgo ahead\b|\bgo for it\b|\b(?:let'?s )?do it\b|\bsounds (?:good|great|perfect|fine)(?: to me)?\b|\bthat works(?: for me)?\b/g, 'ahead')
    .split(' ');
  const { carry, alongside } = YES_WORDS[language];
  return words.some((w) => carry.has(w)) && words.every((w) => carry.has(w) || alongside.has(w));
}

/** Whether words said to the purchase question are a clear no ("no thanks not now", "nein danke"). */
export function clearNo(said: string, language: Language): boolean {
  const text = said
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const en =
    /^(?:(?:no|nope|nah|no no|nooo*|not now|not yet|don't|do not|cancel|stop|never mind|nevermind|forget it|wait)\b.*)$|\b(?:don't|do not) (?:buy|order|place|do) (?:it|that|this|the order|anything)\b/;
  const de = /^(?:nein|nee|nö|lieber nicht|doch nicht|noch nicht|abbrechen|vergiss es)\b|\bnicht bestellen\b/;
  return (language === 'de' ? de : en).test(text) || HOLD[language].test(text);
}

/** Words that hold a purchase back to change it first ("hang on, I want to add something"): a no, nothing charged, the cart kept. */
const HOLD: Readonly<Record<Language, RegExp>> = {
  en: /\b(?:wait|hang on|hold on|hold up|one (?:sec|second|moment|minute)|not yet|not now|later|i (?:want|need|forgot) to (?:add|change|remove|get)|let me (?:add|check|think|change)|i forgot|never ?mind)\b/,
  de: /\b(?:warte|warten sie|moment|noch nicht|später|ich (?:will|möchte|muss) noch|ich habe (?:was|etwas) vergessen|vergiss es)\b/,
};
