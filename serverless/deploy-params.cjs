'use strict';
/**
 * Refuses to package or deploy a stage whose deploy parameters are unset or malformed, naming every
 * one at once. Without it a deploy with no --param "succeeded" with a placeholder skill id and
 * identity provider, and every request then failed in AWS.
 *
 * `custom.deployParams` in serverless.yml lists the names. Their values are looked up the way
 * serverless resolves `${param:…}`: the command line (--param="name=value"), then the stage's
 * block under `params`, then `params.default`. The stages that never reach AWS (ci, local) get
 * stand-ins in their own block.
 */

/** Values serverless.yml uses for "not given" ("unset" where a schema refuses an empty value). */
const UNSET = new Set(['', 'unset']);

const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isHttpsUrl = (value) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

/** What each parameter must look like, and how to say it to the person deploying. */
const RULES = {
  alexaSkillId: { valid: (v) => SKILL_ID.test(v), means: 'the skill id from the Alexa developer console (amzn1.ask.skill.<uuid>)' },
  authIssuer: { valid: isHttpsUrl, means: "the identity provider's issuer, an https URL (the access tokens' iss)" },
  authJwksUrl: { valid: isHttpsUrl, means: "the identity provider's key set, an https URL" },
  paymentProvider: { valid: (v) => v === 'stripe' || v === 'sandbox', means: 'stripe, or sandbox together with allowSandboxPayments=true' },
  allowSandboxPayments: { valid: (v) => v === 'true' || v === 'false', means: 'true or false' },
};

/** Every problem with the parameters' values, one line each; empty when the stage can deploy. */
function deployParamProblems(params) {
  const problems = [];
  for (const [name, raw] of Object.entries(params)) {
    const value = raw == null ? '' : String(raw).trim();
    const rule = RULES[name];
    if (UNSET.has(value)) problems.push(`${name} is missing: ${rule ? rule.means : 'required'}`);
    // a value from another variable source (${ssm:…}) is checked where it is used
    else if (rule && !value.includes('${') && !rule.valid(value)) problems.push(`${name} is not valid ("${value}"): ${rule.means}`);
  }
  if (params.paymentProvider === 'sandbox' && String(params.allowSandboxPayments) !== 'true') {
    problems.push('paymentProvider=sandbox moves no money: deploy it only with allowSandboxPayments=true');
  }
  return problems;
}

/**
 * The value of each named parameter for `stage`, in serverless's order of precedence: command
 * line, the stage's params block, params.default.
 */
function resolveParams(names, { stage, params = {}, cliParams = [] }) {
  const fromCli = new Map();
  for (const item of cliParams) {
    const at = String(item).indexOf('=');
    if (at > 0) fromCli.set(item.slice(0, at), item.slice(at + 1).trimEnd());
  }
  const stageParams = params[stage] || {};
  const defaults = params.default || {};
  return Object.fromEntries(names.map((name) => [name, fromCli.get(name) ?? stageParams[name] ?? defaults[name] ?? '']));
}

/** The commands that build or change what runs in AWS. */
const CHECKED_COMMANDS = new Set(['package', 'deploy', 'deploy function']);

class DeployParams {
  constructor(serverless, options) {
    this.hooks = {};
    // Checked when the plugin loads, before anything is built, rather than in a lifecycle hook:
    // serverless validates the configuration against its schema before any hook runs, and a
    // malformed skill id fails there with a message about a regular expression instead of the
    // parameter's name. `${param:…}` is not resolved yet at this point, hence the lookup above.
    const command = ((serverless.processedInput && serverless.processedInput.commands) || []).join(' ');
    const config = serverless.configurationInput || {};
    const names = (config.custom && config.custom.deployParams) || [];
    if (!CHECKED_COMMANDS.has(command) || names.length === 0) return;
    const configuredStage = config.provider && config.provider.stage;
    const stage = options.stage || (typeof configuredStage === 'string' && !configuredStage.includes('${') ? configuredStage : 'dev');
    const values = resolveParams(names, { stage, params: config.params, cliParams: [].concat(options.param || []) });
    const problems = deployParamProblems(values);
    if (problems.length === 0) return;
    throw new serverless.classes.Error(
      [`Stage "${stage}" cannot be deployed until these parameters are set:`, ...problems.map((p) => `  - ${p}`), 'Pass each as --param="name=value" (README, Deploying).'].join(
        '\n',
      ),
      'VOICE_SHOP_DEPLOY_PARAMS',
    );
  }
}

module.exports = DeployParams;
module.exports.deployParamProblems = deployParamProblems;
module.exports.resolveParams = resolveParams;
