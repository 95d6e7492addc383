import { aslProblems } from '../../functions/engine/asl-check';
import {
  type AslCatcher,
  type AslDefinition,
  type AslState,
  type AslStateMachine,
  allStates,
} from '../../statemachines/compile';

/**
 * Many compiled definitions checked in one call (asl-validator's checks: the first check of a process builds the schema
 * validator, ~0.3 s; then ~2 ms each): they become the branches of one Parallel state, each with its state names prefixed so they stay unique; problems
 * are reported with the index of the definition they come from. A prefixed name that would pass the 80-character
 * limit becomes `<prefix>#<n>` (the original length is checked here instead).
 */

const MAX_NAME = 80;

const renameMachine = (
  machine: AslStateMachine,
  prefix: string,
  aliases: Map<string, string> = new Map(),
): AslStateMachine => {
  const r = (name: string) => {
    const known = aliases.get(name);
    if (known) return known;
    const alias = prefix.length + name.length <= MAX_NAME ? `${prefix}${name}` : `${prefix}#${aliases.size}`;
    aliases.set(name, alias);
    return alias;
  };
  const states: Record<string, AslState> = {};
  for (const [name, state] of Object.entries(machine.States)) {
    const copy = structuredClone(state) as AslState & {
      Next?: string;
      Default?: string;
      Catch?: AslCatcher[];
      Choices?: { Next?: string }[];
      Branches?: AslStateMachine[];
      ItemProcessor?: AslStateMachine;
    };
    if (copy.Next) copy.Next = r(copy.Next);
    if (copy.Default) copy.Default = r(copy.Default);
    for (const c of copy.Catch ?? []) c.Next = r(c.Next);
    for (const c of copy.Choices ?? []) if (c.Next) c.Next = r(c.Next);
    if (copy.Branches) copy.Branches = copy.Branches.map((b) => renameMachine(b, prefix));
    if (copy.ItemProcessor)
      copy.ItemProcessor = { ...copy.ItemProcessor, ...renameMachine(copy.ItemProcessor, prefix) };
    states[r(name)] = copy;
  }
  return { StartAt: r(machine.StartAt), States: states };
};

export const aslProblemsBatch = (definitions: readonly AslDefinition[]): string[] => {
  if (definitions.length === 0) return [];
  const tooLong = definitions.flatMap((d, i) =>
    [...allStates(d)].flatMap(([name]) =>
      name.length > MAX_NAME ? [`${i}|${name}: longer than ${MAX_NAME}`] : [],
    ),
  );
  const wrapper = {
    StartAt: 'All',
    States: {
      All: {
        Type: 'Parallel',
        Branches: definitions.map((d, i) => renameMachine(d, `${i}|`)),
        End: true,
      },
    },
  };
  return [...tooLong, ...aslProblems(wrapper)];
};
