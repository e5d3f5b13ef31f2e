import { inspect } from 'node:util';
import { ConfigError, loadConfig } from '../../../src/config';
import { createDynamoClients } from '../../../src/infra/dynamodb/client';

const BASE = { STAGE: 'test', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a', AUTH_JWKS_URL: 'http://127.0.0.1/jwks' };
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLETOKEN';

describe('DynamoDB credentials', () => {
  it('come from the environment Lambda sets, read once by the config', () => {
    const config = loadConfig({ ...BASE, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: TOKEN });
    expect(config.awsCredentials).toMatchObject({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET, sessionToken: TOKEN });
    expect(loadConfig(BASE).awsCredentials).toBeUndefined();
  });

  it('never print their secret or session token', () => {
    const config = loadConfig({ ...BASE, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: TOKEN });
    for (const printed of [JSON.stringify(config), inspect(config, { depth: 5 })]) {
      expect(printed).toContain('AKIDEXAMPLE');
      expect(printed).not.toContain(SECRET);
      expect(printed).not.toContain(TOKEN);
    }
  });

  it('refuses half a key pair', () => {
    expect(() => loadConfig({ ...BASE, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...BASE, AWS_SECRET_ACCESS_KEY: SECRET })).toThrow(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together/);
  });

  it('are required to reach DynamoDB in AWS, and say how to provide them', () => {
    expect(() => createDynamoClients({ region: 'us-east-1' })).toThrow(/no AWS credentials for DynamoDB.*AWS_ACCESS_KEY_ID/);
    const local = createDynamoClients({ region: 'us-east-1', endpoint: 'http://127.0.0.1:1' });
    expect(local.doc).toBe(local.client);
    local.client.destroy();
  });
});
