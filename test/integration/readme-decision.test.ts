/**
 * The README's second conversation, "Deciding, with a comparison and a coupon", as a reader
 * reproduces it: `npm start`, the README's own promotions:import command for the example file,
 * a token from its dev:token command for the customer it names, and each line the shopper says,
 * understood through the generated Alexa model (virtual-alexa) and sent to the running server's
 * /alexa route. What Alexa answers must be the README's text; only the order number and the dates
 * may differ.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { VirtualAlexa } from 'virtual-alexa';
import { readmeCommands, readmeSection, ROOT, sh, startShop, tempDataDir, terminalEnv, type RunningShop } from '../support/commands';

interface Exchange {
  shopper: string;
  alexa: string;
  card: boolean;
}

/** The section's second code block: "Shopper:" and "Alexa:" lines, continuation lines joined. */
function readDecision(section: string): { customer: string; importCommand: string; exchanges: Exchange[] } {
  const intro = /Deciding, with a comparison and a coupon, as the demo customer `(cust-demo-\d+)`[^`]*\(`(npm run promotions:import -- [^`]+)`\)/.exec(section);
  if (!intro) throw new Error('the README has no second conversation naming its customer and its promotions import');
  const blocks = [...section.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  const turns: Array<{ who: string; text: string }> = [];
  for (const line of blocks[1].split('\n')) {
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
  return { customer: intro[1], importCommand: intro[2], exchanges };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WEEKDAY_DATE = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}/g;
const SPOKEN_ORDER_NUMBER = /\d( \d){7}/g;

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
const dataDir = tempDataDir('decision');
const env = terminalEnv({ VOICE_SHOP_DATA_DIR: dataDir });

beforeAll(async () => {
  shop = await startShop(env);
}, 60_000);

afterAll(async () => {
  await shop?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the README's deciding conversation", () => {
  it('is what the demo customer it names hears from npm start once the example promotions are imported, line for line', async () => {
    // Given the promotions the README imports, loaded into the running shop with the README's command
    const { customer, importCommand, exchanges } = readDecision(readmeSection('A conversation'));
    const imported = await sh(importCommand, env);
    expect({ code: imported.code, stderr: imported.stderr }).toEqual({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(/3 rows read, 3 imported into voice-shop-local-promotions \(3 current now\), 0 skipped/);
    // and the customer it names, linked with the README's own token command
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
    (alexa as unknown as { parseLaunchRequest: () => undefined }).parseLaunchRequest = () => undefined;

    // When the shopper says each line
    const heard: string[] = [];
    const cards: boolean[] = [];
    for (const { shopper } of exchanges) {
      const opening = /^Alexa, open corner shop\.?$/i.test(shopper);
      const reply = (await (opening ? alexa.launch() : alexa.utter(shopper.replace(/[.?!]$/, '').toLowerCase()))) as {
        response: { outputSpeech?: { ssml?: string }; card?: unknown };
      };
      heard.push(stripSsml(reply.response.outputSpeech?.ssml));
      cards.push(Boolean(reply.response.card));
    }

    // Then every reply is the README's: the comparison, the reviews, the deals, the discount named, the total charged
    expect(heard.map((text, i) => ({ said: exchanges[i].shopper, heard: text, matches: replyPattern(exchanges[i].alexa).test(text) }))).toEqual(
      exchanges.map(({ shopper }, i) => ({ said: shopper, heard: heard[i], matches: true })),
    );
    for (const [i, { card }] of exchanges.entries()) if (card) expect({ said: exchanges[i].shopper, card: cards[i] }).toEqual({ said: exchanges[i].shopper, card: true });
    expect(heard.join(' ')).toContain('less $2.35 with code SAVE10');
  }, 90_000);
});
