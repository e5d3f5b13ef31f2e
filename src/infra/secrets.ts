/**
 * Reads a SecureString from SSM Parameter Store once; the value never reaches a log. The SSM
 * client loads on the first read, not at cold start.
 */
export function ssmParameter(name: string, region: string): () => Promise<string> {
  let value: Promise<string> | undefined;
  return () => {
    value ??= import('@aws-sdk/client-ssm')
      .then(({ SSMClient, GetParameterCommand }) => new SSMClient({ region }).send(new GetParameterCommand({ Name: name, WithDecryption: true })))
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
