import { type AslState, isRecord } from './asl-types';

/** What a state means in workflow terms, read from what the compiler writes into it. */

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The workflow step a state belongs to. The compiler states it explicitly in the agent payload
 * (`meta.stepId`), in supervisor payloads (`Payload.stepId`), or in the state's Comment as `step:<id>`.
 */
export const stepIdOfState = (state: AslState): string | undefined => {
  const params = isRecord(state.Parameters) ? state.Parameters : undefined;
  const meta = params && isRecord(params.meta) ? params.meta : undefined;
  const fromMeta = str(meta?.stepId);
  if (fromMeta) return fromMeta;
  const payload = params && isRecord(params.Payload) ? params.Payload : undefined;
  const fromPayload = str(payload?.stepId);
  if (fromPayload && !fromPayload.startsWith('_')) return fromPayload;
  const comment = str(state.Comment);
  const m = comment ? /(?:^|[\s[(])step:\s*([a-z0-9][a-z0-9_-]{0,63})/.exec(comment) : null;
  return m?.[1];
};

/** What a state does, in workflow terms: the catalogue action for tasks, the step kind for the rest. */
export const actionOfState = (state: AslState): string | undefined => {
  const params = isRecord(state.Parameters) ? state.Parameters : undefined;
  const resource = str(state.Resource) ?? '';
  if (state.Type === 'Task') {
    const action = str(params?.action);
    if (action) return action;
    const payload = params && isRecord(params.Payload) ? params.Payload : undefined;
    switch (str(payload?.op) ?? str(params?.op)) {
      case 'route':
        return 'ai.task';
      case 'registerWait':
        return 'waitFor';
      case 'requestApproval':
        return 'approval';
      case undefined:
        break;
      default:
        return undefined;
    }
    if (resource.startsWith('arn:aws:states:::dynamodb:')) return 'log';
    if (resource.startsWith('arn:aws:states:::events:putEvents')) return 'events.emit';
    return undefined;
  }
  switch (state.Type) {
    case 'Wait':
      return 'wait';
    case 'Choice':
      return 'if';
    case 'Parallel':
      return 'parallel';
    case 'Map':
      return 'forEach';
    default:
      return undefined;
  }
};
