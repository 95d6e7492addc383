import { useState } from 'preact/hooks';
import { Diagram, type StateStatus } from '../components/diagram';
import { ErrorNotice, JsonBlock, Loading, PageTitle, Status } from '../components/ui';
import { useApi } from '../context';
import { between, formatTime } from '../format';
import { useAction, useLoad, usePolling } from '../hooks';
import { href } from '../router';

/** One run: its steps as a timeline (input, output, error, duration), the diagram coloured by them, cancel, redrive. */

const ACTIVE = new Set(['running', 'waiting_approval']);

export const RunView = ({ runId }: { runId: string }) => {
  const api = useApi();
  const detail = useLoad(() => api.getRun(runId), [runId]);
  const run = detail.data?.run;
  const graph = useLoad(async () => {
    if (!run) return undefined;
    const version = await api.getVersion(run.workflowId, run.version);
    return (await api.validateWorkflow(version.definition)).graph;
  }, [run?.workflowId, run?.version]);
  const action = useAction();
  const [message, setMessage] = useState('');
  usePolling(detail.reload, 1500, run ? ACTIVE.has(run.status) : false);

  if (!detail.data) return detail.error ? <ErrorNotice error={detail.error} /> : <Loading what="the run" />;
  const { timeline, approvals } = detail.data;
  const r = detail.data.run;
  const statuses: Record<string, StateStatus> = {};
  for (const entry of timeline) statuses[entry.name] = entry.status;

  const act = async (what: 'cancel' | 'redrive') => {
    const updated = await action.run(() =>
      what === 'cancel' ? api.cancelRun(r.runId) : api.redriveRun(r.runId),
    );
    if (updated) {
      setMessage(what === 'cancel' ? 'Run cancelled.' : 'Run redriven from where it stopped.');
      await detail.reload();
    }
  };

  const pending = approvals.filter((a) => a.status === 'pending');
  return (
    <section>
      <PageTitle
        actions={
          <>
            {ACTIVE.has(r.status) ? (
              <button type="button" class="danger" disabled={action.busy} onClick={() => act('cancel')}>
                Cancel run
              </button>
            ) : null}
            {r.status === 'failed' || r.status === 'cancelled' ? (
              <button type="button" class="primary" disabled={action.busy} onClick={() => act('redrive')}>
                Redrive
              </button>
            ) : null}
          </>
        }
      >
        Run of {r.workflowName} <Status value={r.status} />
      </PageTitle>
      <p class="sr-status" role="status">
        {message}
      </p>
      <ErrorNotice error={action.error} />
      <dl class="facts">
        <dt>Run</dt>
        <dd>
          <code>{r.runId}</code>
        </dd>
        <dt>Workflow</dt>
        <dd>
          <a href={href(`workflows/${r.workflowId}`)}>{r.workflowName}</a> (version {r.version})
        </dd>
        <dt>Started</dt>
        <dd>
          {formatTime(r.startedAt)} by {r.triggerType}
          {r.dryRun ? ' (dry run)' : ''}
        </dd>
        <dt>Ended</dt>
        <dd>
          {formatTime(r.endedAt)} {r.endedAt ? `(${between(r.startedAt, r.endedAt)})` : ''}
        </dd>
        {r.error ? (
          <>
            <dt>Error</dt>
            <dd class="error-text">
              {r.error.error}
              {r.error.cause ? `: ${r.error.cause}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {pending.length ? (
        <p class="notice">
          Waiting for approval: {pending.map((a) => a.message).join('; ')}.{' '}
          <a href={href('approvals')}>Open the approvals inbox</a>.
        </p>
      ) : null}
      <h2>Timeline</h2>
      {timeline.length === 0 ? (
        <p>No steps recorded yet.</p>
      ) : (
        <ol class="timeline" aria-label="Steps of this run">
          {timeline.map((entry, i) => (
            <li
              key={`${entry.name}-${entry.startedAt}-${i}`}
              class={`t-${entry.status}`}
              data-step={entry.stepId ?? entry.name}
            >
              <div class="t-head">
                <strong>{entry.name}</strong> <Status value={entry.status} />{' '}
                <span class="small">
                  {formatTime(entry.startedAt)} ·{' '}
                  {entry.endedAt ? between(entry.startedAt, entry.endedAt) : 'in progress'}
                  {entry.retries ? ` · ${entry.retries} retr${entry.retries === 1 ? 'y' : 'ies'}` : ''}
                </span>
              </div>
              {entry.error ? (
                <p class="error-text">
                  {entry.error.error}
                  {entry.error.cause ? `: ${entry.error.cause}` : ''}
                </p>
              ) : null}
              <details>
                <summary>Input and output</summary>
                <JsonBlock label="Input" value={entry.input} />
                <JsonBlock label="Output" value={entry.output} />
              </details>
            </li>
          ))}
        </ol>
      )}
      <h2>Diagram</h2>
      {graph.data ? (
        <Diagram graph={graph.data} title={`States of this run of ${r.workflowName}`} statuses={statuses} />
      ) : (
        <ErrorNotice error={graph.error} />
      )}
    </section>
  );
};
