import { readFileSync } from 'node:fs';
import { VirtualAlexa } from 'virtual-alexa';
const model = JSON.parse(readFileSync(`skill-package/interactionModels/custom/${process.env.LOC ?? 'en-US'}.json`, 'utf8'));
const alexa = VirtualAlexa.Builder().handler(((e: any, c: any, cb: any) => { console.log('->', e.request.intent?.name, JSON.stringify(Object.fromEntries(Object.entries(e.request.intent?.slots ?? {}).map(([k, v]: any) => [k, v.value]))).slice(0, 200)); cb(null, { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'x' } } }); }) as any).interactionModel(model).locale('en-US').create();
(alexa as any).parseLaunchRequest = () => undefined;
(async () => { for (const u of process.argv.slice(2)) { try { await alexa.utter(u); } catch (e) { console.log(u, 'ERR', (e as Error).message.slice(0, 60)); } } })();
