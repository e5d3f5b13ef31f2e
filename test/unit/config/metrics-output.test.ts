import { join } from 'node:path';
import { loadConfig } from '../../../src/config';

const identity = { AUTH_ISSUER: 'https://id.example.org/', AUTH_AUDIENCE: 'voice-shop', AUTH_JWKS_URL: 'https://id.example.org/jwks.json' };
const deployed = {
  ...identity,
  STAGE: 'prod',
  TABLE_PREFIX: 'voice-shop-prod',
  ALEXA_SKILL_ID: 'amzn1.ask.skill.x',
  PAYMENT_PROVIDER: 'stripe',
  STRIPE_SECRET_PARAMETER: '/voice-shop/prod/stripe',
  DIALOGFLOW_AUTH_USERNAME: 'dialogflow',
  DIALOGFLOW_AUTH_PASSWORD_PARAMETER: '/voice-shop/prod/pw',
};

describe('where metrics go', () => {
  it('in Lambda: EMF lines on stdout, in the namespace serverless.yml gives', () => {
    const config = loadConfig({ ...deployed, AWS_LAMBDA_FUNCTION_NAME: 'voice-shop-prod-alexa', METRICS_NAMESPACE: 'voice-shop/prod' });
    expect(config.metrics).toEqual({ namespace: 'voice-shop/prod', output: { to: 'stdout' } });
  });

  it('under npm start (STAGE=local): the event log in the data folder', () => {
    expect(loadConfig({ ...identity, STAGE: 'local' }).metrics).toEqual({ namespace: 'voice-shop/local', output: { to: 'file', path: join('.data', 'events.jsonl') } });
    expect(loadConfig({ ...identity, STAGE: 'local', VOICE_SHOP_DATA_DIR: '/tmp/shop' }).metrics.output).toEqual({ to: 'file', path: '/tmp/shop/events.jsonl' });
  });

  it('in tests and tools outside Lambda: nowhere, unless EVENT_LOG_PATH names a file', () => {
    expect(loadConfig({ ...identity, STAGE: 'test' }).metrics.output).toEqual({ to: 'none' });
    expect(loadConfig(deployed).metrics.output).toEqual({ to: 'none' });
    expect(loadConfig({ ...identity, STAGE: 'test', EVENT_LOG_PATH: '/tmp/e.jsonl' }).metrics.output).toEqual({ to: 'file', path: '/tmp/e.jsonl' });
  });
});
