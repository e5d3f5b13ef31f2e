/**
 * The rules in eslint.config.mjs fire where they should and stay quiet on the same code written
 * as the habits ask. Each probe is a small file written next to real code for the length of one
 * lint (the rules are scoped by folder, and the type-aware ones only see files the tsconfig
 * includes), linted through ESLint's Node API in a plain Node process (eslint-probe.mjs: Jest
 * cannot load the ES-module configuration in its own VM), then removed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

interface Message {
  ruleId: string | null;
  line: number;
  message: string;
}

/** A name no real file has; the pid keeps two runs side by side apart. */
const probePath = (folder: string, name: string) => `${folder}/__lint_probe_${name}_${process.pid}__.ts`;

const PROBES = {
  floatingPromise: {
    filePath: probePath('src/adapters', 'floating'),
    code: ['async function save(): Promise<void> {}', '', 'export function handle(): void {', '  save();', '}', ''].join('\n'),
  },
  awaitedPromise: {
    filePath: probePath('src/adapters', 'awaited'),
    code: ['async function save(): Promise<void> {}', '', 'export async function handle(): Promise<void> {', '  await save();', '}', ''].join('\n'),
  },
  misusedPromise: {
    filePath: probePath('src/infra', 'misused'),
    code: ['async function flush(): Promise<void> {}', '', 'export function onExit(listen: (fn: () => void) => void): void {', '  listen(flush);', '}', ''].join('\n'),
  },
  envInCore: {
    filePath: probePath('src/core', 'env'),
    code: ["export const region = process.env.AWS_REGION ?? 'us-east-1';", ''].join('\n'),
  },
  envInInfra: {
    filePath: probePath('src/infra', 'env'),
    code: ['export const tableName = (): string | undefined => process.env.TABLE_NAME;', ''].join('\n'),
  },
  shapes: {
    filePath: probePath('src/core', 'shapes'),
    code: ['export enum OrderState {', "  Placed = 'PLACED',", '}', '', "export * from './order';", '', 'export default OrderState;', ''].join('\n'),
  },
  habits: {
    filePath: probePath('src/core', 'habits'),
    code: [
      "import type { Order } from './order';",
      '',
      "export const OrderState = { Placed: 'PLACED' } as const;",
      'export type OrderState = (typeof OrderState)[keyof typeof OrderState];',
      '',
      'export async function placed(load: () => Promise<Order>): Promise<boolean> {',
      '  const order = await load();',
      '  return order.state === OrderState.Placed;',
      '}',
      '',
    ].join('\n'),
  },
  unawaitedRejects: {
    filePath: probePath('test/unit/lint', 'rejects'),
    code: ["it('refuses', () => {", "  expect(Promise.reject(new Error('no'))).rejects.toThrow('no');", '});', ''].join('\n'),
  },
};

type ProbeName = keyof typeof PROBES;

const rulesIn = (messages: Message[]) => messages.map((m) => `${m.ruleId}@${m.line}`);

describe('ESLint rules (eslint.config.mjs)', () => {
  let reports: Record<ProbeName, Message[]>;

  beforeAll(() => {
    // Given the probes, when the project's ESLint configuration lints them
    const names = Object.keys(PROBES) as ProbeName[];
    const run = spawnSync(process.execPath, [join(__dirname, 'eslint-probe.mjs')], {
      cwd: ROOT,
      input: JSON.stringify(names.map((name) => PROBES[name])),
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`eslint-probe.mjs failed: ${run.stderr}`);
    const lists = JSON.parse(run.stdout) as Message[][];
    reports = Object.fromEntries(names.map((name, i) => [name, lists[i]])) as Record<ProbeName, Message[]>;
  }, 180_000);

  describe('in deployed code (src, lambda)', () => {
    it('reports a promise nobody awaits', () => {
      expect(rulesIn(reports.floatingPromise)).toEqual(['@typescript-eslint/no-floating-promises@4']);
    });

    it('accepts the same call awaited', () => {
      expect(reports.awaitedPromise).toEqual([]);
    });

    it('reports an async function handed to a caller that ignores what it returns', () => {
      expect(rulesIn(reports.misusedPromise)).toEqual(['@typescript-eslint/no-misused-promises@4']);
    });

    it('refuses process.env outside src/config.ts', () => {
      expect(rulesIn(reports.envInInfra)).toEqual(['no-restricted-properties@1']);
      expect(reports.envInInfra[0].message).toContain('src/config.ts');
    });
  });

  describe('in the core', () => {
    it('refuses reading the process at all, and says where configuration comes from', () => {
      expect(rulesIn(reports.envInCore).sort()).toEqual(['no-restricted-globals@1', 'no-restricted-properties@1']);
      expect(reports.envInCore.map((m) => m.message).join('\n')).toContain('take it as a dependency or option');
    });

    it('refuses an enum, export * and a default export, each with the habit to follow', () => {
      expect(reports.shapes.map((m) => [m.line, m.message])).toEqual([
        [1, expect.stringContaining('`as const` object')],
        [5, expect.stringContaining('No `export *`')],
        [7, expect.stringContaining('Named exports only')],
      ]);
    });

    it('accepts an as-const object, a type import and an awaited load', () => {
      expect(reports.habits).toEqual([]);
    });
  });

  describe('in tests', () => {
    it('reports an expect(…).rejects that is not awaited, which would pass whatever happens', () => {
      expect(rulesIn(reports.unawaitedRejects)).toEqual(['@typescript-eslint/no-floating-promises@2']);
    });
  });
});
