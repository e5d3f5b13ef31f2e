import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

/** Reads a SecureString from SSM Parameter Store once; the value never reaches a log. */
export function ssmParameter(name: string, region: string): () => Promise<string> {
  let value: Promise<string> | undefined;
  return () => {
    value ??= new SSMClient({ region })
      .send(new GetParameterCommand({ Name: name, WithDecryption: true }))
      .then((out) => {
        const secret = out.Parameter?.Value;
        if (!secret) throw new Error(`SSM parameter ${name} is empty`);
        return secret;
      })
      .catch((err) => {
        value = undefined;
        throw err;
      });
    return value;
  };
}
