/**
 * Every skill event the generated manifest subscribes to reaches the exported Alexa handler as
 * Alexa sends it, and gets the empty answer Alexa expects: subscribing to one the backend does
 * not act on (enabled, permissions) must not produce an error or speech.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { skillEventSubscriptions } from '../../interaction-models/source/skill';
import { startHarness, type Harness } from '../support/harness';

/** SKILL_ACCOUNT_LINKED -> AlexaSkillEvent.SkillAccountLinked, the request type Alexa sends. */
const requestType = (eventName: string) =>
  `AlexaSkillEvent.${eventName
    .toLowerCase()
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}`;

const BODIES: Record<string, Record<string, unknown>> = {
  SKILL_ENABLED: {},
  SKILL_DISABLED: { userInformationPersistenceStatus: 'PERSISTED' },
  SKILL_ACCOUNT_LINKED: { accessToken: 'not-a-valid-token' },
  SKILL_PERMISSION_ACCEPTED: { acceptedPermissions: [{ scope: 'alexa::devices:all:notifications:write' }] },
  SKILL_PERMISSION_CHANGED: { acceptedPermissions: [] },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('skill events the manifest subscribes to', () => {
  it('has a request body for each subscription', () => {
    expect(Object.keys(BODIES).sort()).toEqual([...skillEventSubscriptions].sort());
    expect(requestType('SKILL_PERMISSION_CHANGED')).toBe('AlexaSkillEvent.SkillPermissionChanged');
  });

  it.each([...skillEventSubscriptions])('%s is acknowledged with an empty response', async (eventName) => {
    const now = new Date().toISOString();
    const envelope = {
      version: '1.0',
      context: {
        System: { application: { applicationId: 'amzn1.ask.skill.test' }, user: { userId: `amzn1.ask.account.EVENT-${eventName}` }, apiEndpoint: 'https://api.amazonalexa.com' },
      },
      request: {
        type: requestType(eventName),
        requestId: `amzn1.echo-api.request.${eventName}`,
        timestamp: now,
        eventCreationTime: now,
        eventPublishingTime: now,
        body: BODIES[eventName],
      },
    } as unknown as RequestEnvelope;

    const out = await h.alexa(envelope);

    expect(out.version).toBe('1.0');
    expect(out.response.outputSpeech).toBeUndefined();
  });
});
