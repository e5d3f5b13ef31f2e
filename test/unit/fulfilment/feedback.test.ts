/**
 * Feedback on in-memory ports: after a delivery the next session asks once, a rating is stored
 * and counted, a 1 or 2 or a complaint offers a person, "rate my order" and "I want to leave
 * feedback" work any time, and a number heard as another intent still answers "from one to five".
 */
import { isComplaint, parseRating } from '../../../src/core/flows/feedback';
import { afterShop, FAN, type AfterShop } from '../../support/after-shop';

async function delivered(a: AfterShop) {
  const order = await a.placed([
    ['SKU-10054', 1],
    ['SKU-10060', 2],
  ]);
  await a.post(a.event(order, 'delivered'));
  a.newSession();
  return order;
}

describe('Feedback', () => {
  describe('after a delivery', () => {
    it('asks once, at the start of the next session, then asks for a comment and stores both', async () => {
      // Given a delivered order
      const a = afterShop();
      const order = await delivered(a);

      // When the shopper opens the shop
      const opened = await a.say('Launch', {}, { isNewSession: true });
      expect(opened.speech).toBe('Welcome back to Corner Shop. Your order with Willow Lane Earl Grey Tea and Sunny Acres Whole Milk was delivered. How was it, from one to five?');
      expect(opened.reprompt).toBe('Please rate your order from one to five, like "four stars".');

      // And rates it with a number the platform heard as a quantity, then tells the shop something
      const rated = await a.say('SetQuantityIntent', { quantity: { value: 'four', id: '4' } });
      expect(rated.speech).toBe("Thank you, glad to hear it. Anything you'd like to tell us?");
      const told = await a.say('FeedbackCommentIntent', { comment: { value: 'the tea smelled lovely' } });
      expect(told.speech).toBe("Thank you, I've passed that on to the team. Anything else?");

      // Then one record holds the rating and the comment, counted for the report
      expect([...a.feedback.feedback.values()]).toEqual([
        expect.objectContaining({ customerId: FAN.customerId, orderId: order.orderId, rating: 4, comment: 'the tea smelled lovely', complaint: false }),
      ]);
      expect([a.metrics.of('FeedbackRated'), a.metrics.of('FeedbackSatisfied'), a.metrics.of('FeedbackRatingSum'), a.metrics.of('FeedbackComment')]).toEqual([1, 1, 4, 1]);

      // And the next session does not ask again
      a.newSession();
      expect((await a.say('Launch', {}, { isNewSession: true })).speech).toMatch(/^Welcome to Corner Shop\./);
    });

    it('offers a person for a 1 or a 2, and takes "no" for no comment', async () => {
      const a = afterShop();
      await delivered(a);
      await a.say('Launch', {}, { isNewSession: true });
      const low = await a.say('RateOrderIntent', { rating: { value: 'two', id: '2' } });
      expect(low.speech).toBe("I'm sorry it wasn't better. To talk to a person, call 1 800 555 0199; the number is in your app. Anything you'd like to tell us?");
      expect(low.card).toEqual({ title: 'Customer service', text: 'Call 1 800 555 0199, every day from 8 in the morning to 8 at night.' });
      expect((await a.say('NoIntent')).speech).toBe('Okay, thanks for rating your order. Anything else?');
      expect(a.metrics.of('FeedbackSatisfied')).toBe(0);
    });

    it('offers a person when the comment is a complaint', async () => {
      const a = afterShop();
      await delivered(a);
      await a.say('Launch', {}, { isNewSession: true });
      await a.say('RateOrderIntent', { rating: { value: 'three', id: '3' } });
      const told = await a.say('FeedbackCommentIntent', { comment: { value: 'two of the milk cartons were leaking' } });
      expect(told.speech).toBe("Thank you, and I'm sorry about that. A person can help at 1 800 555 0199; I've sent the number to your app. Anything else?");
      expect(told.card?.title).toBe('Customer service');
      expect(a.metrics.of('FeedbackComplaint')).toBe(1);
    });

    it('asks again for a number it could not hear, and lets any other request go on as usual', async () => {
      const a = afterShop();
      await delivered(a);
      await a.say('Launch', {}, { isNewSession: true });
      expect((await a.say('FallbackIntent')).speech).toBe('Please give me a number from one to five, like "four stars".');
      expect((await a.say('RateOrderIntent', { rating: { value: 'nine', id: '9' } })).speech).toBe('Please give me a number from one to five, like "four stars".');
      expect((await a.say('ViewCartIntent')).speech).toMatch(/^Your cart is empty\./);
      expect(a.feedback.feedback.size).toBe(0);
    });

    it('takes a comment said with no lead-in on Dialogflow (its words arrive), and asks for one on Alexa (they do not)', async () => {
      const a = afterShop();
      await delivered(a);
      await a.say('Launch', {}, { isNewSession: true });
      await a.say('RateOrderIntent', { rating: { value: 'five', id: '5' } });
      expect((await a.say('FallbackIntent')).speech).toBe('Sorry, I didn\'t catch that. Say "my feedback is" and what you\'d like to tell us, or say "no".');
      const dialogflow = await a.say('FallbackIntent', {}, { utterance: 'the courier was really friendly' });
      expect(dialogflow.speech).toBe("Thank you, I've passed that on to the team. Anything else?");
      expect([...a.feedback.feedback.values()][0]).toMatchObject({ rating: 5, comment: 'the courier was really friendly' });
      // a comment taken from the words is no "not understood" turn in the report
      expect(a.metrics.turns.at(-1)).toMatchObject({ outcome: 'answered', capability: 'feedback', goal: true });
    });
  });

  describe('any time', () => {
    it('"rate my order" asks about the latest delivered order', async () => {
      const a = afterShop();
      const order = await delivered(a);
      await a.feedback.takeDue(FAN.customerId, order.orderId);
      const asked = await a.say('RateOrderIntent');
      expect(asked.speech).toBe('How was your order with Willow Lane Earl Grey Tea and Sunny Acres Whole Milk, from one to five?');
      expect((await a.say('RateOrderIntent', { rating: { value: 'five', id: '5' } })).speech).toMatch(/^Thank you, glad to hear it\./);
      expect([...a.feedback.feedback.values()][0]).toMatchObject({ orderId: order.orderId, rating: 5 });
    });

    it('"I want to leave feedback" with nothing delivered still listens, on both platforms, linked or not', async () => {
      const a = afterShop();
      const alexa = await a.say('RateOrderIntent', {}, { accessToken: undefined });
      expect(alexa.speech).toBe("I don't see a delivered order to rate yet, but your feedback is welcome. What would you like to tell us?");
      const told = await a.say('FeedbackCommentIntent', { comment: { value: 'please stock oat milk' } }, { accessToken: undefined });
      expect(told.speech).toBe("Thank you, I've passed that on to the team. Anything else?");
      expect([...a.feedback.feedback.values()]).toEqual([expect.objectContaining({ comment: 'please stock oat milk', platform: 'alexa' })]);
      expect([...a.feedback.feedback.values()][0].customerId).toBeUndefined();
    });

    it('speaks British English and German', async () => {
      const a = afterShop();
      await delivered(a);
      expect((await a.say('Launch', {}, { isNewSession: true, locale: 'de-DE' })).speech).toBe(
        'Willkommen zurück bei Corner Shop. Ihre Bestellung mit Willow Lane Earl Grey Tea und Sunny Acres Whole Milk wurde zugestellt. Wie zufrieden waren Sie, von eins bis fünf?',
      );
      expect((await a.say('RateOrderIntent', { rating: { value: 'vier', id: '4' } }, { locale: 'de-DE' })).speech).toBe('Danke, das freut uns. Möchten Sie uns noch etwas sagen?');
      expect((await a.say('NoIntent', {}, { locale: 'en-GB' })).speech).toBe('Right, thanks for rating your order. Anything else?');
    });
  });

  describe('reading what was said', () => {
    it.each([
      ['4', 4],
      ['four stars', 4],
      ['a five', 5],
      ['vier Sterne', 4],
      ['I would say three', 3],
      ['the tea was great but the box was wet', undefined],
    ])('reads "%s" as %s', (said, rating) => expect(parseRating(said)).toBe(rating));

    it.each([
      ['the eggs arrived broken', true],
      ['never arrived', true],
      ['die Milch war abgelaufen', true],
      ['lovely fresh bread', false],
    ])('reads "%s" as a complaint: %s', (said, complaint) => expect(isComplaint(said)).toBe(complaint));
  });
});
