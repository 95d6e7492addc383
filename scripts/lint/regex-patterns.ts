// Every regular expression a source file builds, with its pattern when it can be known without running the code.
import { parse } from '@babel/parser';
import { alt, type WordSpec } from '../../functions/assistant/grammar/lexicon';
import { resolveRelative } from './imports';

/** The grammar's lexicon: `alt('class', …)` over constant words is folded by running it (its words are data). */
const LEXICON = 'functions/assistant/grammar/lexicon.ts';

export interface RegexSite {
  readonly file: string;
  readonly line: number;
  /** Undefined when the pattern is computed from something other than constants. */
  readonly source?: string;
  readonly flags: string;
  /** How the expression reads in the code (shortened), for messages. */
  readonly text: string;
}

/** The part of Babel's AST this module reads: every node has a type; children are found by walking its values. */
interface AstNode {
  readonly type: string;
  readonly start?: number | null;
  readonly end?: number | null;
  readonly loc?: { readonly start: { readonly line: number } } | null;
  readonly [key: string]: unknown;
}

type Value = { kind: 'string'; value: string } | { kind: 'regex'; source: string; flags: string } | undefined;

interface FileScope {
  readonly file: string;
  readonly text: string;
  readonly program: AstNode;
  /** `const name = …` initializers at any depth; a name declared twice is ambiguous (undefined). */
  readonly consts: Map<string, AstNode | undefined>;
  /** Imported local name -> [repository file, exported name]. */
  readonly imports: Map<string, readonly [string, string]>;
}

const isNode = (v: unknown): v is AstNode =>
  typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

const children = (node: AstNode): AstNode[] => {
  const out: AstNode[] = [];
  for (const [key, v] of Object.entries(node)) {
    if (key === 'loc' || key === 'extra' || key === 'comments' || key === 'leadingComments') continue;
    if (Array.isArray(v)) for (const item of v) if (isNode(item)) out.push(item);
    if (isNode(v)) out.push(v);
  }
  return out;
};

const walk = (node: AstNode, visit: (n: AstNode) => void): void => {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop() as AstNode;
    visit(n);
    stack.push(...children(n).reverse());
  }
};

const field = (node: AstNode, key: string): AstNode | undefined => {
  const v = node[key];
  return isNode(v) ? v : undefined;
};
const list = (node: AstNode, key: string): AstNode[] => {
  const v = node[key];
  return Array.isArray(v) ? v.filter(isNode) : [];
};
const nameOf = (node: AstNode | undefined): string | undefined =>
  node?.type === 'Identifier'
    ? (node.name as string)
    : node?.type === 'StringLiteral'
      ? (node.value as string)
      : undefined;

const scopeOf = (file: string, text: string, exists: (f: string) => boolean): FileScope => {
  const plugins: ('typescript' | 'jsx')[] = file.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'];
  let program: AstNode;
  try {
    program = parse(text, { sourceType: 'module', plugins, errorRecovery: true })
      .program as unknown as AstNode;
  } catch (error) {
    throw new Error(`${file}: cannot be parsed for regular expressions: ${(error as Error).message}`);
  }
  const consts = new Map<string, AstNode | undefined>();
  const imports = new Map<string, readonly [string, string]>();
  walk(program, (node) => {
    if (node.type === 'VariableDeclaration' && node.kind === 'const') {
      for (const d of list(node, 'declarations')) {
        const id = field(d, 'id');
        const init = field(d, 'init');
        if (id?.type !== 'Identifier' || init === undefined) continue;
        const name = id.name as string;
        consts.set(name, consts.has(name) ? undefined : init);
      }
    }
    if (node.type === 'ImportDeclaration') {
      const target = resolveRelative(file, (field(node, 'source')?.value as string) ?? '', exists);
      if (target === undefined) return;
      for (const s of list(node, 'specifiers')) {
        const local = nameOf(field(s, 'local'));
        const imported = nameOf(field(s, 'imported'));
        if (s.type === 'ImportSpecifier' && local !== undefined && imported !== undefined)
          imports.set(local, [target, imported]);
      }
    }
  });
  return { file, text, program, consts, imports };
};

const WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'ParenthesizedExpression',
]);

/** Constant folding of what patterns are made of: literals, templates, `+`, `.source`, `.flags`, `[…].join(s)`. */
class Evaluator {
  private readonly scopes = new Map<string, FileScope>();
  private readonly active = new Set<AstNode>();

  constructor(private readonly files: ReadonlyMap<string, string>) {}

  scope(file: string): FileScope {
    let s = this.scopes.get(file);
    if (s === undefined) {
      s = scopeOf(file, this.files.get(file) ?? '', (f) => this.files.has(f));
      this.scopes.set(file, s);
    }
    return s;
  }

  value(node: AstNode, scope: FileScope): Value {
    if (node.type === 'StringLiteral') return { kind: 'string', value: node.value as string };
    if (node.type === 'RegExpLiteral')
      return { kind: 'regex', source: node.pattern as string, flags: node.flags as string };
    const inner = field(node, 'expression');
    if (WRAPPERS.has(node.type) && inner !== undefined) return this.value(inner, scope);
    const tag = field(node, 'tag');
    const raw =
      tag?.type === 'MemberExpression' &&
      nameOf(field(tag, 'object')) === 'String' &&
      nameOf(field(tag, 'property')) === 'raw';
    if (node.type === 'TaggedTemplateExpression' && raw)
      return this.template(field(node, 'quasi'), scope, 'raw');
    if (node.type === 'TemplateLiteral') return this.template(node, scope, 'cooked');
    if (node.type === 'BinaryExpression' && node.operator === '+') {
      const l = this.text(field(node, 'left'), scope);
      const r = this.text(field(node, 'right'), scope);
      return l === undefined || r === undefined ? undefined : { kind: 'string', value: l + r };
    }
    if (node.type === 'MemberExpression' && node.computed !== true) {
      const prop = nameOf(field(node, 'property'));
      const target = this.valueOf(field(node, 'object'), scope);
      if (target?.kind !== 'regex' || (prop !== 'source' && prop !== 'flags')) return undefined;
      return { kind: 'string', value: prop === 'source' ? target.source : target.flags };
    }
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const callee = field(node, 'callee');
      if (callee?.type === 'MemberExpression' && nameOf(field(callee, 'property')) === 'join')
        return this.join(node, callee, scope);
      if (callee?.type === 'Identifier' && node.type === 'CallExpression') {
        const imported =
          scope.file === LEXICON ? [LEXICON, callee.name] : scope.imports.get(callee.name as string);
        if (imported?.[0] === LEXICON && imported[1] === 'alt') {
          const specs = list(node, 'arguments').map((a) => this.text(a, scope));
          if (specs.some((s) => s === undefined)) return undefined;
          return { kind: 'string', value: alt(...(specs as WordSpec[])) };
        }
      }
      const built = this.construction(node, scope);
      return built?.source === undefined
        ? undefined
        : { kind: 'regex', source: built.source, flags: built.flags };
    }
    if (node.type === 'Identifier') {
      const target = this.resolve(node, scope);
      if (target === undefined || this.active.has(target.node)) return undefined;
      this.active.add(target.node);
      try {
        return this.value(target.node, target.scope);
      } finally {
        this.active.delete(target.node);
      }
    }
    return undefined;
  }

  /** A `RegExp(…)` / `new RegExp(…)` call: its pattern and flags when both are constant. */
  construction(node: AstNode, scope: FileScope): { source?: string; flags: string } | undefined {
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return undefined;
    if (nameOf(field(node, 'callee')) !== 'RegExp' || field(node, 'callee')?.type !== 'Identifier')
      return undefined;
    const [patternArg, flagsArg] = list(node, 'arguments');
    if (patternArg === undefined) return { source: '', flags: '' };
    const pattern = this.value(patternArg, scope);
    const flags = flagsArg === undefined ? undefined : this.text(flagsArg, scope);
    if (flagsArg !== undefined && flags === undefined) return { flags: '' };
    if (pattern === undefined) return { flags: flags ?? '' };
    if (pattern.kind === 'string') return { source: pattern.value, flags: flags ?? '' };
    return { source: pattern.source, flags: flags ?? pattern.flags };
  }

  /** A template literal's text; `String.raw` templates keep their backslashes. */
  private template(node: AstNode | undefined, scope: FileScope, form: 'cooked' | 'raw'): Value {
    if (node === undefined) return undefined;
    const quasis = list(node, 'quasis').map(
      (q) => (q.value as { cooked?: string | null; raw: string })[form],
    );
    const values = list(node, 'expressions').map((e) => this.text(e, scope));
    if (quasis.some((q) => typeof q !== 'string') || values.some((v) => v === undefined)) return undefined;
    return { kind: 'string', value: quasis.map((q, i) => q + (values[i] ?? '')).join('') };
  }

  private join(node: AstNode, callee: AstNode, scope: FileScope): Value {
    const array = this.resolve(field(callee, 'object'), scope);
    const [sepArg] = list(node, 'arguments');
    const sep = sepArg === undefined ? ',' : this.text(sepArg, scope);
    if (array === undefined || sep === undefined || array.node.type !== 'ArrayExpression') return undefined;
    const parts = list(array.node, 'elements').map((e) => this.text(e, array.scope));
    return parts.every((p) => p !== undefined) ? { kind: 'string', value: parts.join(sep) } : undefined;
  }

  private valueOf(node: AstNode | undefined, scope: FileScope): Value {
    return node === undefined ? undefined : this.value(node, scope);
  }

  private text(node: AstNode | undefined, scope: FileScope): string | undefined {
    const v = this.valueOf(node, scope);
    return v?.kind === 'string' ? v.value : undefined;
  }

  /** An identifier's `const` initializer (this file or an import), or the node itself when it is not a name. */
  private resolve(
    node: AstNode | undefined,
    scope: FileScope,
  ): { node: AstNode; scope: FileScope } | undefined {
    if (node === undefined) return undefined;
    let target: { node: AstNode; scope: FileScope } = { node, scope };
    while (WRAPPERS.has(target.node.type) && field(target.node, 'expression') !== undefined)
      target = { node: field(target.node, 'expression') as AstNode, scope: target.scope };
    if (target.node.type !== 'Identifier') return target;
    const name = target.node.name as string;
    const local = target.scope.consts.get(name);
    if (local !== undefined) return { node: local, scope: target.scope };
    const imported = target.scope.imports.get(name);
    if (imported === undefined) return undefined;
    const other = this.scope(imported[0]);
    const init = other.consts.get(imported[1]);
    return init === undefined ? undefined : { node: init, scope: other };
  }
}

const shorten = (text: string): string => {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
};

/** The regular expressions the included files (repository-relative path -> text) build. */
export const regexSites = (
  files: ReadonlyMap<string, string>,
  include: (file: string) => boolean,
): RegexSite[] => {
  const evaluator = new Evaluator(files);
  const sites: RegexSite[] = [];
  for (const file of files.keys()) {
    if (!include(file)) continue;
    const scope = evaluator.scope(file);
    walk(scope.program, (node) => {
      const line = node.loc?.start.line ?? 0;
      const text = () => shorten(scope.text.slice(node.start ?? 0, node.end ?? 0));
      if (node.type === 'RegExpLiteral') {
        sites.push({ file, line, source: node.pattern as string, flags: node.flags as string, text: text() });
        return;
      }
      const built = evaluator.construction(node, scope);
      // new RegExp(/literal/) is already listed as its literal.
      if (built !== undefined && list(node, 'arguments')[0]?.type !== 'RegExpLiteral')
        sites.push({ file, line, ...built, text: text() });
    });
  }
  return sites;
};
