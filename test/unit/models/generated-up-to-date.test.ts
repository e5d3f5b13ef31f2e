import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { readSkillSettings } from '../../../scripts/build-models';
import { buildModels, committedEndpoints, DIALOGFLOW_AGENT, DIALOGFLOW_ZIP, generatedFilesIn, writeModels } from '../../../scripts/models/build';
import { crc32 } from '../../../scripts/models/zip';

const ROOT = join(__dirname, '../../..');
const COMMITTED = ROOT;
const catalog = JSON.parse(readFileSync(join(ROOT, 'src/infra/demo/demo-catalog.json'), 'utf8'));
// what `npm run models` reads: the committed settings, and the endpoints skill.json already has
const committed = () => ({ catalog, settings: readSkillSettings(join(ROOT, 'skill-settings.json')), endpoints: committedEndpoints(ROOT) });

/** Reads back a zip written by scripts/models/zip.ts: name -> content, checking each CRC. */
function unzip(buffer: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (buffer.readUInt32LE(at) === 0x04034b50) {
    const method = buffer.readUInt16LE(at + 8);
    const crc = buffer.readUInt32LE(at + 14);
    const packedSize = buffer.readUInt32LE(at + 18);
    const nameLength = buffer.readUInt16LE(at + 26);
    const extraLength = buffer.readUInt16LE(at + 28);
    const name = buffer.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extraLength;
    const packed = buffer.subarray(start, start + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : Buffer.from(packed);
    expect({ name, crc: crc32(data) }).toEqual({ name, crc });
    files.set(name, data);
    at = start + packedSize;
  }
  expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
  return files;
}

describe('generated interaction models', () => {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'models-'));
    writeModels(buildModels(committed()), out);
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('are up to date with the source and the demo catalog (run `npm run models -- --catalog demo` when this fails)', () => {
    const fresh = generatedFilesIn(out);
    expect(generatedFilesIn(COMMITTED)).toEqual(fresh);
    const stale = fresh.filter((path) => !readFileSync(join(out, path)).equals(readFileSync(join(COMMITTED, path))));
    expect(stale).toEqual([]);
  });

  it('regenerate byte for byte from the same input', () => {
    const again = buildModels(committed());
    for (const path of generatedFilesIn(out)) expect({ path, same: again.files.get(path)?.equals(readFileSync(join(out, path))) }).toEqual({ path, same: true });
  });

  it('ship one Dialogflow zip holding exactly the agent folder, every language in it', () => {
    const zipped = unzip(readFileSync(join(out, DIALOGFLOW_ZIP)));
    const folder = generatedFilesIn(out).filter((p) => p.startsWith(`${DIALOGFLOW_AGENT}/`));
    const inside = (p: string) => p.slice(`${DIALOGFLOW_AGENT}/`.length);
    expect([...zipped.keys()].sort()).toEqual(folder.map(inside).sort());
    for (const path of folder) expect(zipped.get(inside(path))?.equals(readFileSync(join(out, path)))).toBe(true);
    const agent = JSON.parse(zipped.get('agent.json')!.toString());
    expect({ version: agent.onePlatformApiVersion, language: agent.language, supported: agent.supportedLanguages }).toEqual({
      version: 'v2',
      language: 'en',
      supported: ['en-gb', 'de'],
    });
    for (const lang of ['en', 'en-gb', 'de']) expect(zipped.has(`intents/SearchIntent_usersays_${lang}.json`)).toBe(true);
    expect(generatedFilesIn(out).filter((p) => p.endsWith('.zip'))).toEqual([DIALOGFLOW_ZIP]);
  });
});
