import { describe, expect, it } from 'vitest';
import { DEPLOYED_MEMORY_MB, FUNCTION_PROFILES } from '../../statemachines/cost';
import { ofType, useSynthesizedStack } from './support/resources';

useSynthesizedStack();

describe('the cost estimate prices the memory functions are deployed with', () => {
  it('GIVEN the synthesized stack WHEN reading the memory of every function a run invokes THEN it is the memory the estimate prices', () => {
    const memory = new Map(
      ofType('AWS::Lambda::Function').map(([, r]) => [
        String(r.Properties?.FunctionName ?? '').replace('dynaris-dev-', ''),
        r.Properties?.MemorySize,
      ]),
    );
    const priced = Object.entries(FUNCTION_PROFILES).map(([name, profile]) => {
      const fn = name.split(':')[0] as string;
      // agent:routed is whichever agent an ai.task chooses: priced as agent-notify is deployed (they all are alike).
      const deployed = ['supervisor', 'dispatcher', 'correlator'].includes(fn)
        ? fn
        : `agent-${fn === 'agent' ? 'notify' : fn}`;
      return [deployed, profile.memoryMb] as const;
    });
    expect(priced.length).toBeGreaterThan(10);
    for (const [deployed, memoryMb] of priced) {
      expect(memory.get(deployed), deployed).toBe(memoryMb);
      expect(memoryMb).toBe(DEPLOYED_MEMORY_MB);
    }
  });
});
