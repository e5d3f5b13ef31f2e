/**
 * The deployed stack's outputs -> the skill's endpoints. Reads what `serverless info --verbose`
 * prints ("Stack Outputs:" then "Key: value" lines), CloudFormation's describe-stacks JSON, or a
 * plain {"Key": "value"} object, and picks the Alexa function's ARN (or the HTTPS URL).
 */
import type { Endpoint, SkillEndpoints } from './skill-manifest';

/** Serverless names the versioned ARN output after the function's logical id. */
export const ALEXA_ARN_OUTPUT = 'AlexaLambdaFunctionQualifiedArn';
/** serverless.yml's output for the optional web-service endpoint. */
export const ALEXA_URL_OUTPUT = 'AlexaWebServiceUrl';

/** Alexa region -> the AWS region Amazon recommends for its Lambda endpoint. */
export const ALEXA_LAMBDA_REGIONS = { NA: 'us-east-1', EU: 'eu-west-1', FE: 'us-west-2' } as const;
export type AlexaRegion = keyof typeof ALEXA_LAMBDA_REGIONS;

export class StackOutputsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StackOutputsError';
  }
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Outputs from any of the three shapes, as a flat key -> value map. */
export function parseStackOutputs(text: string, source: string): Record<string, string> {
  const trimmed = text.replace(ANSI, '').trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (cause) {
      throw new StackOutputsError(`${source}: not valid JSON (${(cause as Error).message})`, { cause });
    }
    const stacks = (parsed as { Stacks?: Array<{ Outputs?: Array<{ OutputKey?: unknown; OutputValue?: unknown }> }> }).Stacks;
    if (Array.isArray(stacks)) {
      if (stacks.length !== 1) throw new StackOutputsError(`${source}: describe-stacks output with ${stacks.length} stacks; give one stack`);
      return Object.fromEntries(
        (stacks[0].Outputs ?? []).filter((o) => typeof o.OutputKey === 'string' && typeof o.OutputValue === 'string').map((o) => [o.OutputKey, o.OutputValue] as [string, string]),
      );
    }
    return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
  const lines = trimmed.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*Stack Outputs:\s*$/.test(l));
  if (start < 0) throw new StackOutputsError(`${source}: no "Stack Outputs:" section (run serverless info with --verbose)`);
  const outputs: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+([A-Za-z0-9]+):\s+(\S+)\s*$/.exec(line);
    if (!m) break;
    outputs[m[1]] = m[2];
  }
  return outputs;
}

const LAMBDA_ARN = /^arn:aws:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::([A-Za-z0-9$_-]+))?$/;

/**
 * The endpoint one stack gives the skill. The ARN without its version: the trigger permission
 * serverless grants is on the function, and a pinned version would freeze the skill on one deploy.
 */
export function endpointFrom(outputs: Record<string, string>, mode: 'lambda' | 'https', source: string): { endpoint: Endpoint; awsRegion?: string } {
  if (mode === 'https') {
    const url = outputs[ALEXA_URL_OUTPUT];
    if (!url) throw new StackOutputsError(`${source}: no ${ALEXA_URL_OUTPUT} output`);
    if (!url.startsWith('https://')) throw new StackOutputsError(`${source}: ${ALEXA_URL_OUTPUT} is not an https URL: ${url}`);
    // API Gateway's execute-api domains carry Amazon's wildcard certificate
    return { endpoint: { uri: url, sslCertificateType: 'Wildcard' } };
  }
  const arn = outputs[ALEXA_ARN_OUTPUT];
  if (!arn) throw new StackOutputsError(`${source}: no ${ALEXA_ARN_OUTPUT} output (is this the voice-shop stack?)`);
  const m = LAMBDA_ARN.exec(arn);
  if (!m) throw new StackOutputsError(`${source}: ${ALEXA_ARN_OUTPUT} is not a Lambda function ARN: ${arn}`);
  return { endpoint: { uri: `arn:aws:lambda:${m[1]}:${m[2]}:function:${m[3]}` }, awsRegion: m[1] };
}

export interface RegionalOutputs {
  region: AlexaRegion;
  outputs: Record<string, string>;
  source: string;
}

/**
 * The skill's endpoints from one stack per Alexa region (NA first, it is also the default). A
 * Lambda in another AWS region than Amazon recommends for that Alexa region is refused: each
 * answer would cross an ocean.
 */
export function skillEndpoints(stacks: readonly RegionalOutputs[], mode: 'lambda' | 'https'): SkillEndpoints {
  if (stacks.length === 0) throw new StackOutputsError('no stack outputs given');
  const out: Partial<SkillEndpoints> = {};
  for (const stack of stacks) {
    if (out[stack.region]) throw new StackOutputsError(`two stacks for the ${stack.region} region`);
    const { endpoint, awsRegion } = endpointFrom(stack.outputs, mode, stack.source);
    const wanted = ALEXA_LAMBDA_REGIONS[stack.region];
    if (awsRegion && awsRegion !== wanted) {
      throw new StackOutputsError(`${stack.source}: the ${stack.region} endpoint is in ${awsRegion}; Alexa's ${stack.region} region is served from ${wanted}`);
    }
    out[stack.region] = endpoint;
  }
  const first = stacks[0].region;
  return { default: out[first]!, ...out };
}
