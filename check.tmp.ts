import { modelSource } from './interaction-models/source';
import { findProblems, formatProblem } from './scripts/models/validate';
const problems = findProblems(modelSource);
console.log(problems.length + ' problems');
for (const p of problems.slice(0, 30)) console.log(formatProblem(p));
