/**
 * Skill events (AlexaSkillEvent.*) on the HTTPS endpoint may arrive up to an hour after they
 * happened; every other request keeps Alexa's 150 s. The type is read from the signed body.
 */
import { RequestTimestampError } from '../../../src/infra/auth/alexa-signature-errors';
import { verifierBench } from '../../support/certs';

const NOW = new Date('2026-06-15T12:00:00.000Z');
const { signedRequest, verifierServing, goodChain } = verifierBench(NOW);

function envelope(type: string, secondsAgo: number): Buffer {
  const timestamp = new Date(NOW.getTime() - secondsAgo * 1000).toISOString();
  return Buffer.from(
    JSON.stringify({
      version: '1.0',
      context: { System: { application: { applicationId: 'amzn1.ask.skill.test' }, user: { userId: 'amzn1.ask.account.A' } } },
      request: {
        type,
        requestId: 'amzn1.echo-api.request.event-1',
        timestamp,
        ...(type.startsWith('AlexaSkillEvent.') ? { eventCreationTime: timestamp, body: {} } : { locale: 'en-US' }),
      },
    }),
  );
}

async function verdict(type: string, secondsAgo: number): Promise<string> {
  const { verifier } = verifierServing(goodChain());
  const error = await verifier.verify(signedRequest({ body: envelope(type, secondsAgo) })).catch((e: unknown) => e);
  if (error === undefined) return 'accepted';
  if (error instanceof RequestTimestampError) return error.reason;
  throw error;
}

describe('AlexaRequestVerifier timestamp tolerance', () => {
  it.each([
    'AlexaSkillEvent.SkillEnabled',
    'AlexaSkillEvent.SkillDisabled',
    'AlexaSkillEvent.SkillAccountLinked',
    'AlexaSkillEvent.SkillPermissionAccepted',
    'AlexaSkillEvent.SkillPermissionChanged',
  ])(
    'accepts %s 59 minutes old and refuses it at 61 minutes',
    async (type) => {
      expect(await verdict(type, 59 * 60)).toBe('accepted');
      expect(await verdict(type, 61 * 60)).toBe('too-old');
    },
    30_000,
  );

  it('keeps 150 s for requests: an IntentRequest 200 s old is refused, 140 s old accepted', async () => {
    expect(await verdict('IntentRequest', 140)).toBe('accepted');
    expect(await verdict('IntentRequest', 200)).toBe('too-old');
    expect(await verdict('LaunchRequest', 200)).toBe('too-old');
  }, 30_000);

  it('gives a look-alike type no hour', async () => {
    expect(await verdict('XAlexaSkillEvent.SkillEnabled', 200)).toBe('too-old');
  }, 30_000);
});
