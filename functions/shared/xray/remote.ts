/**
 * The hook through which outbound HTTP requests (functions/agents/http/outbound.ts) are traced: nothing is
 * recorded until the Lambda tracer (tracer.ts, loaded only in Lambda) registers itself, so the local runtime and
 * tests run the request as it is.
 */

export interface RemoteCall {
  readonly url: URL;
  readonly method: string;
}

type Recorder = <T extends { readonly status: number; readonly headers: Record<string, unknown> }>(
  call: RemoteCall,
  run: () => Promise<T>,
) => Promise<T>;

let recorder: Recorder | undefined;

export const setRemoteRecorder = (next: Recorder | undefined): void => {
  recorder = next;
};

export const traceRemote: Recorder = (call, run) => (recorder ? recorder(call, run) : run());
