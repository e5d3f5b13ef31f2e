/**
 * How English speakers phrase the shop's requests, in classes (see ../phrasing.ts), for the
 * American and British models alike. Each locale adds its own words on top ("cart" or
 * "basket", "check out" or "go to checkout") and keeps its own older samples.
 *
 * Written from how people talk to a shop (fillers, politeness, indirect requests, bare answers,
 * corrections), not from any test corpus.
 */
import { IntentName } from '../../../src/core/intents';
import { around, phrases } from '../phrasing';

/** What the shopper calls the cart in this locale. */
export interface EnglishWords {
  cart: string;
}

/** Digits said on their own, heard as the voice code on Dialogflow (see LocaleSource.dialogflowOnly). */
export const ENGLISH_BARE_PIN: Partial<Record<IntentName, string[]>> = { [IntentName.VoicePin]: phrases('{pin}', 'um {pin}', '{pin} please') };

/** What a product is counted in, one and several: "a jar of jelly", "two bags of rice", "a thing of cream cheese". */
const ONE_CONTAINER = '(bag|box|jar|can|tin|bottle|carton|pack|packet|gallon|loaf|bunch|tub|thing|roll|bar)';
const CONTAINERS = '(bags|boxes|jars|cans|tins|bottles|cartons|packs|packets|gallons|loaves|bunches|tubs|things|rolls|bars)';

/**
 * A number with what the product is counted in, heard on Dialogflow, whose quantity entity takes
 * the number alone: "and a thing of cream cheese", "make it four bottles". Alexa's quantity slot
 * takes "four bottles" whole (its values are training data) and the core reads the number in it.
 */
export function englishCounted(): Partial<Record<IntentName, string[]>> {
  return {
    [IntentName.AddMore]: around(['', 'and', 'plus'], phrases(`(a|an|one) ${ONE_CONTAINER} of (the|) {product}`, `{quantity} (more|) ${CONTAINERS} of (the|) {product}`)),
    [IntentName.SetQuantity]: around(
      ['', 'actually', 'no'],
      phrases(
        '(make|change) (it|that|them) (to|) {quantity} (bottles|bags|boxes|cans|jars|packs|cartons|loaves|tubs|rolls)',
        'i (want|need) {quantity} (bottles|bags|boxes|cans|jars|packs) of (those|them)',
      ),
    ),
  };
}

export function englishSamples(w: EnglishWords): Partial<Record<IntentName, string[]>> {
  const cart = w.cart;
  return {
    [IntentName.Search]: around(
      ['', 'um', 'please', 'can you', 'could you'],
      phrases(
        'search (for|) {query}',
        '(any|need) {query}',
        'where can i find (the|some|) {query}',
        'have you (got|) any {query}',
        'look up {query}',
        'show me (the|some|) {query}',
        'do you (guys|) (have|sell|carry|stock) {query}',
        'have you (guys|) got {query}',
        'is there {query}',
        'are there {query}',
        'got any {query}',
        'i am looking for {query}',
        'i would like {query}',
        "i'd like {query}",
        'i want {query}',
        'i need to buy {query}',
        'i need to get {query}',
        'i need some {query}',
        'we need {query}',
        'we need some {query}',
        "(i'm|i am|we're|we are) (all|) out of {query}",
        '(i|we) could (use|do with) (some|a|an|more|) {query}',
        "(i'm|i am|we're|we are) (running|getting) low on {query}",
        '(i|we) (ran|have run|just ran) out of {query}',
        "what's the {query}",
        "what's your {query}",
        'what (kind of|kinds of|sort of|types of) {query} do you have',
        'what {query} do you (have|sell|carry)',
        'find me {query}',
        // a filter on the list just read: "just the ones under ten bucks", "only the cheap ones"
        '(just|only|) the ones {query}',
        '(just|only) the {query} ones',
        'which (ones|of them|of those) (are|cost) {query}',
      ),
      ['', 'please'],
    ).filter((p) => !/^(can you|could you) (i |we |i'd|i'm|i am|we're|we are|what|where|any|need|is there|are there|got any|do you|have you)/.test(p)),
    [IntentName.MoreResults]: around(
      ['', 'um', 'okay'],
      phrases(
        '(what|which) (are|were) the other (ones|options)',
        'what other (ones|options) (are there|do you have)',
        'any (more|other) (ones|options)',
        '(show me|read me|tell me) (the|) (next|other) (ones|few)',
        '(next|more) (options|please)',
        '(the|) next page',
        'what else (have you got|is there|you got)',
        'keep going',
        'read more',
        'other (ones|options)',
        'anything else (like that|)',
      ),
    ),
    [IntentName.ProductDetails]: around(
      ['', 'um', 'can you tell me'],
      phrases(
        'how much (is|are|does) (the|) {product} (cost|)',
        'what (does|do) (the|) {product} cost',
        "what's the price (of|on|for) (the|) {product}",
        'price (of|on|for) (the|) {product}',
        'how much for (the|) {product}',
        'what was the {ordinal} one (again|)',
        "what's the {ordinal} one",
        'what is the {ordinal} one',
        'tell me (more|) about (it|that one)',
        'tell me more',
        'more (details|info|information) (please|)',
        '(read|say) (me|) the {ordinal} one again',
        '(tell me|) (more|) about the {ordinal} (one|)',
        'what can you tell me about (the|) {product}',
        '(more|) (details|info|information) (on|about|for) the {ordinal} one',
        'how many (rolls|wipes|sheets|pods|bags|cans|bottles|tablets|ounces|pieces|eggs) (is that|are in it|in it|come in it|in the {product}|are in the {product})',
        'how (big|large) is (it|that|the {product})',
        'what size is (it|that|the {product})',
        // follow-ups about the product just talked about ("how much are they", "how heavy is that bag")
        'how much (is it|is that|are they|are those) (again|)',
        'how much (does it|do they) cost',
        'how (heavy|big) (is it|is that|are they|are those|is that one)',
        'how (heavy|big) is (that|this|the) (bag|box|bottle|jar|pack|can|one)',
        'how heavy is (the|) {product}',
        'how much (does|do) (it|that|they|the {product}) weigh',
        'what (does|do) (it|that|they|the {product}) weigh',
        "(what's|what is) the (weight|size) (of it|of that|of the {product}|)",
        'what size (are they|are those|is that bag|is the bag)',
      ),
    ),
    [IntentName.AddToCart]: [
      ...around(
        ['', 'um', 'okay', 'please', 'can you', 'yes', 'yeah', 'sure'],
        phrases(
          `(add|put) (some|a|the|) {product} (in|into|to) my ${cart}`,
          `(throw|stick|pop) (some|the|a|) {product} in my ${cart}`,
          '(throw|toss) in (some|a|the|) {product}',
          `(add|put) {quantity} (of|) {product} (in|to) my ${cart}`,
          `(add|put) {quantity} of the {ordinal} one (in|to) my ${cart}`,
          `(add|put) (that|it|that one) (to|in) my ${cart}`,
          'add (some|a|an|the|) {product}',
          'add {quantity} {product}',
          'add it (to the cart|)',
          'add (that|this) (one|)',
          'add (those|them)',
          'add {quantity} (of those|of them|of it|of that|)',
          `put (it|that|that one) in (my|the) ${cart}`,
          'get (me|us|) {quantity} {product}',
          'grab (me|) (some|a|) {product}',
        ),
        ['', 'please'],
        // "yes, add it" is a yes to the shop's "add it?"; a whole request with a product needs no yes
      ).filter((p) => !/^(can you|could you) (yeah|and|please)/.test(p) && !/^(yes|yeah|sure) .*\{product\}/.test(p)),
      ...around(['can i', 'can we', 'could i', 'could we', 'um can i', 'um can we'], phrases('(get|have) (some|a|an|the|) {product}', '(get|have) {quantity} {product}'), [
        '',
        'please',
        'pleease',
        'pleeease',
        'pretty please',
      ]),
      ...phrases(
        '{quantity} {product} (please|)',
        "(i'll|i will|we'll) (take|have) {quantity} {product}",
        '(i|we) need {quantity} {product}',
        '(i|we) want {quantity} {product}',
        "(i'll|i will|we'll) (take|have) {quantity} (of those|of them|of these)",
        "(i'll|i will|we'll) (take|have) (that|this|that one|this one|those|them)",
        '(throw|toss) in {quantity} {product}',
      ),
      // "okay i'll take it" after hearing about a product
      ...around(['okay', 'alright', 'then'], phrases("(i'll|i will) take (it|that|that one|them|those|one)")),
    ],
    [IntentName.RemoveFromCart]: around(
      ['', 'um', 'actually', 'please'],
      phrases(
        `(take|get) (the|) {product} (out|off) (of my ${cart}|)`,
        '(take|get) (the|) {product} off (my|the) list',
        '(remove|delete|drop) (that|it|this|that one|this one)',
        '(remove|delete|drop|take out) the {ordinal} one',
        'take the {ordinal} one out',
        `take out the {product}`,
        `(remove|delete|drop) the {product} (from my ${cart}|)`,
        'get rid of (the|) {product}',
        'get rid of (it|that|that one)',
        'take (that|it|this) (out|off)',
        `take (that|it|this) (out|off) (of|from) my ${cart}`,
        "(i don't|i do not) (want|need) (the|) {product} (anymore|any more|after all|)",
        "(i don't|i do not) (want|need) (it|that|that one) (anymore|any more|after all)",
        'remove {quantity} (of the|of) {product}',
        'take {quantity} of the {product} out',
        '{quantity} (less|fewer)',
      ),
    ),
    [IntentName.ViewCart]: around(
      ['', 'um', 'so', 'tell me'],
      phrases(
        `what('s| is) in (my|the|our) ${cart} (right now|so far|now|)`,
        `what do i have in (my|the) ${cart}`,
        `how much (is|have i got|do i have) in (my|the) ${cart}`,
        `how many (things|items|products) (do i have|are there|are) in (my|the) ${cart}`,
        `(read|list) (me|) (my|the) ${cart}`,
        `(read|list) (out|) what's in (my|the) ${cart}`,
        `what('s| is) (my|the) total (so far|)`,
        'how much (is it|is that|does it come to) (so far|altogether|in total)',
        `(check|show|review) (my|the) ${cart} (please|)`,
        // a recogniser's "cart": "car", "card"
        "what('s| is) in (my|the) (car|card)",
      ),
    ),
    [IntentName.ClearCart]: around(
      ['', 'um', 'okay', 'actually', 'please'],
      phrases(
        `(empty|clear) (out|) (my|the) ${cart} (please|)`,
        'clear everything (out|)',
        `(remove|delete|take out) everything (from|in|out of) (my|the) ${cart}`,
        'start (a|) fresh',
        `(start|begin) (a|) new ${cart}`,
        'remove everything',
        `throw (everything|it all) out`,
        '(empty|clear) (out|) (my|the) (car|card)',
      ),
    ),
    [IntentName.Checkout]: around(
      ['', 'um', 'okay', 'right', 'go ahead and', "let's", 'please', 'can i', 'i want to', "i'd like to"],
      phrases('check (me|) out', 'checkout', '(place|complete) (my|the) order', 'pay (now|for my order|)', "(i'm|i am|we're|) ready to (pay|check out|order)"),
      ['', 'please', 'now'],
    ),
    [IntentName.Reorder]: around(
      ['', 'um', 'can you', 'please'],
      phrases(
        '(order|get|buy) (me|) my (usual|) {product} again',
        'reorder my usual',
        '(order|get|buy) (me|) my usual {product}',
        're order (my|the|) {product}',
        'we order (my|the) {product}',
        'reorder (my|the) {product}',
        'order (the|my) {product} (like|same as) (last time|before)',
        '(i|we) need (more|some) {product} (like|same as) (last time|before)',
        '(get|order) (me|) (more|some) {product} like last time',
        '(the|) same (thing|order|stuff) as (last time|before)',
        '(order|get) (the|) same (thing|order|stuff) as (last time|before)',
        '(repeat|redo) (my|the) (last|previous) order',
      ),
    ),
    [IntentName.OrderStatus]: around(
      ['', 'um', 'can you tell me'],
      phrases(
        "(where's|where is) my (order|delivery|package|stuff|groceries|shopping)",
        'where are my (groceries|things|{product})',
        "when('s| is) my (order|delivery|package|stuff) (coming|arriving|getting here|due)",
        'when (will|does|should) my (order|delivery|package|stuff|{product}) (arrive|come|get here|be here)',
        'when will it (arrive|get here|be here|come)',
        'is my (order|delivery|{product}) (on the way|on its way|coming|here yet|out for delivery)',
        'has my (order|delivery|{product}) (shipped|left|been sent|gone out) (yet|already|)',
        'did my (order|{product}) (ship|go out)',
        'track (my|the) (order|delivery|package)',
        "(what is|what's) the status of my (order|delivery|{product} order|last order)",
        '(status of|where is|track) order (number|) {orderNumber}',
        "(what's|what is) (happening with|going on with) my order",
      ),
    ),
    [IntentName.VoicePin]: phrases("(my|the) (voice|) (code|pin) (is|'s) {pin}", 'pin {pin}'),
    [IntentName.TalkToHuman]: around(
      ['', 'um'],
      phrases(
        '(can|could|may) i (speak|talk) to (someone|somebody|a person|a human|an agent|a real person|a representative|customer service|a manager)',
        'i (want|need|would like) to (speak|talk) to (someone|somebody|a person|a human|an agent|a real person|a manager)',
        "i'd like to (speak|talk) to (someone|somebody|a person|a human|a real person)",
        '(customer|costumer) (service|support|care|services) (please|)',
        'can i (call|ring|phone) (someone|somebody|you|customer service|support)',
        "(what's|what is) (your|the) (phone|support|customer service|help line|helpline) number",
        '(get|put) me (through to|to) (a person|a human|someone|an agent|customer service|customer services)',
        '(human|agent|operator|real person)',
        'i need help from a (person|real person)',
        'is there (someone|somebody|a person|a human) i can (talk|speak) to',
      ),
    ),
    [IntentName.Yes]: around(
      ['', 'oh', 'um', 'yeah', 'okay', 'ok', 'yes'],
      phrases(
        'yes',
        'yes please',
        'yep',
        'yup',
        'yeah',
        'sure',
        'okay',
        'ok',
        'alright',
        'absolutely',
        'of course',
        'definitely',
        'please do',
        'sounds good',
        "that's fine",
        "let's do it",
      ),
      ['', 'please', 'go ahead', 'do it', 'why not', 'sure'],
    ).filter((p) => !['yes please', 'sure', 'yes'].includes(p)),
    [IntentName.No]: around(
      ['', 'oh', 'um', 'no', 'wait'],
      phrases(
        'no',
        '(no|know|nope|nah) (thanks|thank you|not now|not today|not right now|not yet)',
        'nope',
        'nah',
        'no (no|way)',
        "(no|) (don't|do not) (buy|order|place) (that|it|this|the order)",
        "(no|) (don't|do not) (do that|do it)",
        "(i don't|i do not) want (it|that|this|to order|to buy it)",
        "(i've|i have) changed my mind",
        'changed my mind',
        '(not|no) (now|today|yet|right now)',
      ),
    ).filter((p) => !['no', 'no thanks'].includes(p)),
    [IntentName.Help]: around(
      ['', 'um', 'so', 'hey'],
      phrases(
        'what (can|do|should) i (say|do|ask) (you|)',
        'what can you (do|help with)',
        'how (does this|do i use this|do i shop|do i order|do i use the shop) (work|)',
        "(i'm|i am) (confused|lost|stuck)",
        "i don't (know|get it|understand) (what to say|how this works|)",
        'what are my options',
        'can you help( me|)',
        'i need (some|) help',
        'help (me|) (please|out|)',
      ),
    ).filter((p) => !['help', 'help me'].includes(p)),
    [IntentName.Stop]: around(
      ['', 'alexa', 'okay', 'ok', 'alright', 'no'],
      phrases(
        'stop',
        'quit',
        'exit',
        'bye',
        'bye bye',
        '(bye|goodbye|see you) (for now|then)',
        'goodbye',
        'good bye',
        'see you (later|)',
        'shut up',
        'be quiet',
        'stop talking',
        "that's (all|it) (for now|for today|)",
        "that('ll| will) be all",
        "(i'm|we're|i am) (done|finished|all set|all good)",
        "that's me done",
        'nothing else',
        "(that's|thats) all i need",
      ),
      ['', 'thanks'],
    ).filter((p) => !['stop', 'shut up', 'off', "that's all", 'goodbye', 'quit'].includes(p)),
    [IntentName.Cancel]: around(
      ['', 'oh', 'um', 'actually', 'wait', 'no'],
      phrases('never mind', 'nevermind', 'forget (it|that|about it)', 'cancel (that|this)', 'scratch that', "don't worry about it", 'leave it'),
      ['', "don't order it", "don't buy it", 'thanks'],
    ).filter((p) => !['cancel', 'never mind', 'forget it'].includes(p)),
    [IntentName.StartOver]: around(
      ['', 'um', 'okay', "let's", 'can we', 'please'],
      phrases('start (over|again|from the beginning|from scratch)', 'begin again', 'go (back|) to the (start|beginning)', 'main menu'),
      ['', 'please'],
    ).filter((p) => !['start over', 'start again', 'restart'].includes(p)),

    // — answers, navigation, account (words) —
    [IntentName.Select]: [
      ...around(
        ['', 'um', 'uh', 'oh', 'okay', 'yes', 'yeah'],
        phrases('the {ordinal} (one|)', '{ordinal} one', 'the {product} one', 'that one', 'this one', 'the one', 'just the {ordinal} one'),
        ['', 'please', 'thanks'],
      ),
      // a number slot can be heard empty by the stand-in, so no "yes" before it ("yes please")
      ...around(['', 'um', 'oh'], phrases('number {quantity}', '(option|item) (number|) {quantity}', '(just|only) (the|) {quantity}'), ['', 'please', 'thanks']),
      ...phrases('{quantity} please'),
      ...around(
        ['no', 'no no', 'not that one', 'not that', 'actually', 'sorry', 'oops', 'wait', 'i meant', 'no i meant', 'no i said', 'i said', 'i wanted', 'no i wanted'],
        phrases('the {ordinal} (one|)', 'number {quantity}', 'the {product} one', 'the {product}', '{product}'),
      ),
      ...phrases('{product}', '{product} please', '{quantity}', '{ordinal}', 'some {product}', 'the {product}'),
    ],
    [IntentName.Repeat]: around(
      ['', 'um', 'sorry', 'pardon', 'can you', 'could you', 'sorry can you', 'sorry could you', 'can you please', 'could you please', 'please'],
      phrases('repeat (that|it|the list|yourself|that please|)', 'say (that|it) again', 'one more time', 'come again'),
      ['', 'please'],
    ).concat(phrases('what (did you say|did you just say|was that)', "(sorry|) i didn't (catch|hear|get) that", 'pardon', 'what')),
    [IntentName.GoBack]: around(
      ['', 'um', 'okay', 'can we', 'can you', 'please'],
      phrases(
        'go back (to the (list|results|last list|previous list|search)|)',
        'back',
        'take me back',
        'the (previous|last) (list|results|page)',
        'previous (list|results|page|ones)',
        '(back|go back) to (the|) (results|list)',
      ),
      ['', 'please'],
    ).filter((p) => !['go back', 'previous', 'back up', 'skip back'].includes(p)),
    [IntentName.Thanks]: around(
      ['', 'oh', 'okay', 'ok', 'great', 'perfect', 'awesome', 'cool', 'nice', 'wonderful', 'brilliant'],
      phrases('thanks', 'thank you', 'thanks a lot', 'thank you (so|very) much', 'thanks so much', 'much appreciated', 'cheers'),
    ).concat(['great', 'perfect', 'awesome', 'cool', 'nice', 'wonderful', "that's great", "that's perfect", 'good', 'very good']),
    [IntentName.AccountHelp]: around(
      ['', 'um', 'so', 'please'],
      phrases(
        '(how do|how can|where do|can) i (link|connect|sign in to|log in to|set up) my account',
        // "link my account" itself asks for the linking to start: LinkAccountIntent
        'account linking',
        'how do i (sign|log) in',
        'why (do i need|should i) (to link|link) my account',
        "my account (isn't|is not|won't) (linked|link|connect|connecting|working)",
        '(i need to|help me) (link|connect) my account',
      ),
    ),
    [IntentName.UnlinkAccount]: around(
      ['', 'um', 'please', 'can you', 'i want to', "i'd like to", 'how do i', 'how can i'],
      phrases('(unlink|disconnect|remove|sign out of|log out of) my account', 'unlink (the|this|) account', '(sign|log) (me|) out'),
    ),
    [IntentName.MyData]: around(
      ['', 'um', 'tell me'],
      phrases(
        'what (data|information|personal data) do you (have|keep|store|collect) (about me|on me|)',
        'what do you (know|keep|store|have) (about|on) me',
        'what (address|delivery address) do you have (for me|on file|)',
        "what's my (delivery|) address",
        'which address (will you|do you) (use|deliver to|send it to)',
        "what's (my|the) email (address|) (you have|on file|)",
        'what name do you have (for me|on file|)',
        "what('s| is) on my account",
        'my (account|personal) (details|information|data)',
        'do you (record|keep recordings of|listen to) me',
        "(what is|what's) your privacy policy",
      ),
    ),
    [IntentName.DeleteMyData]: around(
      ['', 'um', 'please', 'can you', 'i want you to', 'i want to', 'how do i'],
      phrases('(delete|erase|remove|wipe) (all|) my (data|information|details|personal data)', 'delete my account', 'forget (everything about me|me|all about me)'),
    ),
    [IntentName.SmallTalk]: around(
      ['', 'hey', 'so', 'um', 'alright', 'hi', 'hello'],
      phrases(
        'who are you',
        'who am i (talking|speaking) to',
        'what are you',
        "(what's|what is) your name",
        'are you a (real |)(person|human|robot|bot|machine)',
        'am i talking to a (real |)(person|human|robot|bot|machine)',
        'how are you( today| doing| doing today|)',
        "how's it going",
        "(how's|how is) your day (going|been|)",
        'how are things',
        "what's up",
        'are you there',
        'nice to meet you',
        "you're (great|awesome|funny|smart|helpful)",
      ),
    ),
    [IntentName.VoiceCodeInfo]: around(
      ['', 'um'],
      phrases(
        'do i need (a|my) (pin|code|voice code) (for every order|every time|to order|for small orders|)',
        '(how do|how can|can) i turn (off|on) (the|my) (voice code|pin|code)',
        "(what is|what's) (a|my|the) (voice code|voice pin)",
        '(how do|how can|can) i (set|set up|change|reset|get) (a|my) (voice code|pin|code)',
        'why do (i|you) need (a|my) (pin|code|voice code)',
        'i forgot my (pin|code|voice code)',
        'when do i need (a|my|the) (pin|code|voice code)',
      ),
    ),

    // — cart editing and orders (heard here; cartorders answers) —
    [IntentName.SetQuantity]: around(
      ['', 'um', 'actually', 'no', 'oh', 'please', 'can you'],
      phrases(
        'make (it|that|them|those) {quantity} (instead|)',
        'change (it|that|them) to {quantity}',
        'change the (quantity|amount|number) to {quantity}',
        'change the {product} to {quantity}',
        'change the {ordinal} one to {quantity}',
        'set (it|that|the quantity|the {product}) to {quantity}',
        'make the {product} {quantity}',
        'update (it|that|the quantity) to {quantity}',
        'i (want|need) {quantity} (of those|of them|of it|of the {product}) (instead|)',
        '{quantity} instead',
        'make (it|that) {quantity} {product}',
        "(i'll|i will) (take|have) {quantity} of the {product} (instead|)",
        'make (it|that) {quantity} of the {product}',
      ),
    ),
    [IntentName.AddMore]: around(
      ['', 'um', 'oh', 'and', 'actually', 'please', 'can you', 'could you'],
      phrases(
        'add another (one|)',
        'another (one|)',
        'one more',
        '{quantity} more',
        'add {quantity} more',
        '{quantity} more {product}',
        'add another {product}',
        'another {product}',
        'add {quantity} more (of those|of them|of it|{product})',
        '(add|) {quantity} more of the {product}',
        '(add|) (another|one more) of the {product}',
        'the same again',
      ),
      ['', 'please'],
    ).concat(
      // "and a thing of cream cheese", "plus the cheddar": one more thing, said after an add (Alexa
      // hears "a thing" as the quantity; the core reads the number in it)
      around(['and', 'plus', 'also', 'and also'], phrases('{quantity} of (the|) {product}', '(a|an|some|the) {product}'), ['', 'please', 'too']),
    ),
    [IntentName.OrderHistory]: around(
      ['', 'um', 'can you tell me'],
      phrases(
        'what did (i|we) (order|buy|get) (last time|lass time|las time|before|recently|lately|last week)',
        '(show|read|tell) me my (recent|past|last|previous|) orders',
        'my (recent|past|last|previous) orders',
        '(my|) order history',
        'what have (i|we) ordered (before|recently|so far|)',
        'what was (in|on) my (last|previous) order',
        'how many orders (have i|did i) (placed|made|place|make)',
        'how much did (i|we) spend (last time|on my last order|on the last order)',
        'what did my last order (cost|come to)',
        'when did (i|we) (last order|order last)',
        '(list|read) my orders',
      ),
    ),
    [IntentName.CancelOrder]: around(
      ['', 'wait', 'oops', 'actually', 'please', "i didn't mean to order that"],
      phrases(
        'cancel (my|the|that|this) order',
        'cancel (my|the) (last|latest|most recent) order',
        'cancel the order (i just made|i just placed|i placed)',
        '(i want|i need|i would like|i wanna) to cancel (my|the|that) order',
        "i'd like to cancel (my|the|that) order (i just made|i just placed|)",
        'undo (my|that|the) (order|purchase)',
        'can you undo (it|that|my order)',
        'cancel order (number|) {orderNumber}',
        'cancel (my|the) {product} order',
        'cancel my order (for|of|with) (the|) {product}',
        "(don't|do not) send (it|my order)",
      ),
    ).concat(phrases('my (kid|son|daughter|child) (just|) (ordered|bought) something (cancel it|can you cancel it|)')),
    [IntentName.ChangeOrder]: around(
      ['', 'um', 'please', 'can i', 'can you', 'i want to', "i'd like to", 'i need to', 'how do i', 'how can i'],
      phrases(
        '(change|modify|update|edit) my (order|delivery address|address)',
        '(change|modify|update) the (delivery address|address|order)',
        '(change|modify) my order to {query}',
        'add something to my order',
        'deliver (it|my order) to a different address',
      ),
    ),
    [IntentName.ReturnItem]: around(
      ['', 'um'],
      phrases(
        "(i want to|i would like to|i'd like to|how do i|how can i|can i|i need to) (return|send back) (the|my|this|) {product}",
        '(return|send back) (the|my) {product}',
        "(i want to|i would like to|i'd like to|i need to) return (something|an item)",
        '(the|my) {product} (was|is|came|arrived) (damaged|broken|bad|spoiled|expired|wrong|open)',
        'i got the wrong (item|product|thing)',
      ),
    ),

    // — policies (heard here; policies answers) —
    [IntentName.DeliveryInfo]: around(
      ['', 'um', 'can you tell me'],
      phrases(
        'how much (is|does) (delivery|shipping) (cost|)',
        "(what's|what is) the (delivery|shipping) (fee|cost|charge|price)",
        'do you (charge|charge anything) for (delivery|shipping)',
        'is (delivery|shipping) free',
        'do you (offer|have|do) free (delivery|shipping)',
        'how long (does|will) (delivery|shipping|it) take',
        'when (would|will) it (arrive|get here|come) if i (order|ordered) (now|today)',
        'how (soon|fast|quickly) (can you deliver|do you deliver|will it arrive)',
        'how much more (do i need |)(for|to get) free (delivery|shipping)',
        'is there a minimum (order|spend)',
        "(what's|what is) the minimum (order|spend)",
        'do you deliver (here|to my area|to my address|to {query})',
        'where do you deliver (to|)',
        '(delivery|shipping) (costs|fees|info|information|options)',
      ),
    ),
    [IntentName.ReturnPolicy]: around(
      ['', 'um', 'so', 'can you tell me'],
      phrases(
        "(what's|what is) (your|the) (return|returns|refund) (policy|window)",
        '(can|how do|how can) i return (something|things|stuff|an item|items)',
        "can i return (something|things|stuff|it) if i (don't|do not) like it",
        'how (many days|long) do i have to (return|send back) (something|things|stuff|an item|items|it)',
        'do you (take|accept|do) returns',
        'can i get a refund',
        '(return|returns|refund) policy',
      ),
    ),
    [IntentName.OpeningHours]: around(
      ['', 'um', 'so', 'hey', 'can you tell me'],
      phrases(
        "(what are|what're) your (opening|business|support|customer service|) hours",
        'when are you open',
        'are you open (now|right now|today|tomorrow|on sundays|on weekends|)',
        'is (customer service|support) open (now|right now|today|)',
        '(what time|when) do you (open|close)',
        'when (is|does) (customer service|support) (open|close)',
        'when can i (call|reach) (you|someone|customer service|support)',
        '(opening|business|support) hours',
      ),
    ),
    [IntentName.StoreLocation]: around(
      ['', 'um', 'so'],
      phrases(
        "(where's|where is) (your|the) (nearest|closest|) (store|shop)",
        'where are you (located|based)',
        '(do you have|is there) a (store|shop) (near me|nearby|in {query})',
        "(what's|what is) your address",
        'is there (curbside|in store|store|) (pickup|pick up)',
        'can i (pick (it|them|my order) up|collect (it|my order|it from the shop|it from the store)|pick up my order)',
        'do you (do|offer|have) (curbside |in store |)(pickup|pick up|collection|click and collect)',
        'where can i (pick up|collect) my order',
        'can i come (to the store|to the shop|in store)',
      ),
    ),
    [IntentName.PaymentOptions]: around(
      ['', 'um', 'so', 'can you tell me'],
      phrases(
        'what (forms of payment|payment methods|kinds of payment|cards) do you (take|accept)',
        'how (do|can) i pay',
        '(can|do) i pay with (a different card|another card|cash|paypal|apple pay|a credit card|a debit card|{query})',
        'do you (take|accept) (credit cards|debit cards|cash|paypal|apple pay|{query})',
        '(which|what) card (are you going to|will you|do you) (charge|use)',
        '(which|what) card (is on file|do you have)',
        'change my (payment method|card)',
      ),
    ),
    [IntentName.ProductQuestion]: around(
      ['', 'um', 'and'],
      phrases(
        '(is|are) (it|that|this|they|those) {attribute}',
        '(is|are) the {ordinal} one {attribute}',
        '(is|are) (the|) {product} {attribute}',
        '(is|are) (the|) {product} {attribute} (at the moment|right now|today)',
        '(is|are) (it|that|they) {attribute} (at the moment|right now|today)',
        'do you have (the|) {product} {attribute}',
        '(does|do) (it|that|the {product}) have (gluten|sugar|nuts|dairy|lactose|caffeine) (in it|)',
      ),
    ),
  };
}
