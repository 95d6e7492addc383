import { builtinModules } from 'node:module';
import { posix } from 'node:path';

/** One import found in a source file. `typeOnly`: `import type`/`export type`, erased before run time. */
export interface ImportRef {
  readonly specifier: string;
  readonly typeOnly: boolean;
}

// Biome formats every static import/export at the start of a line; the clause never holds a quote or `;`.
const STATIC =
  /^[ \t]*(import|export)[ \t]+(type[ \t]+)?(?:[^'";]*?[ \t\n]from[ \t\n]+)?['"]([^'"\n]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;
// `requireCommonJs` is functions/shared/commonjs.ts: createRequire's require under a name.
const REQUIRE =
  /\b(?:require|requireCommonJs)\(\s*['"]([^'"\n]+)['"]\s*\)|\bcreateRequire\([^)]*\)\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The imports of one TypeScript/JavaScript source: static ones, dynamic imports and require calls. */
export const scanImports = (source: string): ImportRef[] => {
  const refs: ImportRef[] = [];
  for (const m of source.matchAll(STATIC)) {
    const clause = m[0];
    // `export const x = 'a'` has no `from`: only `import 'side-effect'` may omit it.
    if (m[1] === 'export' && !/\bfrom\b/.test(clause)) continue;
    refs.push({ specifier: m[3] ?? '', typeOnly: m[2] !== undefined });
  }
  for (const m of source.matchAll(DYNAMIC)) refs.push({ specifier: m[1] ?? '', typeOnly: false });
  for (const m of source.matchAll(REQUIRE)) refs.push({ specifier: m[1] ?? m[2] ?? '', typeOnly: false });
  return refs;
};

const BUILTINS = new Set(builtinModules);

export const isBuiltin = (specifier: string): boolean =>
  specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] ?? '');

export const isRelative = (specifier: string): boolean =>
  specifier.startsWith('./') || specifier.startsWith('../');

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`. */
export const packageName = (specifier: string): string => {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
};

/** The package that declares the types of `name` (`aws-lambda` -> `@types/aws-lambda`). */
export const typesPackage = (name: string): string =>
  `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

const CANDIDATES = ['', '.ts', '.tsx', '.d.ts', '.js', '.mjs', '/index.ts', '/index.js'];

/**
 * The repository file a relative specifier names, from `fromFile` (both repository-relative, `/`-separated),
 * or undefined when none exists.
 */
export const resolveRelative = (
  fromFile: string,
  specifier: string,
  exists: (file: string) => boolean,
): string | undefined => {
  const base = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
  const stripped = base.replace(/\.js$/, '');
  for (const candidate of [...CANDIDATES.map((c) => base + c), ...CANDIDATES.map((c) => stripped + c)]) {
    if (/\.(ts|tsx|js|mjs|cjs|json)$/.test(candidate) && exists(candidate)) return candidate;
  }
  return undefined;
};
