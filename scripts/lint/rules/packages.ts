import { typesPackage } from '../imports';
import { edgesOf, isSource, type Project, runtimeClosure, type Violation } from '../project';

/**
 * Every package the code imports is declared in package.json (none reached only because another package
 * happens to install it); what a Lambda entry imports at run time is a `dependency`; every `dependency` is
 * imported by some Lambda entry. `dependencies` is then exactly what a Lambda bundle may contain: tests, the
 * local runtime, the CLI and the CDK app take theirs from `devDependencies`.
 */
export const checkPackages = (project: Project): Violation[] => {
  const runtime = new Set(Object.keys(project.packageJson.dependencies ?? {}));
  const declared = new Set([...runtime, ...Object.keys(project.packageJson.devDependencies ?? {})]);
  const violations: Violation[] = [];

  for (const file of [...project.files.keys()].filter(isSource)) {
    for (const edge of edgesOf(project, file)) {
      // Unresolved relative specifiers are TypeScript's to report (or code inside a string).
      if (edge.pkg === undefined) continue;
      const ok = declared.has(edge.pkg) || (edge.typeOnly && declared.has(typesPackage(edge.pkg)));
      if (!ok) {
        violations.push({
          rule: 'undeclared-package',
          file,
          message: `imports ${edge.pkg}, which package.json does not declare`,
        });
      }
    }
  }

  const usedByLambdas = new Set<string>();
  for (const entry of project.lambdaEntries) {
    for (const file of runtimeClosure(project, [entry])) {
      for (const edge of edgesOf(project, file)) {
        if (edge.pkg === undefined || edge.typeOnly) continue;
        usedByLambdas.add(edge.pkg);
        if (declared.has(edge.pkg) && !runtime.has(edge.pkg)) {
          violations.push({
            rule: 'dev-package-in-lambda',
            file,
            message: `imports ${edge.pkg} (a devDependency) and is bundled into ${entry}`,
          });
        }
      }
    }
  }
  for (const pkg of runtime) {
    if (!usedByLambdas.has(pkg)) {
      violations.push({
        rule: 'unused-dependency',
        file: 'package.json',
        message: `${pkg} is a dependency but no Lambda entry imports it: move it to devDependencies`,
      });
    }
  }
  return violations;
};
