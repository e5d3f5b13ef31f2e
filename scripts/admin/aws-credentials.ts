/**
 * Credentials for the admin tools that reach AWS, from the AWS SDK's default chain: exported
 * keys, SSO, a profile (AWS_PROFILE, ~/.aws/config and credentials), web identity, a
 * credential_process, container and instance roles. The Lambda functions keep reading the keys
 * their role puts in the environment (src/config.ts): loading the SDK there costs a cold start.
 */
import type { AwsCredentials } from '../../src/infra/dynamodb/sigv4';

/** No link of the chain had credentials; `cause` holds what the last one said. */
export class AwsCredentialsUnavailableError extends Error {
  constructor(options: { cause?: unknown } = {}) {
    const reason = (options.cause as Error | undefined)?.message?.split('\n')[0];
    super(`no AWS credentials found${reason ? ` (${reason})` : ''}: log in (aws sso login), set AWS_PROFILE, or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`, options);
    this.name = 'AwsCredentialsUnavailableError';
  }
}

/**
 * Resolves credentials once, when the tool starts. A tool runs for seconds to minutes; temporary
 * credentials from SSO or a role last an hour or more.
 */
export async function credentialsFromChain(): Promise<AwsCredentials> {
  // loaded only on this path: the local tools never pay for the SDK
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
  try {
    const found = await defaultProvider()();
    return { accessKeyId: found.accessKeyId, secretAccessKey: found.secretAccessKey, ...(found.sessionToken ? { sessionToken: found.sessionToken } : {}) };
  } catch (err) {
    throw new AwsCredentialsUnavailableError({ cause: err });
  }
}
