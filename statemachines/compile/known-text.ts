import { getAction } from '../catalogue';
import { parseReference } from '../references';
import { type Step, type WorkflowDefinition, walkSteps } from '../schema';
import {
  eventDetailShape,
  leaf,
  object,
  type Shape,
  shapeOfZod,
  triggerShape,
  walkShape,
} from '../validate/shapes';

/**
 * Whether a condition's path is known to hold text, by the shapes validation gives it (validate/shapes.ts): the
 * trigger's declared fields, an action's output, a waitFor's event, an approval's answer. `contains` on such a path
 * needs no list probe (list-contains.ts): it is text, never a list. Any other path (an item, an open or untyped
 * field, a path into ai.task's answer) may hold a list at run time and keeps its probe.
 */
export type KnownText = (path: string) => boolean;

/** A step's result shape as validation binds it (validate/steps.ts), for the kinds whose results are typed. */
const resultShape = (step: Step): Shape | undefined => {
  if ('action' in step) {
    const spec = getAction(step.action);
    return spec && step.action !== 'ai.task' ? shapeOfZod(spec.output) : undefined;
  }
  if ('waitFor' in step)
    return object({ received: leaf('boolean'), event: eventDetailShape(step.waitFor.event) });
  if ('approval' in step)
    return object({
      approved: leaf('boolean'),
      by: leaf('string'),
      at: leaf('string'),
      comment: leaf('string'),
    });
  return undefined;
};

export const knownTextOf = (def: WorkflowDefinition): KnownText => {
  let trigger: Shape | undefined;
  let byId: Map<string, Step> | undefined;
  return (path) => {
    const { root, segments } = parseReference(path);
    let start: Shape | undefined;
    let rest = segments;
    if (root === 'trigger') {
      trigger ??= triggerShape(def.trigger);
      start = trigger;
    } else if (root === 'steps') {
      byId ??= new Map([...walkSteps(def.steps)].map(({ step }) => [step.id, step]));
      const step = segments[0] === undefined ? undefined : byId.get(segments[0]);
      start = step && resultShape(step);
      rest = segments.slice(1);
    }
    if (!start) return false;
    const found = walkShape(start, rest, root);
    return found.ok && found.shape.t === 'leaf' && found.shape.type === 'string';
  };
};
