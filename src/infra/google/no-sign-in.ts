/**
 * Stands in for `google-auth-library` in the deployed Dialogflow bundle (see esbuild.config.cjs).
 *
 * actions-on-google constructs an OAuth2Client only when the app is created with `clientId`,
 * for Google Sign-In identity tokens of the retired Conversational Actions. This webhook never
 * passes one: shoppers are identified by the account-linking access token and Dialogflow's
 * calls by basic auth or a header secret. Leaving the library out takes about 750 KiB
 * (google-auth-library, gaxios, node-fetch, whatwg-url, node-forge) out of every cold start.
 */
export class OAuth2Client {
  constructor() {
    throw new Error('Google Sign-In (actions-on-google clientId) is not available in this build: the webhook identifies shoppers by the account-linking access token');
  }
}
