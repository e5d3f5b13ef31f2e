/**
 * The one set of esbuild options for the deployed bundles. serverless-esbuild reads it through
 * `custom.esbuild.config` in serverless.yml; the cold-start benchmark and the bundle tests build
 * with `esbuildOptions` so they measure what is deployed.
 */
const path = require('node:path');

const shared = {
  bundle: true,
  minify: true,
  sourcemap: true,
  target: 'node24',
  platform: 'node',
  alias: {
    // actions-on-google loads google-auth-library at the top of its Dialogflow service but uses
    // it only for Google Sign-In (clientId), which this webhook never configures.
    'google-auth-library': path.join(__dirname, 'src/infra/google/no-sign-in.ts'),
    // its diagnostics go through `debug`, silent unless DEBUG names them: a silent stand-in
    debug: path.join(__dirname, 'src/infra/google/quiet-debug.ts'),
  },
};

/** serverless-esbuild: the nodejs24.x runtime ships AWS SDK v3, so it is neither bundled nor packaged. */
module.exports = () => ({ ...shared, exclude: ['@aws-sdk/*'], external: [] });

/** Plain esbuild options equivalent to what serverless-esbuild builds with. */
module.exports.esbuildOptions = { ...shared, external: ['@aws-sdk/*'] };
