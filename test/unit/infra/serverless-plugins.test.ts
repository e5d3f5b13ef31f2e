/**
 * The two local serverless plugins (serverless/*.cjs), on the values and templates they are handed.
 * The packaging test (test/integration/serverless-package.test.ts) runs them inside osls.
 */
const { deployParamProblems, resolveParams } = require('../../../serverless/deploy-params.cjs') as {
  deployParamProblems: (params: Record<string, unknown>) => string[];
  resolveParams: (names: string[], input: { stage: string; params?: Record<string, Record<string, unknown>>; cliParams?: string[] }) => Record<string, unknown>;
};
const { dropImpliedDependsOn } = require('../../../serverless/implied-depends-on.cjs') as {
  dropImpliedDependsOn: (template: { Resources: Record<string, { DependsOn?: string | string[]; Properties?: unknown }> }) => number;
};

const good = {
  alexaSkillId: 'amzn1.ask.skill.12345678-abcd-4bcd-8bcd-1234567890ab',
  authIssuer: 'https://id.example.org/',
  authJwksUrl: 'https://id.example.org/.well-known/jwks.json',
  paymentProvider: 'stripe',
  allowSandboxPayments: 'false',
};

describe('deploy parameters', () => {
  describe('resolveParams', () => {
    const params = { default: { alexaSkillId: '', paymentProvider: 'stripe' }, ci: { alexaSkillId: 'amzn1.ask.skill.ci' } };

    it('takes the command line first, then the stage block, then the defaults', () => {
      expect(resolveParams(['alexaSkillId', 'paymentProvider'], { stage: 'ci', params })).toEqual({ alexaSkillId: 'amzn1.ask.skill.ci', paymentProvider: 'stripe' });
      expect(resolveParams(['alexaSkillId'], { stage: 'prod', params })).toEqual({ alexaSkillId: '' });
      expect(resolveParams(['alexaSkillId', 'paymentProvider'], { stage: 'ci', params, cliParams: ['alexaSkillId=amzn1.ask.skill.cli', 'paymentProvider=sandbox'] })).toEqual({
        alexaSkillId: 'amzn1.ask.skill.cli',
        paymentProvider: 'sandbox',
      });
    });

    it('keeps an = inside a value and reads an unknown name as unset', () => {
      expect(resolveParams(['authIssuer', 'other'], { stage: 'prod', cliParams: ['authIssuer=https://id.example.org/?a=b'] })).toEqual({
        authIssuer: 'https://id.example.org/?a=b',
        other: '',
      });
    });
  });

  describe('deployParamProblems', () => {
    it('finds nothing wrong with a complete, well-formed set', () => {
      expect(deployParamProblems(good)).toEqual([]);
    });

    it('names every missing parameter at once, saying what it is', () => {
      const problems = deployParamProblems({ ...good, alexaSkillId: 'unset', authIssuer: '  ', authJwksUrl: undefined });
      expect(problems).toEqual([
        expect.stringMatching(/^alexaSkillId is missing: the skill id from the Alexa developer console/),
        expect.stringMatching(/^authIssuer is missing: .*https URL/),
        expect.stringMatching(/^authJwksUrl is missing: .*key set/),
      ]);
    });

    it.each([
      ['alexaSkillId', 'amzn1.ask.skill.00000000'],
      ['authIssuer', 'http://id.example.org/'],
      ['authJwksUrl', 'id.example.org/jwks.json'],
      ['paymentProvider', 'paypal'],
      ['allowSandboxPayments', 'yes'],
    ])('refuses a malformed %s, quoting it', (name, value) => {
      expect(deployParamProblems({ ...good, [name]: value })).toEqual([expect.stringContaining(`${name} is not valid ("${value}")`)]);
    });

    it('deploys the sandbox provider only when explicitly allowed', () => {
      expect(deployParamProblems({ ...good, paymentProvider: 'sandbox' })).toEqual([expect.stringMatching(/sandbox moves no money.*allowSandboxPayments=true/)]);
      expect(deployParamProblems({ ...good, paymentProvider: 'sandbox', allowSandboxPayments: 'true' })).toEqual([]);
    });

    it('leaves a value from another variable source to be checked where it is used', () => {
      expect(deployParamProblems({ ...good, authIssuer: '${ssm:/voice-shop/prod/issuer}' })).toEqual([]);
    });
  });
});

describe('implied DependsOn', () => {
  it('drops a DependsOn that a Ref, GetAtt or Sub of the same resource already implies, and keeps the rest', () => {
    const template = {
      Resources: {
        Route: { DependsOn: 'Integration', Properties: { Target: { 'Fn::Join': ['/', ['integrations', { Ref: 'Integration' }]] } } },
        Stage: { DependsOn: ['LogGroup', 'Other'], Properties: { AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': ['LogGroup', 'Arn'] } } } },
        Policy: { DependsOn: ['Role'], Properties: { Document: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${Role.Arn}' } } },
        Alone: { DependsOn: 'Table', Properties: { Name: 'x' } },
      },
    };

    expect(dropImpliedDependsOn(template)).toBe(3);
    expect(template.Resources.Route.DependsOn).toBeUndefined();
    expect(template.Resources.Stage.DependsOn).toBe('Other');
    expect(template.Resources.Policy.DependsOn).toBeUndefined();
    expect(template.Resources.Alone.DependsOn).toBe('Table');
  });
});
