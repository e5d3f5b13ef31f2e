/**
 * The README's "A conversation", as a reader reproduces it: `npm start`, a token from the README's
 * own dev:token command for the customer it names, and each line the shopper says, understood
 * through the generated Alexa model (virtual-alexa) and sent to the running server's /alexa route.
 * What Alexa answers must be the README's text; only the order number and the dates may differ.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { VirtualAlexa } from 'virtual-alexa';
import { readmeCommands, readmeSection, ROOT, sh, startShop, tempDataDir, terminalEnv, type RunningShop } from '../support/commands';

interface Exchange {
  shopper: string;
  alexa: string;
  /** the "(+ a card …)" note at the end of a reply */
  card: boolean;
}

/** The code block of the section: "Shopper:" and "Alexa:" lines, continuation lines joined. */
function readConversation(section: string): { customer: string; exchanges: Exchange[] } {
  const customer = /as the demo customer `(cust-demo-\d+)`/.exec(section)?.[1];
  if (!customer) throw new Error('the conversation does not name the demo customer it is');
  const block = /```\n([\s\S]*?)```/.exec(section)![1];
  const turns: Array<{ who: string; text: string }> = [];
  for (const line of block.split('\n')) {
    const start = /^(Shopper|Alexa):\s+(.*)$/.exec(line);
    if (start) turns.push({ who: start[1], text: start[2].trim() });
    else if (line.trim()) turns[turns.length - 1].text += ` ${line.trim()}`;
  }
  const exchanges: Exchange[] = [];
  for (let i = 0; i < turns.length; i += 2) {
    expect([turns[i].who, turns[i + 1]?.who]).toEqual(['Shopper', 'Alexa']);
    const note = /\s{2,}\(\+ a card[^)]*\)$/.exec(turns[i + 1].text);
    exchanges.push({ shopper: turns[i].text, alexa: note ? turns[i + 1].text.slice(0, note.index).trim() : turns[i + 1].text, card: Boolean(note) });
  }
  return { customer, exchanges };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WEEKDAY_DATE = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}/g;
const SPOKEN_ORDER_NUMBER = /\d( \d){7}/g;

/** The README's reply as a pattern: the day's order number and dates in place of the printed ones. */
function replyPattern(text: string): RegExp {
  const pattern = escape(text).replace(SPOKEN_ORDER_NUMBER, '(\\d(?: \\d){7})').replace(new RegExp(WEEKDAY_DATE.source, 'g'), '[A-Z][a-z]+, [A-Z][a-z]+ \\d{1,2}');
  return new RegExp(`^${pattern}$`);
}

const stripSsml = (ssml = '') =>
  ssml
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

let shop: RunningShop;
const dataDir = tempDataDir('conversation');
const env = terminalEnv({ VOICE_SHOP_DATA_DIR: dataDir });

beforeAll(async () => {
  shop = await startShop(env);
}, 60_000);

afterAll(async () => {
  await shop?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the README conversation', () => {
  it('is what the demo customer it names hears from npm start, line for line', async () => {
    // Given the conversation and the customer the README names, linked with the README's own command
    const { customer, exchanges } = readConversation(readmeSection('A conversation'));
    const tokenCommand = readmeCommands('TOKEN=$(npm run -s dev:token -- ').find((c) => c.endsWith(` ${customer})`));
    expect(tokenCommand).toBeDefined();
    const minted = await sh(`${tokenCommand}; printf '%s' "$TOKEN"`, env);
    expect(minted.code).toBe(0);
    const alexa = VirtualAlexa.Builder()
      .skillURL(`${shop.base}/alexa`)
      .interactionModel(JSON.parse(readFileSync(join(ROOT, 'skill-package/interactionModels/custom/en-US.json'), 'utf8')))
      .locale('en-US')
      .create();
    alexa.context().setAccessToken(minted.stdout);
    // virtual-alexa reads any utterance with "tell" in it as a launch; inside a session Alexa does not
    (alexa as unknown as { parseLaunchRequest: () => undefined }).parseLaunchRequest = () => undefined;

    // When the shopper says each line
    const heard: string[] = [];
    const cards: boolean[] = [];
    for (const { shopper } of exchanges) {
      const opening = /^Alexa, open corner shop\.?$/i.test(shopper);
      const reply = (await (opening ? alexa.launch() : alexa.utter(shopper.replace(/[.?!]$/, '').toLowerCase()))) as {
        response: { outputSpeech?: { ssml?: string }; card?: { content?: string; text?: string } };
      };
      heard.push(stripSsml(reply.response.outputSpeech?.ssml));
      cards.push(Boolean(reply.response.card));
    }

    // Then every reply is the README's, and the order it places is the one it reports on
    expect(heard.map((text, i) => ({ said: exchanges[i].shopper, heard: text, matches: replyPattern(exchanges[i].alexa).test(text) }))).toEqual(
      exchanges.map(({ shopper }, i) => ({ said: shopper, heard: heard[i], matches: true })),
    );
    for (const [i, { card }] of exchanges.entries()) if (card) expect({ said: exchanges[i].shopper, card: cards[i] }).toEqual({ said: exchanges[i].shopper, card: true });
    const numbers = heard.flatMap((text) => text.match(SPOKEN_ORDER_NUMBER) ?? []);
    expect(numbers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(numbers).size).toBe(1);
  }, 60_000);
});
