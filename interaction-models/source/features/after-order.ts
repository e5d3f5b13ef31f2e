/**
 * After the order: reminders the shopper asks for ("tell me when my order ships", "tell me when
 * paper towels are back in stock", "remind me about my cart", "stop reminding me") and feedback
 * ("rate my order", "four stars", "my feedback is …"). The core's flows are
 * src/core/flows/reminders.ts and src/core/flows/feedback.ts.
 */
import { IntentName, SlotName } from '../../../src/core/intents';
import { SlotKind, type IntentDef } from '../types';
import type { FeatureModel } from './index';

const product = { name: SlotName.Product, kind: SlotKind.Product } as const;
// a score from one to five: the spoken-number type, with digits as ids ("four" → 4)
const rating = { name: SlotName.Rating, kind: SlotKind.Quantity } as const;
// free words after a lead-in (AMAZON.SearchQuery / @sys.any)
const comment = { name: SlotName.Comment, kind: SlotKind.SearchQuery } as const;

const own = (name: IntentName, slots: IntentDef['slots']): IntentDef => ({ name, slots, alexa: { intent: name }, dialogflow: { displayName: name } });

const intents: readonly IntentDef[] = [
  own(IntentName.NotifyMe, [product]),
  own(IntentName.CartReminder, []),
  own(IntentName.StopReminders, []),
  own(IntentName.RateOrder, [rating]),
  own(IntentName.FeedbackComment, [comment]),
];

export const afterOrderFeature: FeatureModel = {
  intents,
  locales: {
    'en-US': {
      samples: {
        [IntentName.NotifyMe]: [
          'tell me when my order ships',
          'let me know when my order ships',
          'notify me when my order ships',
          'let me know when my order is shipped',
          'tell me when my order is on its way',
          'tell me when {product} is back in stock',
          'tell me when {product} are back in stock',
          'let me know when {product} is back in stock',
          'let me know when {product} are back',
          'notify me when {product} is back',
          'alert me when {product} is available again',
          'let me know when it is back in stock',
          "tell me when it's back",
        ],
        [IntentName.CartReminder]: [
          'remind me about my cart',
          'remind me about my cart later',
          'remind me to check out later',
          'send me a reminder about my cart',
          'remind me if I forget my cart',
        ],
        [IntentName.StopReminders]: [
          'stop reminding me',
          'no more reminders',
          'turn off reminders',
          'turn off my reminders',
          'stop the reminders',
          'cancel my reminders',
          'unsubscribe me from reminders',
        ],
        [IntentName.RateOrder]: [
          'rate my order',
          'rate my last order',
          'I want to rate my order',
          'I want to leave feedback',
          'leave feedback',
          "I'd like to give feedback",
          'rate my order {rating}',
          '{rating} stars',
          '{rating} out of five',
          "I'd give it {rating}",
          'I give it {rating} stars',
          'it was a {rating}',
        ],
        [IntentName.FeedbackComment]: [
          'my feedback is {comment}',
          'my comment is {comment}',
          'I want to say {comment}',
          "I'd like to say {comment}",
          'please tell the team {comment}',
          'the delivery was {comment}',
          'the driver was {comment}',
        ],
      },
    },
    'en-GB': {
      samples: {
        [IntentName.NotifyMe]: [
          'tell me when my order is dispatched',
          'let me know when my order has been dispatched',
          'let me know when my delivery is on its way',
          'tell me when my order ships',
          'tell me when {product} is back in stock',
          'tell me when {product} are back in stock',
          'let me know when {product} is back in stock',
          'give me a shout when {product} is back',
          'let me know when it is back in stock',
          "tell me when it's back",
        ],
        [IntentName.CartReminder]: ['remind me about my basket', 'remind me about my basket later', 'remind me to go to checkout later', 'send me a reminder about my basket'],
        [IntentName.StopReminders]: ['stop reminding me', 'no more reminders', 'switch off reminders', 'switch off my reminders', 'stop the reminders', 'cancel my reminders'],
        [IntentName.RateOrder]: [
          'rate my order',
          'rate my last delivery',
          'I want to rate my order',
          'I want to leave feedback',
          'leave feedback',
          "I'd like to give some feedback",
          'rate my order {rating}',
          '{rating} stars',
          '{rating} out of five',
          "I'd give it {rating}",
          'I give it {rating} stars',
          'it was a {rating}',
        ],
        [IntentName.FeedbackComment]: [
          'my feedback is {comment}',
          'my comment is {comment}',
          'I want to say {comment}',
          "I'd like to say {comment}",
          'please tell the team {comment}',
          'the delivery was {comment}',
          'the driver was {comment}',
        ],
      },
    },
    'de-DE': {
      samples: {
        [IntentName.NotifyMe]: [
          'sag mir Bescheid wenn meine Bestellung verschickt wird',
          'gib mir Bescheid wenn meine Bestellung unterwegs ist',
          'benachrichtige mich wenn meine Bestellung verschickt ist',
          'sag mir Bescheid wenn {product} wieder da ist',
          'gib mir Bescheid wenn {product} wieder vorrätig ist',
          'benachrichtige mich wenn {product} wieder da ist',
          'sag mir Bescheid wenn es wieder da ist',
        ],
        [IntentName.CartReminder]: ['erinnere mich an meinen Warenkorb', 'erinnere mich später an meinen Warenkorb', 'erinnere mich später ans Bestellen'],
        [IntentName.StopReminders]: ['keine Erinnerungen mehr', 'hör auf mich zu erinnern', 'Erinnerungen ausschalten', 'schalte die Erinnerungen aus'],
        [IntentName.RateOrder]: [
          'Bestellung bewerten',
          'bewerte meine Bestellung',
          'ich möchte meine Bestellung bewerten',
          'ich möchte Feedback geben',
          '{rating} Sterne',
          '{rating} von fünf',
          'ich gebe {rating} Sterne',
          'ich gebe ihr {rating} Sterne',
        ],
        [IntentName.FeedbackComment]: [
          'mein Feedback ist {comment}',
          'mein Kommentar ist {comment}',
          'ich möchte sagen {comment}',
          'sag dem Team {comment}',
          'die Lieferung war {comment}',
        ],
      },
    },
  },
};
