/**
 * skill-package/skill.json (the ASK CLI manifest) and the account-linking request, from the
 * model source's store listings and skill-settings.json. Endpoints are deploy state: they come
 * from the deployed stack (`npm run skill:endpoints`), and `npm run models` keeps them.
 */
import type { v1 } from 'ask-smapi-model';
import type { LocaleSource } from '../../interaction-models/source/types';
import { distributionCountries, skillEventPublications, skillEventSubscriptions, skillPermissions, type StoreListing } from '../../interaction-models/source/skill';
import type { SkillSettings } from './skill-settings';

export type SkillManifest = v1.skill.Manifest.SkillManifestEnvelope & { manifest: v1.skill.Manifest.SkillManifest };

/** An Alexa region's endpoint: a Lambda ARN, or an HTTPS URL with its certificate type. */
export type Endpoint = v1.skill.Manifest.SkillManifestEndpoint;

export interface SkillEndpoints {
  /** used where no region has its own (Alexa requires it) */
  default: Endpoint;
  NA?: Endpoint;
  EU?: Endpoint;
  FE?: Endpoint;
}

export class StoreListingError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`store listing: ${problems.join('; ')}`);
    this.name = 'StoreListingError';
    this.problems = problems;
  }
}

/** Names, phrases and keywords Amazon's certification checks, per locale. */
export function checkStoreListing(locale: LocaleSource, listing: StoreListing | undefined): string[] {
  if (!listing) return [`${locale.locale}: no store listing in interaction-models/source/skill.ts`];
  const problems: string[] = [];
  const where = `${locale.locale}`;
  if (listing.name.toLowerCase() !== locale.invocationName) problems.push(`${where}: the store name "${listing.name}" is not the invocation name "${locale.invocationName}"`);
  if (listing.examplePhrases.length === 0 || listing.examplePhrases.length > 3) problems.push(`${where}: one to three example phrases, not ${listing.examplePhrases.length}`);
  listing.examplePhrases.forEach((p, i) => {
    if (!p.text.startsWith('Alexa, ')) problems.push(`${where}: example phrase "${p.text}" must start with "Alexa, "`);
    if (!p.text.toLowerCase().includes(locale.invocationName)) problems.push(`${where}: example phrase "${p.text}" does not say the invocation name`);
    if (i === 0 && p.utterance) problems.push(`${where}: the first example phrase opens the skill and carries no utterance`);
    if (p.utterance && !p.text.toLowerCase().endsWith(p.utterance.toLowerCase())) problems.push(`${where}: example phrase "${p.text}" does not end with "${p.utterance}"`);
    if (Boolean(p.utterance) !== Boolean(p.intent)) problems.push(`${where}: example phrase "${p.text}" needs both an utterance and the intent it reaches`);
  });
  if (listing.keywords.length > 30) problems.push(`${where}: at most 30 keywords`);
  if (listing.summary.length > 160) problems.push(`${where}: the summary is longer than 160 characters`);
  return problems;
}

export function buildSkillManifest(
  locales: readonly LocaleSource[],
  listings: Readonly<Record<string, StoreListing>>,
  settings: SkillSettings,
  endpoints?: SkillEndpoints,
): SkillManifest {
  const problems = locales.flatMap((l) => checkStoreListing(l, listings[l.locale]));
  if (problems.length > 0) throw new StoreListingError(problems);
  const icons = { ...(settings.smallIconUri ? { smallIconUri: settings.smallIconUri } : {}), ...(settings.largeIconUri ? { largeIconUri: settings.largeIconUri } : {}) };
  const legal = {
    ...(settings.privacyPolicyUrl ? { privacyPolicyUrl: settings.privacyPolicyUrl } : {}),
    ...(settings.termsOfUseUrl ? { termsOfUseUrl: settings.termsOfUseUrl } : {}),
  };
  const publishing: Record<string, v1.skill.Manifest.SkillManifestLocalizedPublishingInformation> = {};
  const privacy: Record<string, v1.skill.Manifest.SkillManifestLocalizedPrivacyAndCompliance> = {};
  for (const locale of locales) {
    const listing = listings[locale.locale];
    publishing[locale.locale] = {
      name: listing.name,
      summary: listing.summary,
      description: listing.description,
      examplePhrases: listing.examplePhrases.map((p) => p.text),
      keywords: [...listing.keywords],
      ...icons,
    };
    privacy[locale.locale] = { ...legal };
  }
  const regions = endpoints ? regionEndpoints(endpoints) : undefined;
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: publishing,
        isAvailableWorldwide: false,
        distributionCountries: [...distributionCountries],
        distributionMode: 'PUBLIC',
        category: 'SHOPPING',
        testingInstructions:
          'Link an account, then say "find paper towels", "add the first one", "check out" and answer yes to the purchase question. ' + 'Nothing is charged before that yes.',
      },
      privacyAndCompliance: {
        // physical goods are sold by voice, so Amazon's purchase rules apply
        allowsPurchases: true,
        // name, email and delivery address come with the linked account
        usesPersonalInfo: true,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        usesHealthInfo: false,
        locales: privacy,
      },
      permissions: skillPermissions.map((name) => ({ name })),
      // Alexa requires an endpoint for events, so they arrive with the endpoints (skill:endpoints)
      ...(endpoints
        ? {
            events: {
              subscriptions: skillEventSubscriptions.map((eventName) => ({ eventName })),
              // the Proactive Events schemas it may send (after the order: order updates, reminders)
              publications: skillEventPublications.map((eventName) => ({ eventName })),
              endpoint: endpoints.default,
              ...(regions ? { regions } : {}),
            },
          }
        : {}),
      apis: {
        custom: {
          ...(endpoints ? { endpoint: endpoints.default, ...(regions ? { regions } : {}) } : {}),
          interfaces: [],
        },
      },
    },
  };
}

function regionEndpoints(endpoints: SkillEndpoints): Record<string, v1.skill.Manifest.Region> | undefined {
  const regions: Record<string, v1.skill.Manifest.Region> = {};
  for (const region of ['NA', 'EU', 'FE'] as const) {
    const endpoint = endpoints[region];
    if (endpoint) regions[region] = { endpoint };
  }
  return Object.keys(regions).length > 0 ? regions : undefined;
}

/** The endpoints a manifest carries (what skill:endpoints wrote), to keep across regenerations. */
export function endpointsOf(manifest: unknown): SkillEndpoints | undefined {
  const custom = (manifest as SkillManifest | undefined)?.manifest?.apis?.custom;
  if (!custom?.endpoint?.uri) return undefined;
  const out: SkillEndpoints = { default: custom.endpoint };
  for (const region of ['NA', 'EU', 'FE'] as const) {
    const endpoint = custom.regions?.[region]?.endpoint;
    if (endpoint?.uri) out[region] = endpoint;
  }
  return out;
}

/**
 * The account-linking request for `ask smapi update-account-linking-info`: authorization code
 * grant against the shop's identity provider. The client secret is never written here.
 */
export function buildAccountLinking(settings: SkillSettings): v1.skill.accountLinking.AccountLinkingRequest {
  const linking = settings.accountLinking;
  return {
    accountLinkingRequest: {
      type: 'AUTH_CODE',
      ...(linking.authorizationUrl ? { authorizationUrl: linking.authorizationUrl } : {}),
      ...(linking.accessTokenUrl ? { accessTokenUrl: linking.accessTokenUrl } : {}),
      ...(linking.clientId ? { clientId: linking.clientId } : {}),
      scopes: [...linking.scopes],
      domains: [...linking.domains],
      accessTokenScheme: 'HTTP_BASIC',
      // the skill only asks to link before a purchase; browsing works without an account
      skipOnEnablement: true,
    },
  };
}
