/**
 * JSON.parse that also says where each value is in the text, so a validator issue at `$.steps[1].input.to` can be
 * pinned to its line and underlined in the editor. Paths are written exactly as the validator writes them.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Located {
  /** The value (for an object or array: from its bracket to the matching one). */
  readonly value: Span;
  /** The property name, for values inside an object. */
  readonly key?: Span;
  /** An object or an array (too big to underline whole). */
  readonly compound: boolean;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

type Key = string | number;

export const toJsonPath = (path: readonly Key[]): string =>
  `$${path
    .map((k) =>
      typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`,
    )
    .join('')}`;

/** `$.a[0]["b c"]` -> `['a', 0, 'b c']` */
export const pathKeys = (path: string): Key[] =>
  [...path.matchAll(/\.([^.[]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[1] !== undefined ? m[1] : (JSON.parse(`"${m[3] ?? ''}"`) as string),
  );

export const parseWithPositions = (text: string): { value: unknown; paths: Map<string, Located> } => {
  const paths = new Map<string, Located>();
  let i = 0;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, Math.min(i, text.length));
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if ((text[i] as string) < ' ') fail('a control character inside a string');
      i++;
    }
    if (i >= text.length) fail('a string that never ends');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('a string with a bad escape');
    }
  };
  const value = (path: Key[], key?: Span): unknown => {
    ws();
    const start = i;
    const ch = text[i];
    let out: unknown;
    if (ch === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') i++;
      else
        for (;;) {
          ws();
          if (text[i] !== '"') fail('a property name in double quotes');
          const keyStart = i;
          const name = string();
          const keySpan = { start: keyStart, end: i };
          ws();
          if (text[i] !== ':') fail(`":" after "${name}"`);
          i++;
          obj[name] = value([...path, name], keySpan);
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === '}') {
            i++;
            break;
          }
          fail('"," or "}"');
        }
      out = obj;
    } else if (ch === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') i++;
      else
        for (;;) {
          arr.push(value([...path, arr.length]));
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === ']') {
            i++;
            break;
          }
          fail('"," or "]"');
        }
      out = arr;
    } else if (ch === '"') {
      out = string();
    } else {
      const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(
        text.slice(i, i + 400),
      );
      if (!m) fail(i >= text.length ? 'more JSON (the text ends early)' : 'a JSON value');
      i += (m as RegExpExecArray)[0].length;
      out = JSON.parse((m as RegExpExecArray)[0]);
    }
    paths.set(toJsonPath(path), {
      value: { start, end: i },
      ...(key ? { key } : {}),
      compound: ch === '{' || ch === '[',
    });
    return out;
  };
  const result = value([]);
  ws();
  if (i < text.length) fail('the end of the text (something follows the JSON)');
  return { value: result, paths };
};

export interface Pin {
  readonly span: Span;
  /** false: the path does not exist (a missing field); pinned to the nearest enclosing value. */
  readonly exact: boolean;
}

/** Where an issue's path is in the text: the value itself, or the closest existing parent. */
export const locate = (paths: ReadonlyMap<string, Located>, path: string): Pin | undefined => {
  const keys = pathKeys(path);
  for (let n = keys.length; n >= 0; n--) {
    const found = paths.get(toJsonPath(keys.slice(0, n)));
    if (!found) continue;
    const exact = n === keys.length;
    const { value } = found;
    // A whole block is too much to underline: mark its name (or its opening bracket) instead.
    const span =
      found.compound || !exact ? (found.key ?? { start: value.start, end: value.start + 1 }) : value;
    return { span, exact };
  }
  return undefined;
};

export const lineOf = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
};
