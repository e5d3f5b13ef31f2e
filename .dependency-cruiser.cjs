/**
 * The layers, enforced: entrypoint → adapter → core → ports → infra (ARCHITECTURE.md).
 * `npm run lint:layers` cruises src/ and lambda/ with these rules. Violations that were already
 * there when a rule arrived are listed in .dependency-cruiser-known-violations.json and reported
 * as known (--ignore-known); anything new fails. Regenerate that baseline only when a known one is
 * fixed: `npx depcruise src lambda --config .dependency-cruiser.cjs --output-type baseline --output-to .dependency-cruiser-known-violations.json`.
 */

/**
 * npm packages the core may import. Empty on purpose: the core runs the same under both
 * platforms, in tests and in npm start because it loads no SDK (ask-sdk*, actions-on-google,
 * @aws-sdk/*, stripe, jose …). Adding a pure library here is a decision worth a line in review.
 */
const CORE_NPM_ALLOWED = [];

/** Node built-ins that reach outside the process (or read its state): the core gets these through ports. */
const IO_BUILTINS = [
  'fs',
  'fs/promises',
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'dns/promises',
  'child_process',
  'cluster',
  'worker_threads',
  'readline',
  'repl',
  'inspector',
  'os',
  'process',
];

const NPM = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'];

/** The conversation itself: flows, replies, the Shop and its turn context, settling and reconciling orders. */
const CONVERSATION = '^src/core/(flows/|replies/|(shop|context|settlement|reconcile|skill-events|turn-guard)\\.ts$)';

/** What composes the application; only lambda/, scripts and tests may reach for it. */
const COMPOSITION = '^(src/(app|config)\\.ts$|src/local/|lambda/)';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-stays-inside',
      comment: 'The core imports only itself and ports: no adapter, infra, local server, configuration or entrypoint.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src/(adapters|infra|local)/|src/(app|config)\\.ts$|lambda/)' },
    },
    {
      name: 'core-no-npm-packages',
      comment: 'The core imports no npm package (no SDK); CORE_NPM_ALLOWED in .dependency-cruiser.cjs lists the exceptions.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        dependencyTypes: NPM,
        ...(CORE_NPM_ALLOWED.length > 0 ? { pathNot: `node_modules/(${CORE_NPM_ALLOWED.map(escape).join('|')})/` } : {}),
      },
    },
    {
      name: 'core-no-io-builtins',
      comment: 'The core does no I/O of its own (files, sockets, processes, the OS): it asks a port.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'], path: `^(node:)?(${IO_BUILTINS.map(escape).join('|')})$` },
    },
    {
      name: 'search-is-a-library',
      comment: 'src/core/search is a library the core (and infra, to build index artifacts) uses; it knows nothing of flows, replies or the Shop.',
      severity: 'error',
      from: { path: '^src/core/search/' },
      to: { path: CONVERSATION },
    },
    {
      name: 'ports-only-core-and-ports',
      comment: "A port is an interface in the domain's terms: it imports other ports and core types, nothing else.",
      severity: 'error',
      from: { path: '^src/ports/' },
      to: { pathNot: '^src/(ports|core)/' },
    },
    {
      name: 'ports-use-core-types-only',
      comment: 'Ports import core types with `import type`; a value import would pull core code into every implementation.',
      severity: 'error',
      from: { path: '^src/ports/' },
      to: { path: '^src/core/', dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'adapters-not-to-infra',
      comment: 'Adapters import ports and core, never infra or the local server: what an adapter needs from infra (inbound auth) gets a port.',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(infra|local)/' },
    },
    {
      name: 'adapters-not-to-composition',
      comment: 'Adapters receive their runtime from the entrypoint; they do not build it or read configuration.',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^(src/(app|config)\\.ts$|lambda/)' },
    },
    {
      name: 'infra-not-to-outer-layers',
      comment: 'Infra implements ports: it imports ports and core types and errors, never adapters, the local server, configuration or entrypoints.',
      severity: 'error',
      from: { path: '^src/infra/' },
      to: { path: `^src/adapters/|${COMPOSITION}` },
    },
    {
      name: 'infra-not-to-conversation',
      comment: 'Infra may use the domain model, its errors and the search library, never the conversation (flows, replies, Shop, reconciliation).',
      severity: 'error',
      from: { path: '^src/infra/' },
      to: { path: CONVERSATION },
    },
    {
      name: 'lambda-only-composes',
      comment: 'An entrypoint hands the event to an adapter built from src/app.ts and does nothing else.',
      severity: 'error',
      from: { path: '^lambda/' },
      to: { pathNot: '^(src/app\\.ts$|src/adapters/)' },
    },
    {
      name: 'deployed-code-no-dev-dependencies',
      comment: 'Code that ships in a bundle imports only "dependencies" (types excepted); a devDependency is missing in production.',
      severity: 'error',
      from: { path: '^(src|lambda)/', pathNot: '^src/local/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'not-to-tooling',
      comment: 'Shipped code never imports tests, scripts, benchmarks or model sources.',
      severity: 'error',
      from: { path: '^(src|lambda)/' },
      to: { path: '^(test|scripts|bench|interaction-models)/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle means two modules are one idea, or one is in the wrong layer.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing fails at run time; in a bundle, at deploy time.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports are dependencies too: a port importing core types is part of the design.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
