/**
 * The layering rules in .dependency-cruiser.cjs, run by dependency-cruiser's own CLI as
 * `npm run lint:layers` runs them. A temporary tree holds one import per rule that breaks it,
 * next to imports the rules allow: a rule that stops firing, or starts firing on an allowed
 * import, fails here. The tree borrows this repository's node_modules, so npm imports resolve.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** A small application in this repository's shape; each comment says what the import tests. */
const TREE: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'layer-probe', private: true, dependencies: { 'ask-sdk-core': '*' }, devDependencies: { dynalite: '*' } }),
  'scripts/tool.ts': `export const tool = 1;\n`,
  'src/config.ts': `export const loadConfig = () => ({ stage: 'test' });\n`,
  'src/app.ts': `import { loadConfig } from './config';\nimport { MemoryOrders } from './infra/orders';\nexport const runtime = () => ({ config: loadConfig(), orders: new MemoryOrders() });\n`,

  'src/core/order.ts': `export interface Order { id: string }\nexport const OrderState = { Placed: 'PLACED' } as const;\nexport class OrderConflictError extends Error {}\n`,
  'src/core/spoken-numbers.ts': `export const TEN = 10;\n`,
  'src/core/flows/purchase.ts': `import type { OrderStore } from '../../ports/orders';\nexport const confirm = (store: OrderStore) => store;\n`,
  // allowed: a built-in that does no I/O
  'src/core/hash.ts': `import { createHash } from 'node:crypto';\nexport const hash = (s: string) => createHash('sha256').update(s).digest('hex');\n`,
  // allowed: the search library uses a core leaf
  'src/core/search/engine.ts': `import { TEN } from '../spoken-numbers';\nexport const search = () => TEN;\n`,
  'src/core/search/rank.ts': `import { confirm } from '../flows/purchase';\nexport const rank = confirm;\n`,
  'src/core/sdk.ts': `import { SkillBuilders } from 'ask-sdk-core';\nexport const skill = SkillBuilders;\n`,
  'src/core/files.ts': `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`,
  'src/core/settings.ts': `import { loadConfig } from '../config';\nexport const settings = loadConfig;\n`,
  'src/core/cycle-a.ts': `import { b } from './cycle-b';\nexport const a = () => b;\n`,
  'src/core/cycle-b.ts': `import { a } from './cycle-a';\nexport const b = () => a;\n`,

  // allowed: a port in core types, with \`import type\` and with inline type imports
  'src/ports/orders.ts': `import type { Order } from '../core/order';\nexport interface OrderStore { get(id: string): Promise<Order | undefined> }\n`,
  'src/ports/inline.ts': `import { type Order } from '../core/order';\nexport type Orders = Order[];\n`,
  'src/ports/states.ts': `import { OrderState } from '../core/order';\nexport const states = OrderState;\n`,
  'src/ports/http.ts': `import type { IncomingMessage } from 'node:http';\nexport type Incoming = IncomingMessage;\n`,

  // allowed: ports and core
  'src/adapters/alexa.ts': `import type { OrderStore } from '../ports/orders';\nimport { OrderState } from '../core/order';\nexport const createHandler = (store: OrderStore) => [store, OrderState];\n`,
  'src/adapters/signature.ts': `import { MemoryOrders } from '../infra/orders';\nexport const verifier = MemoryOrders;\n`,
  'src/adapters/boot.ts': `import { runtime } from '../app';\nexport const boot = runtime;\n`,

  // allowed: ports, core types and errors, the search library
  'src/infra/orders.ts': `import type { OrderStore } from '../ports/orders';\nimport { OrderConflictError, type Order } from '../core/order';\nimport { search } from '../core/search/engine';\nexport class MemoryOrders implements OrderStore {\n  async get(_id: string): Promise<Order | undefined> { search(); throw new OrderConflictError(); }\n}\n`,
  'src/infra/render.ts': `import { createHandler } from '../adapters/alexa';\nexport const render = createHandler;\n`,
  'src/infra/speech.ts': `import { confirm } from '../core/flows/purchase';\nexport const speak = confirm;\n`,
  'src/infra/embedded.ts': `import dynalite from 'dynalite';\nexport const db = dynalite;\n`,
  'src/infra/tooling.ts': `import { tool } from '../../scripts/tool';\nexport const t = tool;\n`,
  'src/infra/missing.ts': `import { nothing } from './nowhere';\nexport const n = nothing;\n`,

  // allowed: the app and an adapter's entry factory
  'lambda/alexa.ts': `import { createHandler } from '../src/adapters/alexa';\nimport { runtime } from '../src/app';\nexport const handler = createHandler(runtime().orders);\n`,
  'lambda/reconcile.ts': `import { confirm } from '../src/core/flows/purchase';\nexport const handler = confirm;\n`,
};

/** Every violation the tree must produce, and nothing else. */
const EXPECTED: Array<{ rule: string; from: string; to: string | RegExp }> = [
  { rule: 'core-stays-inside', from: 'src/core/settings.ts', to: 'src/config.ts' },
  { rule: 'core-no-npm-packages', from: 'src/core/sdk.ts', to: /node_modules\/ask-sdk-core\// },
  { rule: 'core-no-io-builtins', from: 'src/core/files.ts', to: 'fs' },
  { rule: 'search-is-a-library', from: 'src/core/search/rank.ts', to: 'src/core/flows/purchase.ts' },
  { rule: 'ports-use-core-types-only', from: 'src/ports/states.ts', to: 'src/core/order.ts' },
  { rule: 'ports-only-core-and-ports', from: 'src/ports/http.ts', to: 'http' },
  { rule: 'adapters-not-to-infra', from: 'src/adapters/signature.ts', to: 'src/infra/orders.ts' },
  { rule: 'adapters-not-to-composition', from: 'src/adapters/boot.ts', to: 'src/app.ts' },
  { rule: 'infra-not-to-outer-layers', from: 'src/infra/render.ts', to: 'src/adapters/alexa.ts' },
  { rule: 'infra-not-to-conversation', from: 'src/infra/speech.ts', to: 'src/core/flows/purchase.ts' },
  { rule: 'deployed-code-no-dev-dependencies', from: 'src/infra/embedded.ts', to: /node_modules\/dynalite\// },
  { rule: 'not-to-tooling', from: 'src/infra/tooling.ts', to: 'scripts/tool.ts' },
  { rule: 'not-to-unresolvable', from: 'src/infra/missing.ts', to: './nowhere' },
  { rule: 'lambda-only-composes', from: 'lambda/reconcile.ts', to: 'src/core/flows/purchase.ts' },
  // a cycle is reported once, from its first module
  { rule: 'no-circular', from: 'src/core/cycle-a.ts', to: 'src/core/cycle-b.ts' },
];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function depcruise(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [DEPCRUISE, 'src', 'lambda', '--config', CONFIG, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('Layer rules (.dependency-cruiser.cjs)', () => {
  describe('on a tree that breaks each rule once', () => {
    let dir: string;
    let violations: Violation[];

    beforeAll(() => {
      // Given a small application with one forbidden import per rule
      dir = mkdtempSync(join(tmpdir(), 'layer-probe-'));
      for (const [path, text] of Object.entries(TREE)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      // When dependency-cruiser checks it (JSON lists every violation; it does not set the exit code)
      const run = depcruise(dir, '--output-type', 'json');
      violations = (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
    }, 120_000);

    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it.each(EXPECTED.map((v) => [v.rule, v.from, v.to] as const))('reports %s for %s → %s', (rule, from, to) => {
      expect(violations).toContainEqual(
        expect.objectContaining({ rule: expect.objectContaining({ name: rule }), from, to: typeof to === 'string' ? to : expect.stringMatching(to) }),
      );
    });

    it('lets every allowed import through', () => {
      // ports in core types, infra using core errors and the search library, core using node:crypto, lambda composing
      expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toHaveLength(EXPECTED.length);
    });

    it('fails, naming the rule and the import, in what a developer reads', () => {
      const run = depcruise(dir);
      expect(run.status).not.toBe(0);
      expect(run.stdout).toContain('error core-no-npm-packages: src/core/sdk.ts →');
      expect(run.stdout).toContain('error adapters-not-to-infra: src/adapters/signature.ts → src/infra/orders.ts');
    }, 120_000);
  });

  describe('on this repository', () => {
    it('passes npm run lint:layers, the known violations aside', () => {
      const run = spawnSync('npm', ['run', '--silent', 'lint:layers'], { cwd: ROOT, encoding: 'utf8' });
      expect(run.stderr + run.stdout).toContain('no dependency violations found');
      expect(run.status).toBe(0);
    }, 120_000);

    it('keeps no known violations: every one found when the rules arrived is fixed, and a new one cannot hide in the baseline', () => {
      const known = JSON.parse(readFileSync(join(ROOT, '.dependency-cruiser-known-violations.json'), 'utf8')) as Violation[];
      expect(known.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
    });
  });
});
