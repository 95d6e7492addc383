import type { Case } from '../table/case';

/**
 * A class of requests made of a trigger and three different actions in order: each action in several wordings, joined
 * in several ways and put after the trigger in several ways. Shared by the classes of action lists.
 */
export interface TripleGrammar {
  readonly triggers: readonly (readonly [text: string, trigger: string])[];
  readonly actions: readonly (readonly [step: string, wordings: readonly string[]])[];
  readonly joins: readonly ((a: readonly string[]) => string)[];
  readonly put: readonly ((trigger: string, body: string) => string)[];
  /** The action a booking trigger never takes (it would start itself again). */
  readonly books: number;
  /** How far apart the wordings of the three actions are rotated. */
  readonly stride: number;
}

/** Ordered triples of different actions. */
const triples = (g: TripleGrammar, trigger: string): number[][] =>
  g.actions
    .flatMap((_a, a) => g.actions.flatMap((_b, b) => g.actions.map((_c, c) => [a, b, c])))
    .filter(
      ([a, b, c]) =>
        a !== b && b !== c && a !== c && !(trigger === 'booking.created' && [a, b, c].includes(g.books)),
    );

const wording = (
  g: TripleGrammar,
  t: number,
  triple: readonly number[],
  j: number,
  p: number,
  k: number,
): Case => {
  const [text, trigger] = g.triggers[t] ?? ['', ''];
  const words = triple.map((i, n) => {
    const w = g.actions[i]?.[1] ?? [];
    return w[(k + n * g.stride + j) % w.length] ?? '';
  });
  const join = g.joins[j % g.joins.length] ?? g.joins[0];
  const put = g.put[p % g.put.length] ?? g.put[0];
  const steps = triple.map((i) => g.actions[i]?.[0]).join('; ');
  return [put?.(text, join?.(words) ?? '') ?? '', trigger, steps];
};

/** Every trigger × triple with a join and a way of putting it (rotated), grouped by trigger. */
export const tripleGroups = (g: TripleGrammar): ReadonlyMap<string, readonly Case[]> =>
  new Map(
    g.triggers.map(([text, trigger], t): [string, Case[]] => [
      text,
      triples(g, trigger).map((triple, k) => wording(g, t, triple, k, k + t, k)),
    ]),
  );

/** The full cross product: every trigger × triple × join × way of putting it. */
export const tripleProduct = (g: TripleGrammar): readonly Case[] =>
  g.triggers.flatMap(([, trigger], t) =>
    triples(g, trigger).flatMap((triple, x) =>
      g.joins.flatMap((_j, j) =>
        g.put.map((_p, p) =>
          wording(g, t, triple, j, p, x * g.joins.length * g.put.length + j * g.put.length + p),
        ),
      ),
    ),
  );
