/**
 * Type-checks generated Alexa files against Amazon's own SMAPI types (`ask-smapi-model`): each
 * JSON becomes an object literal assigned to its type in an in-memory .ts file, and the
 * TypeScript compiler reports what the console would refuse (a missing `synonyms`, a misspelt
 * field, an unknown permission). Object literals also get excess-property checks.
 */
import { dirname, join, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '../..');

/** Which SMAPI type a generated file must satisfy. */
export const SMAPI_TYPES = {
  interactionModel: 'v1.skill.interactionModel.InteractionModelData',
  manifest: 'v1.skill.Manifest.SkillManifestEnvelope',
  accountLinking: 'v1.skill.accountLinking.AccountLinkingRequest',
} as const;
export type SmapiType = (typeof SMAPI_TYPES)[keyof typeof SMAPI_TYPES];

/** The SMAPI type for a generated path, or undefined for files that are not Alexa's. */
export function smapiTypeOf(path: string): SmapiType | undefined {
  if (/^skill-package\/interactionModels\/custom\/[a-z]{2}-[A-Z]{2}\.json$/.test(path)) return SMAPI_TYPES.interactionModel;
  if (path === 'skill-package/skill.json') return SMAPI_TYPES.manifest;
  if (path.endsWith('account-linking.json')) return SMAPI_TYPES.accountLinking;
  return undefined;
}

export interface TypeProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * Checks each (path, JSON text, type) and returns the compiler's complaints, located in the JSON
 * file by line. One program for all files: the SMAPI declarations are parsed once (~2 s).
 */
export function typeCheckJson(files: ReadonlyArray<{ path: string; json: string; type: SmapiType }>): TypeProblem[] {
  const virtual = new Map<string, { path: string; text: string }>();
  files.forEach((f, i) => {
    // the literal starts on line 3, so a diagnostic's line minus 2 is the JSON's own line
    const text = `import type { v1 } from 'ask-smapi-model';\n// ${f.path}\nexport const checked${i}: ${f.type} = ${f.json.trim()};\n`;
    virtual.set(join(ROOT, `.smapi-check-${i}.ts`), { path: f.path, text });
  });
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError, create) => {
    const own = virtual.get(resolve(name));
    return own ? ts.createSourceFile(name, own.text, version) : getSourceFile(name, version, onError, create);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtual.has(resolve(name)) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => virtual.get(resolve(name))?.text ?? readFile(name);
  host.getCurrentDirectory = () => ROOT;
  const program = ts.createProgram([...virtual.keys()], options, host);
  const problems: TypeProblem[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const own = diagnostic.file ? virtual.get(resolve(diagnostic.file.fileName)) : undefined;
    const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    problems.push({
      file: own?.path ?? diagnostic.file?.fileName ?? dirname(ROOT),
      line: own ? Math.max(1, line - 2) : line,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
    });
  }
  return problems;
}

export function formatTypeProblem(p: TypeProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
