import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImportRef, isBuiltin, isRelative, packageName, resolveRelative, scanImports } from './imports';

export interface PackageJson {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly workspaces?: readonly string[];
}

/** An import edge: to a repository file (`file`) or to a package (`pkg`). */
export interface Edge {
  readonly specifier: string;
  readonly typeOnly: boolean;
  readonly file?: string;
  readonly pkg?: string;
}

/** What the rules look at: every source file (repository-relative path -> text), package.json, Lambda entries. */
export interface Project {
  readonly files: ReadonlyMap<string, string>;
  readonly packageJson: PackageJson;
  /** npm workspace packages (`packages/client` -> its package.json): their files declare their own imports. */
  readonly workspaces?: ReadonlyMap<string, PackageJson>;
  /** Repository-relative paths of the Lambda handler entry files (what esbuild bundles for AWS). */
  readonly lambdaEntries: readonly string[];
}

export interface Violation {
  readonly rule: string;
  readonly file: string;
  readonly message: string;
}

const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

export const isSource = (file: string): boolean => SOURCE.test(file) && !file.endsWith('.d.ts');

/**
 * The edges out of one file; relative specifiers that resolve to nothing are kept with neither file nor pkg.
 * Node built-ins are left out unless asked for (then `pkg` is the specifier, `node:fs`).
 */
export const edgesOf = (project: Project, file: string, options: { builtins?: boolean } = {}): Edge[] => {
  const source = project.files.get(file) ?? '';
  return scanImports(source).flatMap((ref: ImportRef): Edge[] => {
    if (isBuiltin(ref.specifier)) return options.builtins ? [{ ...ref, pkg: ref.specifier }] : [];
    if (isRelative(ref.specifier)) {
      const target = resolveRelative(file, ref.specifier, (f) => project.files.has(f));
      return [{ ...ref, ...(target === undefined ? {} : { file: target }) }];
    }
    return [{ ...ref, pkg: packageName(ref.specifier) }];
  });
};

/** Every file reachable from `entries` through imports that exist at run time (type-only imports are erased). */
export const runtimeClosure = (project: Project, entries: readonly string[]): Set<string> => {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of edgesOf(project, file)) {
      if (!edge.typeOnly && edge.file !== undefined && !seen.has(edge.file)) stack.push(edge.file);
    }
  }
  return seen;
};

/** The repository as git sees it (tracked and new files, minus what .gitignore ignores). */
export const loadProject = (root: string, lambdaEntries: readonly string[]): Project => {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f !== '' && !f.startsWith('node_modules/'));
  const files = new Map<string, string>();
  for (const file of listed) {
    if (!SOURCE.test(file) && !file.endsWith('.json')) continue;
    try {
      files.set(file, readFileSync(join(root, file), 'utf8'));
    } catch {
      // Deleted in the working tree but still in the index.
    }
  }
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  const workspaces = new Map<string, PackageJson>();
  for (const file of files.keys()) {
    const dir = file.replace(/\/package\.json$/, '');
    const inWorkspace = (packageJson.workspaces ?? []).some((glob) =>
      glob.endsWith('/*')
        ? dir.startsWith(glob.slice(0, -1)) && !dir.slice(glob.length - 1).includes('/')
        : dir === glob,
    );
    if (dir !== file && inWorkspace)
      workspaces.set(dir, JSON.parse(files.get(file) as string) as PackageJson);
  }
  return { files, packageJson, workspaces, lambdaEntries };
};
