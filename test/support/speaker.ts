import { alexaIntent, alexaLaunch, alexaSessionEnded, dialogflowRequest, httpApiEvent } from './envelopes';
import type { Harness } from './harness';

/** What a shopper hears, whichever platform carried it. */
export interface Heard {
  speech: string;
  reprompt?: string;
  endSession: boolean;
  card?: { title: string; text: string };
  linkAccount: boolean;
  /** the platform's whole response (Alexa response envelope, Dialogflow WebhookResponse) */
  raw: Record<string, any>;
}

/** Intent names as each platform sends them. */
const ALEXA_NAMES: Record<string, string> = {
  YesIntent: 'AMAZON.YesIntent',
  NoIntent: 'AMAZON.NoIntent',
  HelpIntent: 'AMAZON.HelpIntent',
  StopIntent: 'AMAZON.StopIntent',
  CancelIntent: 'AMAZON.CancelIntent',
  FallbackIntent: 'AMAZON.FallbackIntent',
  StartOverIntent: 'AMAZON.StartOverIntent',
  RepeatIntent: 'AMAZON.RepeatIntent',
  GoBackIntent: 'AMAZON.PreviousIntent',
};

const stripSsml = (ssml = '') =>
  ssml
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export type PlatformName = 'alexa' | 'dialogflow';

/**
 * A shopper talking to one of the exported Lambda handlers with real request envelopes:
 * Alexa envelopes, or Dialogflow WebhookRequests inside API Gateway v2 events.
 */
export class Speaker {
  private session = 1;
  private turn = 0;

  constructor(
    private readonly harness: Harness,
    readonly platform: PlatformName,
    readonly userId: string,
    public accessToken?: string,
    /** the Alexa request locale; on Dialogflow the agent's X-Shop-Locale header, with its language as languageCode */
    readonly locale = 'en-US',
  ) {}

  newSession(): void {
    this.session += 1;
    this.turn = 0;
  }

  private get sessionId(): string {
    return this.platform === 'alexa' ? `amzn1.echo-api.session.${this.userId}.${this.session}` : `projects/voice-shop/agent/sessions/${this.userId}-${this.session}`;
  }

  async launch(): Promise<Heard> {
    if (this.platform === 'dialogflow') return this.say('Default Welcome Intent');
    this.turn += 1;
    const out = await this.harness.alexa(alexaLaunch({ userId: this.userId, sessionId: this.sessionId, accessToken: this.accessToken, locale: this.locale }));
    return this.fromAlexa(out);
  }

  /** One turn: an intent with slots (Alexa) or parameters (Dialogflow). */
  async say(intent: string, slots: Record<string, string | { value: string; id?: string; dynamic?: boolean }> = {}): Promise<Heard> {
    this.turn += 1;
    if (this.platform === 'alexa') {
      const envelope = alexaIntent(ALEXA_NAMES[intent] ?? intent, slots, {
        userId: this.userId,
        sessionId: this.sessionId,
        accessToken: this.accessToken,
        isNew: this.turn === 1,
        locale: this.locale,
      });
      return this.fromAlexa(await this.harness.alexa(envelope));
    }
    // Dialogflow hands over the entity's reference value (the sku for products).
    const parameters = Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, typeof v === 'string' ? v : (v.id ?? v.value)]));
    const body = dialogflowRequest(intent, parameters, {
      session: this.sessionId,
      accessToken: this.accessToken,
      userId: this.userId,
      languageCode: this.locale.split('-')[0],
    });
    const result = await this.harness.dialogflow(httpApiEvent(body, { 'x-shop-locale': this.locale }));
    if (result.statusCode !== 200) throw new Error(`dialogflow answered ${result.statusCode}: ${result.body}`);
    const response = JSON.parse(result.body as string);
    const google = response.payload?.google ?? {};
    const items: Array<Record<string, any>> = google.richResponse?.items ?? [];
    const simple = items.find((i) => i.simpleResponse)?.simpleResponse;
    const card = items.find((i) => i.basicCard)?.basicCard;
    const signIn = google.systemIntent?.intent === 'actions.intent.SIGN_IN';
    return {
      speech: response.fulfillmentText ?? stripSsml(simple?.textToSpeech),
      reprompt: undefined,
      endSession: google.expectUserResponse === false,
      card: card ? { title: card.title, text: card.formattedText } : undefined,
      linkAccount: signIn,
      raw: response,
    };
  }

  async endSession(reason = 'USER_INITIATED'): Promise<void> {
    if (this.platform === 'alexa') {
      await this.harness.alexa(alexaSessionEnded(reason, { userId: this.userId, sessionId: this.sessionId, accessToken: this.accessToken }));
    }
    this.newSession();
  }

  private fromAlexa(out: Awaited<ReturnType<Harness['alexa']>>): Heard {
    const r = out.response;
    const card = r.card as { type: string; title?: string; content?: string } | undefined;
    return {
      speech: stripSsml((r.outputSpeech as { ssml?: string })?.ssml),
      reprompt: r.reprompt ? stripSsml((r.reprompt.outputSpeech as { ssml?: string }).ssml) : undefined,
      endSession: r.shouldEndSession === true,
      card: card && card.type === 'Simple' ? { title: card.title ?? '', text: card.content ?? '' } : undefined,
      linkAccount: card?.type === 'LinkAccount',
      raw: out as unknown as Record<string, any>,
    };
  }
}
