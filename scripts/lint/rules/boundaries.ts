import { edgesOf, isSource, type Project, type Violation } from '../project';

/**
 * The layers of DESIGN.md, "Boundaries": statemachines/ is the pure workflow language (it imports itself and zod,
 * nothing else: no AWS SDK, no I/O, not even Node built-ins); functions/ never imports infra/; functions/shared is
 * the bottom of functions/ (it imports only itself and statemachines/). Type-only imports count too: a type from a
 * layer above is still a dependency on it.
 */
export const checkBoundaries = (project: Project): Violation[] => {
  const violations: Violation[] = [];
  for (const file of [...project.files.keys()].filter(isSource)) {
    if (file.startsWith('statemachines/')) {
      for (const { specifier, file: target, pkg } of edgesOfWithBuiltins(project, file)) {
        if (pkg === 'zod' || target?.startsWith('statemachines/')) continue;
        violations.push({
          rule: 'statemachines-purity',
          file,
          message: `imports ${specifier}: statemachines/ imports only itself and zod`,
        });
      }
    }
    if (file.startsWith('functions/shared/')) {
      for (const { specifier, file: target } of edgesOf(project, file)) {
        if (!target || target.startsWith('functions/shared/') || target.startsWith('statemachines/'))
          continue;
        violations.push({
          rule: 'shared-at-the-bottom',
          file,
          message: `imports ${specifier}: functions/shared (ports, errors, helpers) imports only itself and statemachines/`,
        });
      }
    }
    if (file.startsWith('functions/')) {
      for (const { specifier, file: target } of edgesOf(project, file)) {
        if (!target?.startsWith('infra/')) continue;
        violations.push({
          rule: 'functions-not-infra',
          file,
          message: `imports ${specifier}: functions/ never imports infra/ (move the shared part to functions/shared)`,
        });
      }
    }
  }
  return violations;
};

/** Edges including Node built-ins (edgesOf leaves them out), as `{ specifier, pkg: 'node:…' }`. */
const edgesOfWithBuiltins = (project: Project, file: string) => edgesOf(project, file, { builtins: true });
