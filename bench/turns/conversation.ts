import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { alexaIntent, alexaLaunch } from '../../test/support/envelopes';

export type AlexaHandler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

/**
 * One shopper's full conversation, turn by turn, timing each handler call. The order of turns
 * is the one a real purchase takes, so every intent runs against realistic state.
 */
export async function timedConversation(handler: AlexaHandler, userId: string, accessToken: string, samples: Map<string, number[]>): Promise<void> {
  const sessionId = `bench-session-${userId}`;
  const options = { userId, sessionId, accessToken };
  const turns: Array<[string, RequestEnvelope]> = [
    ['Launch', alexaLaunch(options)],
    ['SearchIntent', alexaIntent('SearchIntent', { query: 'paper towels' }, options)],
    ['MoreResultsIntent', alexaIntent('AMAZON.NextIntent', {}, options)],
    ['ProductDetailsIntent', alexaIntent('ProductDetailsIntent', { ordinal: '2' }, options)],
    ['AddToCartIntent', alexaIntent('AddToCartIntent', { quantity: 'two' }, options)],
    ['ViewCartIntent', alexaIntent('ViewCartIntent', {}, options)],
    ['CheckoutIntent', alexaIntent('CheckoutIntent', {}, options)],
    ['YesIntent (order placed)', alexaIntent('AMAZON.YesIntent', {}, options)],
    ['OrderStatusIntent', alexaIntent('OrderStatusIntent', {}, options)],
    ['ReorderIntent', alexaIntent('ReorderIntent', { product: 'paper towels' }, options)],
    ['NoIntent', alexaIntent('AMAZON.NoIntent', {}, options)],
    ['HelpIntent', alexaIntent('AMAZON.HelpIntent', {}, options)],
  ];
  for (const [name, envelope] of turns) {
    const started = process.hrtime.bigint();
    const out = await handler(envelope);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    const speech = (out.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
    if (/went wrong|busy/.test(speech)) throw new Error(`${name} failed during the benchmark: ${speech}`);
    if (!samples.has(name)) samples.set(name, []);
    samples.get(name)!.push(elapsed);
  }
}
