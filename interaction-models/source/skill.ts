import { IntentName } from '../../src/core/intents';

/**
 * What the Alexa skill store shows per locale, and the manifest facts that follow from what the
 * skill does. `npm run models` turns it, with skill-settings.json (URLs that belong to the
 * operator), into skill-package/skill.json.
 */

/** A phrase the store shows; `utterance` is what follows the invocation name, checked against the model. */
export interface ExamplePhrase {
  text: string;
  /** the part a custom intent must hear; absent for the bare launch ("Alexa, open corner shop") */
  utterance?: string;
  /** the intent that utterance reaches (tested through the generated model) */
  intent?: IntentName;
}

export interface StoreListing {
  /** the skill's name in the store: the seller the replies name (Amazon's purchase rules) */
  name: string;
  summary: string;
  description: string;
  /** at most three; the first opens the skill */
  examplePhrases: readonly ExamplePhrase[];
  keywords: readonly string[];
}

export const storeListings: Readonly<Record<string, StoreListing>> = {
  'en-US': {
    name: 'Corner Shop',
    summary: 'Find everyday groceries and household goods, fill a cart and order by voice.',
    description:
      'Corner Shop lets you shop for everyday groceries and household goods by voice. Search the catalog, hear prices and ratings, ' +
      'add items to your cart, reorder what you bought before and ask where your order is. Every order is read back with its total ' +
      'and placed only after you say yes; order details go to the Alexa app and to your email. Link your Corner Shop account to buy.',
    examplePhrases: [
      { text: 'Alexa, open corner shop' },
      { text: 'Alexa, ask corner shop to find paper towels', utterance: 'find paper towels', intent: IntentName.Search },
      { text: 'Alexa, ask corner shop where is my order', utterance: 'where is my order', intent: IntentName.OrderStatus },
    ],
    keywords: ['shopping', 'groceries', 'order', 'reorder', 'cart', 'delivery'],
  },
  'en-GB': {
    name: 'Corner Shop',
    summary: 'Find everyday groceries and household goods, fill a basket and order by voice.',
    description:
      'Corner Shop lets you shop for everyday groceries and household goods by voice. Search the range, hear prices and ratings, ' +
      'add items to your basket, reorder what you bought before and ask where your order is. Every order is read back with its total ' +
      'and placed only after you say yes; order details go to the Alexa app and to your email. Link your Corner Shop account to buy.',
    examplePhrases: [
      { text: 'Alexa, open corner shop' },
      { text: 'Alexa, ask corner shop to find kitchen roll', utterance: 'find kitchen roll', intent: IntentName.Search },
      { text: 'Alexa, ask corner shop where is my order', utterance: 'where is my order', intent: IntentName.OrderStatus },
    ],
    keywords: ['shopping', 'groceries', 'order', 'reorder', 'basket', 'delivery'],
  },
  'de-DE': {
    name: 'Corner Shop',
    summary: 'Lebensmittel und Haushaltswaren finden, in den Warenkorb legen und per Sprache bestellen.',
    description:
      'Mit Corner Shop kaufen Sie Lebensmittel und Haushaltswaren per Sprache ein. Suchen Sie im Sortiment, hören Sie Preise und ' +
      'Bewertungen, legen Sie Artikel in den Warenkorb, bestellen Sie Gekauftes nach und fragen Sie, wo Ihre Bestellung ist. Jede ' +
      'Bestellung wird mit dem Gesamtbetrag vorgelesen und erst nach Ihrem Ja aufgegeben; die Bestelldetails kommen in die Alexa-App ' +
      'und per E-Mail. Zum Einkaufen verknüpfen Sie Ihr Corner-Shop-Konto.',
    examplePhrases: [
      { text: 'Alexa, öffne corner shop' },
      { text: 'Alexa, sag corner shop, suche kaffee', utterance: 'suche kaffee', intent: IntentName.Search },
      { text: 'Alexa, frag corner shop, wo ist meine bestellung', utterance: 'wo ist meine bestellung', intent: IntentName.OrderStatus },
    ],
    keywords: ['einkaufen', 'lebensmittel', 'bestellen', 'nachbestellen', 'warenkorb', 'lieferung'],
  },
};

/** Where the skill is offered: one country per locale. */
export const distributionCountries = ['US', 'GB', 'DE'] as const;

/**
 * Skill events the backend handles (src/adapters/alexa/skill-events.ts): disabling deletes the
 * shopper's data when Alexa says it is not kept, linking stores the token.
 */
export const skillEventSubscriptions = ['SKILL_ENABLED', 'SKILL_DISABLED', 'SKILL_ACCOUNT_LINKED', 'SKILL_PERMISSION_ACCEPTED', 'SKILL_PERMISSION_CHANGED'] as const;

/** Order updates reach the shopper as Alexa notifications. */
export const skillPermissions = ['alexa::devices:all:notifications:write'] as const;

// — after the order —
/**
 * The Proactive Events schemas the skill sends (src/infra/alexa-notifications/proactive-events.ts):
 * order updates from the fulfilment feed, and reminders (back in stock, a cart left behind).
 */
export const skillEventPublications = ['AMAZON.OrderStatus.Updated', 'AMAZON.MessageAlert.Activated'] as const;
