/**
 * skill-settings.json: the operator's own URLs the skill package needs (privacy policy, terms,
 * icons, the account-linking authorization server). Empty means "not set yet": the models still
 * build, `npm run skill:endpoints` refuses to prepare a deploy. A value that is set must be a
 * real https URL; a placeholder host (example.com, localhost, .test) fails the build by name.
 */
export interface AccountLinkingSettings {
  authorizationUrl: string;
  accessTokenUrl: string;
  clientId: string;
  scopes: string[];
  domains: string[];
}

export interface SkillSettings {
  privacyPolicyUrl: string;
  termsOfUseUrl: string;
  smallIconUri: string;
  largeIconUri: string;
  accountLinking: AccountLinkingSettings;
}

/** Settings a deploy cannot go without (icons are the store's business, not the endpoint's). */
export const REQUIRED_FOR_DEPLOY = ['privacyPolicyUrl', 'termsOfUseUrl', 'accountLinking.authorizationUrl', 'accountLinking.accessTokenUrl', 'accountLinking.clientId'] as const;

export class SkillSettingsError extends Error {
  readonly problems: string[];
  constructor(file: string, problems: string[], options?: { cause?: unknown }) {
    super(`${file}: ${problems.join('; ')}`, options);
    this.name = 'SkillSettingsError';
    this.problems = problems;
  }
}

const PLACEHOLDER_HOST = /(^|\.)(example\.(com|net|org)|localhost|invalid|test|example)$/i;
const URL_FIELDS = ['privacyPolicyUrl', 'termsOfUseUrl', 'smallIconUri', 'largeIconUri', 'accountLinking.authorizationUrl', 'accountLinking.accessTokenUrl'] as const;

function text(record: Record<string, unknown>, key: string, problems: string[], path: string): string {
  const value = record[key] ?? '';
  if (typeof value !== 'string') {
    problems.push(`${path} must be a string`);
    return '';
  }
  return value.trim();
}

function list(record: Record<string, unknown>, key: string, problems: string[], path: string): string[] {
  const value = record[key] ?? [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    problems.push(`${path} must be a list of non-empty strings`);
    return [];
  }
  return value.map((v: string) => v.trim());
}

function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:') return 'must be an https URL';
  if (PLACEHOLDER_HOST.test(url.hostname)) return `names a placeholder host (${url.hostname})`;
  return undefined;
}

/** Parses and checks the settings file's JSON; throws SkillSettingsError naming every bad field. */
export function parseSkillSettings(raw: unknown, file = 'skill-settings.json'): SkillSettings {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SkillSettingsError(file, ['must be a JSON object']);
  const top = raw as Record<string, unknown>;
  const linkingRaw = top.accountLinking ?? {};
  if (typeof linkingRaw !== 'object' || linkingRaw === null || Array.isArray(linkingRaw)) problems.push('accountLinking must be an object');
  const linking = (typeof linkingRaw === 'object' && linkingRaw !== null ? linkingRaw : {}) as Record<string, unknown>;
  const settings: SkillSettings = {
    privacyPolicyUrl: text(top, 'privacyPolicyUrl', problems, 'privacyPolicyUrl'),
    termsOfUseUrl: text(top, 'termsOfUseUrl', problems, 'termsOfUseUrl'),
    smallIconUri: text(top, 'smallIconUri', problems, 'smallIconUri'),
    largeIconUri: text(top, 'largeIconUri', problems, 'largeIconUri'),
    accountLinking: {
      authorizationUrl: text(linking, 'authorizationUrl', problems, 'accountLinking.authorizationUrl'),
      accessTokenUrl: text(linking, 'accessTokenUrl', problems, 'accountLinking.accessTokenUrl'),
      clientId: text(linking, 'clientId', problems, 'accountLinking.clientId'),
      scopes: list(linking, 'scopes', problems, 'accountLinking.scopes'),
      domains: list(linking, 'domains', problems, 'accountLinking.domains'),
    },
  };
  for (const field of URL_FIELDS) {
    const value = settingOf(settings, field);
    const problem = value ? urlProblem(value) : undefined;
    if (problem) problems.push(`${field} ${problem}: "${value}"`);
  }
  if (problems.length > 0) throw new SkillSettingsError(file, problems);
  return settings;
}

export function settingOf(settings: SkillSettings, field: string): string {
  const [head, tail] = field.split('.');
  const value = tail ? (settings as unknown as Record<string, Record<string, unknown>>)[head][tail] : (settings as unknown as Record<string, unknown>)[head];
  return typeof value === 'string' ? value : '';
}

/** The deploy-critical settings still empty. */
export function missingForDeploy(settings: SkillSettings): string[] {
  return REQUIRED_FOR_DEPLOY.filter((field) => settingOf(settings, field) === '');
}
