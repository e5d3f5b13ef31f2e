/**
 * Lints probe files with the project's ESLint configuration through ESLint's Node API and prints
 * what it reported as JSON. Jest cannot load the ES-module configuration in its own VM, so the
 * lint tests run this in a plain Node process.
 *
 * Each probe is written where its path says (the rules are scoped by folder, and the type-aware
 * ones only see files the tsconfig includes), linted, and removed again; a path that already
 * exists is refused, so a probe never overwrites real code.
 *
 * stdin: [{ "filePath": "src/core/__lint_probe_1__.ts", "code": "…" }, …] (relative to the repository)
 * stdout: [[{ "ruleId": "…", "line": 1, "message": "…" }, …], …], one list per probe, in order
 */
import { ESLint } from 'eslint';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const probes = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: root });
const reports = [];
for (const probe of probes) {
  const file = join(root, probe.filePath);
  if (existsSync(file)) throw new Error(`${probe.filePath} exists; a probe needs a path of its own`);
  writeFileSync(file, probe.code, { flag: 'wx' });
  try {
    const [result] = await eslint.lintFiles([file]);
    reports.push(result.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message })));
  } finally {
    rmSync(file, { force: true });
  }
}
process.stdout.write(JSON.stringify(reports));
