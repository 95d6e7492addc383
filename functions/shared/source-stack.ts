import { requireCommonJs } from './commonjs';

/**
 * Stack traces that point at the TypeScript sources, read from the bundle's source map when an error is reported
 * rather than at every cold start. `--enable-source-maps` made Node decode the whole map while it loaded the bundle
 * (23-67 M instructions per cold start, 8-9% of api-workflows' import: docs/performance.md, session 37), for the
 * stack traces of the few invocations that fail. Here the map beside the bundle (`index.mjs.map`, which the stack
 * ships: infra/constructs/function.ts) is read on the first stack that has a frame in the bundle, and each such
 * frame gets the source position Node's own mapping gives (`file:///var/task/index.mjs:1:2345` ->
 * `/var/task/functions/shared/logger.ts:60:11`); test/unit/source-stack.test.ts compares the two. Where there is
 * no map (tests, the local runtime: this module is a TypeScript file there) or Node maps stacks itself, a stack is
 * returned as it is.
 */

interface SourceMapEntry {
  readonly originalSource?: string;
  readonly originalLine?: number;
  readonly originalColumn?: number;
}

interface Mapper {
  readonly bundleUrl: string;
  readonly position: (line: number, column: number) => string | undefined;
}

/** The bundle's file URL: this module is inlined into it, so its URL is the bundle's. */
const BUNDLE_URL = import.meta.url;

let mapper: Mapper | null | undefined;

const loadMapper = (): Mapper | null => {
  if (process.sourceMapsEnabled) return null;
  try {
    const { readFileSync } = requireCommonJs('node:fs') as typeof import('node:fs');
    const { fileURLToPath } = requireCommonJs('node:url') as typeof import('node:url');
    const { SourceMap } = requireCommonJs('node:module') as typeof import('node:module');
    const mapUrl = `${BUNDLE_URL}.map`;
    const map = new SourceMap(JSON.parse(readFileSync(fileURLToPath(mapUrl), 'utf8')));
    return {
      bundleUrl: BUNDLE_URL,
      position: (line, column) => {
        const entry = map.findEntry(line - 1, column - 1) as SourceMapEntry;
        if (entry.originalSource === undefined || entry.originalLine === undefined) return undefined;
        const source = new URL(entry.originalSource, mapUrl);
        const file = source.protocol === 'file:' ? fileURLToPath(source) : source.href;
        return `${file}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
      },
    };
  } catch {
    return null;
  }
};

const digitsAt = (text: string, from: number): number => {
  let end = from;
  while (end < text.length && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
  return end;
};

/** One line of a stack with every `<bundle>:<line>:<column>` replaced by its source position. */
const mapLine = (line: string, m: Mapper): string => {
  const marker = `${m.bundleUrl}:`;
  let out = '';
  let from = 0;
  for (let at = line.indexOf(marker); at >= 0; at = line.indexOf(marker, from)) {
    const lineStart = at + marker.length;
    const lineEnd = digitsAt(line, lineStart);
    const columnEnd = line[lineEnd] === ':' ? digitsAt(line, lineEnd + 1) : lineEnd;
    if (lineEnd === lineStart || columnEnd === lineEnd + 1 || columnEnd === lineEnd) {
      out += line.slice(from, lineStart);
      from = lineStart;
      continue;
    }
    const mapped = m.position(
      Number(line.slice(lineStart, lineEnd)),
      Number(line.slice(lineEnd + 1, columnEnd)),
    );
    out += line.slice(from, at) + (mapped ?? line.slice(at, columnEnd));
    from = columnEnd;
  }
  return out + line.slice(from);
};

/** The stack with the bundle's frames at their source positions (the stack itself where nothing maps). */
export const sourceMappedStack = (stack: string): string => {
  if (!stack.includes(BUNDLE_URL)) return stack;
  if (mapper === undefined) mapper = loadMapper();
  if (mapper === null) return stack;
  const m = mapper;
  return stack
    .split('\n')
    .map((line) => mapLine(line, m))
    .join('\n');
};

/** Rewrites an error's own stack (and its causes') at source positions, so that whoever prints it sees them. */
export const mapErrorStack = (error: unknown, depth = 0): void => {
  if (!(error instanceof Error) || depth > 8) return;
  const { stack } = error;
  if (typeof stack === 'string') {
    const mapped = sourceMappedStack(stack);
    if (mapped !== stack) {
      try {
        error.stack = mapped;
      } catch {
        // A frozen error keeps its stack.
      }
    }
  }
  mapErrorStack(error.cause, depth + 1);
};
