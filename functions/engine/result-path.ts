import { isRecord } from './asl-types';
import { TerminalError } from './execution';

/**
 * ResultPath as Step Functions applies it to a caught error: null discards the result, `$` replaces the input,
 * a reference path (`$.a.b`, `$['a']`, `$.list[0]`) sets that field in a copy of the input, creating objects on
 * the way. A path through a non-object fails with States.ResultPathMatchFailure.
 */

const segmentsOf = (path: string): string[] => {
  if (!path.startsWith('$')) throw new TerminalError('States.Runtime', `Invalid ResultPath "${path}"`);
  const out: string[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]/g;
  let rest = path.slice(1);
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    if (m.index !== 0) throw new TerminalError('States.Runtime', `Invalid ResultPath "${path}"`);
    out.push((m[1] ?? m[2] ?? m[3]) as string);
    rest = rest.slice(m[0].length);
    re.lastIndex = 0;
  }
  if (rest.length > 0) throw new TerminalError('States.Runtime', `Invalid ResultPath "${path}"`);
  return out;
};

export const applyResultPath = (
  input: unknown,
  resultPath: string | null | undefined,
  result: unknown,
): unknown => {
  if (resultPath === null) return input;
  if (resultPath === undefined || resultPath === '$') return result;
  const segments = segmentsOf(resultPath);
  const root: unknown = structuredClone(input ?? {});
  if (!isRecord(root) && !Array.isArray(root)) {
    throw new TerminalError('States.ResultPathMatchFailure', `Unable to apply ResultPath "${resultPath}"`);
  }
  let node = root as Record<string, unknown>;
  for (const [i, segment] of segments.entries()) {
    if (i === segments.length - 1) {
      node[segment] = result;
      break;
    }
    const next = node[segment];
    if (next === undefined) node[segment] = {};
    else if (!isRecord(next) && !Array.isArray(next)) {
      throw new TerminalError('States.ResultPathMatchFailure', `Unable to apply ResultPath "${resultPath}"`);
    }
    node = node[segment] as Record<string, unknown>;
  }
  return root;
};
