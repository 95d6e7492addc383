import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Builds the console into console/dist when its sources changed (a hash of them is kept beside the output), and
 * prints what a browser downloads, gzipped, against the budget. `npm start` (prestart), `npm run build:console`
 * and the test suite's global setup all come through here, so a fresh clone never serves a stale or missing build.
 */

export const CONSOLE_DIR = path.dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = path.join(CONSOLE_DIR, 'dist');
/** What the built console may weigh, gzipped, all files together. */
export const BUDGET_BYTES = 150 * 1024;
const HASH_FILE = '.build-hash';
// The typed API client (packages/client) is built into the console too.
const INPUTS = [
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'build.ts',
  'src',
  'public',
  '../packages/client/src',
];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });

/** A hash of everything the build reads (sources and the versions of the packages that build them). */
export const sourceHash = (): string => {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const full = path.join(CONSOLE_DIR, input);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory() ? filesUnder(full).sort() : [full];
    for (const file of files)
      hash.update(path.relative(CONSOLE_DIR, file)).update('\0').update(readFileSync(file));
  }
  for (const pkg of ['vite', 'preact', 'openapi-fetch']) {
    const manifest = path.join(CONSOLE_DIR, '..', 'node_modules', pkg, 'package.json');
    if (existsSync(manifest))
      hash.update(`${pkg}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`);
  }
  return hash.digest('hex');
};

export interface SizeReport {
  readonly files: { readonly file: string; readonly bytes: number; readonly gzipped: number }[];
  readonly totalGzipped: number;
}

/** Every file of a built console with its size as served and gzipped (level 9, as a CDN would). */
export const measure = (dir = DIST_DIR): SizeReport => {
  const files = filesUnder(dir)
    .filter((f) => path.basename(f) !== HASH_FILE)
    .map((f) => {
      const content = readFileSync(f);
      return {
        file: path.relative(dir, f),
        bytes: content.length,
        gzipped: gzipSync(content, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzipped - a.gzipped);
  return { files, totalGzipped: files.reduce((sum, f) => sum + f.gzipped, 0) };
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const formatReport = (report: SizeReport): string =>
  [
    ...report.files.map(
      (f) => `  ${f.file.padEnd(36)} ${kb(f.bytes).padStart(10)} ${kb(f.gzipped).padStart(10)} gzipped`,
    ),
    `console: ${kb(report.totalGzipped)} gzipped in total (budget ${kb(BUDGET_BYTES)})`,
  ].join('\n');

/** Waits for (then takes) a directory lock, so a test run and `npm start` never build into each other. */
const withLock = async <T>(work: () => Promise<T>): Promise<T> => {
  const lock = path.join(CONSOLE_DIR, '.build-lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes was left by a killed build.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 180_000)
        throw new Error(`console build: ${lock} is held; remove it if no build runs`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
};

export interface BuildResult extends SizeReport {
  readonly built: boolean;
}

/** Builds unless console/dist already matches the sources; `force` always builds. */
export const ensureConsoleBuilt = (options: { force?: boolean } = {}): Promise<BuildResult> =>
  withLock(async () => {
    const hash = sourceHash();
    const hashFile = path.join(DIST_DIR, HASH_FILE);
    if (!options.force && existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash) {
      return { built: false, ...measure() };
    }
    const { build } = await import('vite');
    // Built beside, then swapped in: a running server never serves a half-written console.
    const staging = path.join(CONSOLE_DIR, `.dist-${process.pid}`);
    await build({
      configFile: path.join(CONSOLE_DIR, 'vite.config.ts'),
      build: { outDir: staging, emptyOutDir: true },
      logLevel: 'warn',
    });
    writeFileSync(path.join(staging, HASH_FILE), hash);
    rmSync(DIST_DIR, { recursive: true, force: true });
    renameSync(staging, DIST_DIR);
    return { built: true, ...measure() };
  });

const main = async () => {
  const started = Date.now();
  const result = await ensureConsoleBuilt({ force: process.argv.includes('--force') });
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (result.built || process.argv.includes('--verbose')) log(formatReport(result));
  else log(`console: up to date, ${kb(result.totalGzipped)} gzipped (budget ${kb(BUDGET_BYTES)})`);
  if (result.built)
    log(`console: built into console/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.totalGzipped > BUDGET_BYTES) {
    process.stderr.write(`console: over budget by ${kb(result.totalGzipped - BUDGET_BYTES)}\n`);
    process.exitCode = 1;
  }
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`console build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
