import { type EventPattern, isPlainObject, nestDottedKeys } from './shape';

/**
 * EventBridge refuses wildcard patterns that are too complex ("Rule is too complex - try using fewer wildcard
 * characters or fewer repeating character sequences after a wildcard character"). The user guide does not give
 * the rule; AWS's matcher (event-ruler) measures a pattern by the most wildcard-pattern prefixes that one worst-case
 * value can be inside at once, over the byte automaton of each field's wildcard operands, and EventBridge refuses
 * a pattern above 10. This module computes that measure the same way.
 */
export const WILDCARD_COMPLEXITY_LIMIT = 10;
export const TOO_COMPLEX_MESSAGE =
  'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character';

/** $or expands into alternatives; past this many, the measure stops (AWS limits such patterns elsewhere). */
const MAX_CLAUSES = 1_000;
const MAX_SUBSETS = 20_000;
const STAR = 256;
const QUOTE = 0x22;

interface Term {
  readonly identity: string;
  readonly wildcards: readonly string[];
  readonly absent: boolean;
}
interface Field {
  readonly path: string;
  readonly terms: readonly Term[];
}
type Clause = readonly Field[];

const canonical = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlainObject(v))
    return `{${Object.keys(v)
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
};

const termOf = (matcher: unknown): Term => {
  if (!isPlainObject(matcher)) return { identity: canonical(matcher), wildcards: [], absent: false };
  const [op, operand] = Object.entries(matcher)[0] ?? ['', undefined];
  if (op === 'wildcard' && typeof operand === 'string')
    return { identity: canonical(matcher), wildcards: [operand], absent: false };
  if (op === 'anything-but' && isPlainObject(operand) && typeof operand.wildcard !== 'undefined') {
    const list = (Array.isArray(operand.wildcard) ? operand.wildcard : [operand.wildcard]).filter(
      (s): s is string => typeof s === 'string',
    );
    const unique = [...new Set(list)].sort();
    return { identity: `anything-but:wildcard:${canonical(unique)}`, wildcards: unique, absent: false };
  }
  return { identity: canonical(matcher), wildcards: [], absent: op === 'exists' && operand === false };
};

/** The pattern as alternatives (its `$or`s multiplied out), each a list of fields with their matchers. */
const clausesOf = (pattern: Record<string, unknown>, prefix: string): Clause[] | undefined => {
  let clauses: Clause[] = [[]];
  for (const [key, value] of Object.entries(pattern)) {
    let options: Clause[];
    if (key === '$or' && Array.isArray(value)) {
      options = [];
      for (const alternative of value) {
        if (!isPlainObject(alternative)) continue;
        const expanded = clausesOf(alternative, prefix);
        if (!expanded) return undefined;
        options.push(...expanded);
      }
    } else if (Array.isArray(value)) {
      options = [[{ path: `${prefix}${key}`, terms: value.map(termOf) }]];
    } else if (isPlainObject(value)) {
      const nested = clausesOf(value, `${prefix}${key}.`);
      if (!nested) return undefined;
      options = nested;
    } else continue;
    const next: Clause[] = [];
    for (const clause of clauses) for (const option of options) next.push([...clause, ...option]);
    if (next.length > MAX_CLAUSES) return undefined;
    clauses = next;
  }
  return clauses;
};

interface NameState {
  readonly fields: Map<string, FieldMachine>;
}
interface FieldMachine {
  readonly terms: Term[];
  readonly next: Map<string, NameState>;
  readonly values: Set<NameState>;
}

/** The pattern's name states (one field machine per field path and preceding matches), as event-ruler builds them. */
const buildNameStates = (clauses: readonly Clause[]): NameState => {
  const root: NameState = { fields: new Map() };
  for (const clause of clauses) {
    const fields = [...clause].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    let states = new Set<NameState>([root]);
    for (const field of fields) {
      const next = new Set<NameState>();
      for (const state of states) {
        let machine = state.fields.get(field.path);
        if (!machine) {
          machine = { terms: [], next: new Map(), values: new Set() };
          state.fields.set(field.path, machine);
        }
        let shared: NameState | undefined;
        for (const term of field.terms) {
          machine.terms.push(term);
          let target = machine.next.get(term.identity);
          if (!target) {
            shared ??= { fields: new Map() };
            target = shared;
            machine.next.set(term.identity, target);
          }
          next.add(target);
          if (!term.absent) machine.values.add(target);
        }
      }
      states = next;
    }
  }
  return root;
};

interface ByteState {
  readonly literal: Map<number, number[]>;
  any: number[];
  readonly weight: Set<string>;
  readonly prefix: Map<number, number>;
  star: number;
}
const newState = (): ByteState => ({
  literal: new Map(),
  any: [],
  weight: new Set(),
  prefix: new Map(),
  star: 0,
});

const tokensOf = (wildcard: string): number[] => {
  const tokens = [QUOTE];
  const bytes = new TextEncoder().encode(wildcard);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x2a) tokens.push(STAR);
    else if (b === 0x5c && i + 1 < bytes.length) tokens.push(bytes[++i] as number);
    else tokens.push(b);
  }
  tokens.push(QUOTE);
  return tokens;
};

const addLiteral = (state: ByteState, byte: number, target: number): void => {
  const list = state.literal.get(byte);
  if (list) list.push(target);
  else state.literal.set(byte, [target]);
};

/** The most wildcard-pattern prefixes a worst-case value is inside at once, for one field's matchers. */
const fieldComplexity = (terms: readonly Term[]): number => {
  const states: ByteState[] = [newState()];
  const matches = new Map<string, number>();
  const alphabet = new Set<number>();
  for (const term of terms) {
    for (const wildcard of term.wildcards) {
      const tokens = tokensOf(wildcard);
      let current = 0;
      let previous = -1;
      let determinate = true;
      tokens.forEach((token, i) => {
        const terminal = i === tokens.length - 1;
        const from = states[current] as ByteState;
        let next = 0;
        if (terminal) next = matches.get(term.identity) ?? 0;
        else if (token === STAR) {
          if (determinate) {
            next = from.star;
            if (next === 0) from.star = states.length;
          }
          determinate = false;
        } else if (determinate) next = from.prefix.get(token) ?? 0;
        const created = next === 0;
        if (created) {
          next = states.length;
          states.push(newState());
          if (terminal) matches.set(term.identity, next);
          else if (determinate) from.prefix.set(token, next);
        }
        const to = states[next] as ByteState;
        if (token === STAR) {
          if (to.any.length === 0) {
            from.any.push(next);
            to.any = [next];
          }
        } else if (terminal || created) {
          alphabet.add(token);
          addLiteral(from, token, next);
          if (i > 0 && tokens[i - 1] === STAR) addLiteral(states[previous] as ByteState, token, next);
        }
        to.weight.add(term.identity);
        previous = current;
        current = next;
      });
    }
  }
  if (states.length === 1) return 0;
  const bytes = [STAR, ...alphabet];
  const pending: number[][] = [[0]];
  const seen = new Set<string>();
  let maximum = 0;
  while (pending.length > 0 && seen.size < MAX_SUBSETS) {
    const active = pending.pop() as number[];
    for (const b of bytes) {
      const nextSet = new Set<number>();
      for (const id of active) {
        const s = states[id] as ByteState;
        for (const n of s.any) nextSet.add(n);
        if (b !== STAR) for (const n of s.literal.get(b) ?? []) nextSet.add(n);
      }
      if (nextSet.size === 0) continue;
      let complexity = 0;
      for (const id of nextSet) {
        const s = states[id] as ByteState;
        complexity += s.weight.size;
        for (const w of s.any) if (!nextSet.has(w)) complexity += (states[w] as ByteState).weight.size;
      }
      if (complexity > WILDCARD_COMPLEXITY_LIMIT) return complexity;
      maximum = Math.max(maximum, complexity);
      const sorted = [...nextSet].sort((x, y) => x - y);
      const key = sorted.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        pending.push(sorted);
      }
    }
  }
  return maximum;
};

/** The pattern's complexity as EventBridge measures it (0 without wildcards). */
export const patternComplexity = (pattern: EventPattern): number => {
  const clauses = clausesOf(nestDottedKeys(pattern, 'pattern') as Record<string, unknown>, '');
  if (!clauses?.some((c) => c.some((f) => f.terms.some((t) => t.wildcards.length > 0)))) return 0;
  const root = buildNameStates(clauses);
  const seen = new Set<NameState>();
  const pending = [root];
  let maximum = 0;
  while (pending.length > 0) {
    const state = pending.pop() as NameState;
    if (seen.has(state)) continue;
    seen.add(state);
    for (const machine of state.fields.values()) {
      maximum = Math.max(maximum, fieldComplexity(machine.terms));
      if (maximum > WILDCARD_COMPLEXITY_LIMIT) return maximum;
      for (const next of machine.values) pending.push(next);
    }
  }
  return maximum;
};
