// @ts-check
/**
 * Lint rules that catch real bugs and keep the habits in ../shared/STYLE.md from eroding.
 * Formatting is Prettier's job (.prettierrc.cjs), layering dependency-cruiser's
 * (.dependency-cruiser.cjs); nothing here overlaps with either.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Where the deployed code lives: these files get the rules that need the type checker. */
const RUNTIME_CODE = ['src/**/*.ts', 'lambda/**/*.ts'];

/** Shapes STYLE.md rules out, as AST selectors for no-restricted-syntax. */
const SHAPES = [
  { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a union type instead of an enum (STYLE.md).' },
  { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md): a default export has no name to search for.' },
  { selector: 'ExportSpecifier[exported.name="default"]', message: 'Named exports only (STYLE.md): a default export has no name to search for.' },
  { selector: 'ExportAllDeclaration', message: 'No `export *` (STYLE.md): list what a module re-exports, so its public face is explicit.' },
  { selector: 'TSExportAssignment', message: 'Named exports only (STYLE.md): `export =` is a default export.' },
];

export default defineConfig(
  globalIgnores([
    // generated (npm run models, the benchmarks, serverless, coverage)
    'skill-package/',
    'interaction-models/alexa/',
    'interaction-models/dialogflow/',
    'bench/.work/',
    '.serverless/',
    '.esbuild/',
    'coverage/',
    'dist/',
    '.data/',
  ]),

  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    // A directive that no longer suppresses anything is reported, but as a warning: it is clutter, not a bug.
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      // `_`-prefixed names are deliberately unused (a handler's unused argument, a rest sibling).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // isolatedModules compiles file by file: a type imported as a value can leave a require() behind.
      // `typeof import('jose')` stays allowed: it types a module that is loaded lazily, on first use.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // esbuild.config.cjs is plain CommonJS shared with serverless.yml; TypeScript reads it through require().
      '@typescript-eslint/no-require-imports': ['error', { allow: ['/esbuild\\.config\\.cjs$', '/serverless/[\\w-]+\\.cjs$'] }],
      // Untyped JSON from platforms and SDKs is read through `any` in a few places; a warning keeps them visible.
      '@typescript-eslint/no-explicit-any': 'warn',
      // `x == null` is the one loose comparison that reads better than its strict spelling.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-syntax': ['error', ...SHAPES],
      // Control characters in a regex are deliberate here: XML 1.0, CSV and terminals cannot carry them,
      // and replies, reports and catalog text strip them in several places.
      'no-control-regex': 'off',
      // A `let` that a callback reads before its one assignment (a server handing requests to itself) stays a let.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },

  // Promises the deployed code forgets to await fail silently after the reply has gone out.
  {
    files: RUNTIME_CODE,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `return promise` inside try skips the catch and the finally's timing: await it there.
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/only-throw-error': 'error',
      // Passing on a rejection reason that was caught as `unknown` is forwarding, not inventing a non-Error.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },

  // The environment is read once, in src/config.ts, and handed over typed. src/local/ is npm start's
  // own composition (never bundled), and reads its data folder's setting there, as scripts do.
  {
    files: RUNTIME_CODE,
    ignores: ['src/config.ts', 'src/local/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration in src/config.ts and pass it in; nothing else reads process.env.' }],
    },
  },

  // The core runs the same in a Lambda, a test and npm start: it does not reach for the process.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'The core reads no process state (env, argv, exit): take it as a dependency or option.' }],
    },
  },

  // esbuild aliases the CommonJS `debug` package to this stand-in, so it must export the way `debug` does.
  {
    files: ['src/infra/google/quiet-debug.ts'],
    rules: { 'no-restricted-syntax': ['error', ...SHAPES.filter((shape) => shape.selector !== 'TSExportAssignment')] },
  },

  // The fixture runner reads platform stand-ins (virtual-alexa) and agent exports that ship no types.
  {
    files: ['scripts/fixtures/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // Tests read untyped envelopes and bodies through `any` on purpose. An `expect(…).rejects` that
  // is not awaited passes whatever happens: the one type-aware rule the tests get.
  {
    files: ['test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },

  // Tool configuration files (this one, jest, esbuild, dependency-cruiser, Prettier): the tools
  // read a default export or module.exports, so the named-exports habit does not apply to them.
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
