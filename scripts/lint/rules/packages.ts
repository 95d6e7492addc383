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

  const workspaceOf = (file: string) =>
    [...(project.workspaces ?? new Map<string, never>()).entries()].find(([dir]) =>
      file.startsWith(`${dir}/`),
    );
  for (const file of [...project.files.keys()].filter(isSource)) {
    // A workspace package's files import what its own package.json declares.
    const workspace = workspaceOf(file)?.[1];
    const allowed = workspace
      ? new Set([
          ...Object.keys(workspace.dependencies ?? {}),
          ...Object.keys(workspace.devDependencies ?? {}),
        ])
      : declared;
    for (const edge of edgesOf(project, file)) {
      // Unresolved relative specifiers are TypeScript's to report (or code inside a string).
      if (edge.pkg === undefined) continue;
      const ok = allowed.has(edge.pkg) || (edge.typeOnly && allowed.has(typesPackage(edge.pkg)));
      if (!ok) {
        violations.push({
          rule: 'undeclared-package',
          file,
          message: `imports ${edge.pkg}, which ${workspaceOf(file)?.[0] ?? '.'}/package.json does not declare`,
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
