// House rules `npm run lint` enforces beyond Biome and TypeScript. Prints one line per violation; exit 1 if any.
import { relative } from 'node:path';
import { FUNCTION_ENTRIES } from '../../infra/constructs/functions';
import { FUNCTIONS_DIR, REPO_ROOT } from '../../infra/paths';
import { GENERATED_FILES } from '../generate/files';
import { loadProject, type Violation } from './project';
import { checkBoundaries } from './rules/boundaries';
import { checkCycles } from './rules/cycles';
import { checkFileSizes } from './rules/file-size';
import { checkPackages } from './rules/packages';
import { checkPureSchemas } from './rules/pure-schemas';
import { checkRegexes } from './rules/regex';
import { checkZodImports } from './rules/zod-import';

const lambdaEntries = Object.values(FUNCTION_ENTRIES).map((entry) =>
  relative(REPO_ROOT, `${FUNCTIONS_DIR}/${entry}`),
);
const project = loadProject(REPO_ROOT, lambdaEntries);
const violations: Violation[] = [
  ...checkPackages(project),
  ...checkBoundaries(project),
  ...checkCycles(project),
  ...checkFileSizes(
    project,
    undefined,
    GENERATED_FILES.map((f) => f.path),
  ),
  ...checkRegexes(project),
  ...checkZodImports(project),
  ...checkPureSchemas(project),
];

for (const v of violations) console.error(`${v.file}: ${v.rule}: ${v.message}`);
console.log(
  `house rules: ${project.files.size} files, ${lambdaEntries.length} Lambda entries, ${violations.length} violations`,
);
process.exitCode = violations.length > 0 ? 1 : 0;
