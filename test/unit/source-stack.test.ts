import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLING, esbuildOptionsLikeInfra, FUNCTION_NODE_OPTIONS } from '../../infra/constructs/function';
import { REPO_ROOT } from '../../infra/paths';

/**
 * Functions start without `--enable-source-maps` (Node decoded the whole source map at every cold start); their
 * stack traces still point at the TypeScript sources: the map shipped beside the bundle is read when an error is
 * reported (functions/shared/source-stack.ts). These tests bundle a handler as the stack does, source map included,
 * throw from a known line, and compare with what Node itself prints under `--enable-source-maps`.
 */

let dir: string;
let bundle: string;

/** The TypeScript line that throws (1-based) in the fixture below. */
const THROW_LINE = 5;
const FIXTURE = `import { formatError, Logger } from ${JSON.stringify(join(REPO_ROOT, 'functions/shared/logger.ts'))};
import { observed } from ${JSON.stringify(join(REPO_ROOT, 'functions/shared/observability.ts'))};

export const failing = () => {
  throw new Error('boom', { cause: new Error('underneath') });
};
export const format = (error: Error) => formatError(error);
export const handler = observed(async () => failing(), new Logger({ serviceName: 'stack-test' }));
`;

/** Runs `body` (an async function body given `mod`, the bundle) in a fresh Node process; what it prints, parsed. */
const inProcess = (body: string, nodeOptions?: string): unknown => {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const mod = await import(${JSON.stringify(bundle)}); const result = await (async () => { ${body} })(); console.log('RESULT ' + JSON.stringify(result));`,
    ],
    {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        POWERTOOLS_LOG_LEVEL: 'CRITICAL',
        ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
      },
    },
  );
  const line = out.split('\n').find((l) => l.startsWith('RESULT ')) ?? 'RESULT null';
  return JSON.parse(line.slice('RESULT '.length));
};

const THROWN = 'try { mod.failing(); } catch (error) { return error; }';

/**
 * Each line of a stack with its frame reduced to its position (`/path/fixture.ts:5:9`): the positions are Node's;
 * the function names are not compared, since Node also names a mapped frame after the source's identifier
 * (`failing` where the bundle says `ft`), which only its structured call sites allow.
 */
const positions = (stack: string): string[] =>
  stack.split('\n').map((line) => {
    if (!line.startsWith('    at ')) return line;
    const open = line.lastIndexOf(' (');
    return line.endsWith(')') && open >= 0 ? line.slice(open + 2, -1) : line.slice('    at '.length);
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dynaris-source-stack-'));
  const entry = join(dir, 'fixture.ts');
  writeFileSync(entry, FIXTURE);
  bundle = join(dir, 'index.mjs');
  await build({
    ...esbuildOptionsLikeInfra(),
    sourcemap: Boolean(BUNDLING.sourceMap),
    sourcesContent: BUNDLING.sourcesContent ?? true,
    entryPoints: [entry],
    outfile: bundle,
  });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stack traces of a deployed bundle', () => {
  it('GIVEN the functions as deployed WHEN they start THEN Node is not asked to decode source maps at load, and the bundle ships its map', () => {
    expect(FUNCTION_NODE_OPTIONS ?? '').not.toContain('--enable-source-maps');
    expect(BUNDLING.sourceMap).toBe(true);
  });

  it('GIVEN an error thrown in the bundle WHEN the logger formats it THEN its location and the position of every frame are the ones Node gives under --enable-source-maps, at the TypeScript line', () => {
    const fixture = join(dir, 'fixture.ts');
    const body = THROWN.replace(
      'return error;',
      'const formatted = mod.format(error); return { formatted, raw: error.stack, cause: error.cause.stack };',
    );
    type Seen = {
      formatted: { stack: string; location: string; cause: { stack: string } };
      raw: string;
      cause: string;
    };
    const ours = (inProcess(body) as Seen).formatted;
    const nodes = inProcess(body, '--enable-source-maps') as Seen;
    expect(nodes.formatted.location).toBe(`${fixture}:${THROW_LINE}`);
    expect(positions(ours.stack)).toEqual(positions(nodes.raw));
    expect(positions(ours.cause.stack)).toEqual(positions(nodes.cause));
    expect(ours.location).toBe(`${fixture}:${THROW_LINE}`);
    expect(ours.stack).toContain(`${fixture}:${THROW_LINE}:9`);
  });

  it('GIVEN an error thrown out of an observed handler WHEN the caller reads its stack (as the Lambda runtime reports it) THEN its frames are at the TypeScript positions Node gives under --enable-source-maps', () => {
    const call = `try { await mod.handler({}, { awsRequestId: 'r', functionName: 'f' }); } catch (error) { return { stack: error.stack, cause: error.cause.stack }; }`;
    const ours = inProcess(call) as { stack: string; cause: string };
    const nodes = inProcess(call, '--enable-source-maps') as { stack: string; cause: string };
    expect(positions(ours.stack)).toEqual(positions(nodes.stack));
    expect(positions(ours.cause)).toEqual(positions(nodes.cause));
    expect(ours.stack).toContain(`${join(dir, 'fixture.ts')}:${THROW_LINE}:9`);
  });

  it('GIVEN the same bundle without its map WHEN an error is formatted THEN the stack is the bundle as it is, not an error', () => {
    rmSync(`${bundle}.map`);
    const ours = inProcess(THROWN.replace('return error;', 'return mod.format(error);')) as {
      stack: string;
    };
    expect(ours.stack).toContain(`file://${bundle}:`);
  });
});
