/**
 * The generated Alexa files against Amazon's published SMAPI types (ask-smapi-model): what the
 * developer console or `ask deploy` would refuse fails here first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSkillSettings } from '../../../scripts/build-models';
import { buildModels, generatedFilesIn } from '../../../scripts/models/build';
import { formatTypeProblem, smapiTypeOf, SMAPI_TYPES, typeCheckJson } from '../../../scripts/models/typecheck';

const ROOT = join(__dirname, '../../..');
const catalog = JSON.parse(readFileSync(join(ROOT, 'src/infra/demo/demo-catalog.json'), 'utf8'));
const committed = generatedFilesIn(ROOT)
  .map((path) => ({ path, type: smapiTypeOf(path) }))
  .filter((f): f is { path: string; type: NonNullable<typeof f.type> } => f.type !== undefined)
  .map((f) => ({ ...f, json: readFileSync(join(ROOT, f.path), 'utf8') }));

describe('SMAPI type check', () => {
  it('covers every interaction model, the manifest and the account-linking request', () => {
    expect(committed.map((f) => f.path).sort()).toEqual([
      'interaction-models/alexa/account-linking.json',
      'skill-package/interactionModels/custom/de-DE.json',
      'skill-package/interactionModels/custom/en-GB.json',
      'skill-package/interactionModels/custom/en-US.json',
      'skill-package/skill.json',
    ]);
  });

  it('passes for the committed skill package', () => {
    expect(typeCheckJson(committed).map(formatTypeProblem)).toEqual([]);
  }, 30_000);

  it('passes for a deployed manifest, with endpoints, events and configured URLs', () => {
    const endpoint = { uri: 'arn:aws:lambda:us-east-1:123456789012:function:voice-shop-prod-alexa' };
    const settings = readSkillSettings(join(ROOT, 'skill-settings.json'));
    const { files } = buildModels({
      catalog: catalog.slice(0, 5),
      settings: {
        ...settings,
        privacyPolicyUrl: 'https://cornershop.shop/privacy',
        termsOfUseUrl: 'https://cornershop.shop/terms',
        accountLinking: { ...settings.accountLinking, clientId: 'alexa' },
      },
      endpoints: { default: endpoint, NA: endpoint, EU: { uri: 'arn:aws:lambda:eu-west-1:123456789012:function:voice-shop-prod-alexa' } },
    });
    const manifest = files.get('skill-package/skill.json')!.toString();
    expect(typeCheckJson([{ path: 'skill-package/skill.json', json: manifest, type: SMAPI_TYPES.manifest }]).map(formatTypeProblem)).toEqual([]);
    expect(JSON.parse(manifest).manifest.events.subscriptions.map((s: { eventName: string }) => s.eventName)).toEqual([
      'SKILL_ENABLED',
      'SKILL_DISABLED',
      'SKILL_ACCOUNT_LINKED',
      'SKILL_PERMISSION_ACCEPTED',
      'SKILL_PERMISSION_CHANGED',
    ]);
  }, 30_000);

  it('fires on a slot value without synonyms, an unknown field and an unknown permission, naming file and line', () => {
    const model = committed.find((f) => f.path.endsWith('en-US.json'))!;
    const lines = model.json.split('\n');
    const at = lines.findIndex((l) => l.includes('"synonyms": []'));
    const broken = [...lines.slice(0, at), lines[at].replace('"synonyms": []', '"synonym": []'), ...lines.slice(at + 1)].join('\n');
    const manifest = committed.find((f) => f.path === 'skill-package/skill.json')!;
    const badPermission = manifest.json.replace('alexa::devices:all:notifications:write', 'alexa::devices:all:notifications:send');

    const problems = typeCheckJson([
      { ...model, json: broken },
      { ...manifest, json: badPermission },
    ]);

    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: model.path, line: at + 1, message: expect.stringContaining("'\"synonym\"' does not exist in type 'TypeValueObject'") }),
        expect.objectContaining({ file: manifest.path, message: expect.stringContaining('alexa::devices:all:notifications:send') }),
      ]),
    );
  }, 30_000);
});
