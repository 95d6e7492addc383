import { useState } from 'preact/hooks';
import { SelectFilter, useWorkflowOptions } from '../components/filters';
import { Empty, ErrorNotice, Loading, PageTitle, Status, TableScroll } from '../components/ui';
import { useApi } from '../context';
import { RUN_STATUSES } from '../contracts';
import { between, formatTime } from '../format';
import { useLoad, usePolling } from '../hooks';
import { href, navigate, type Route } from '../router';
import type { Run, RunStatus } from '../types';

/** Every run, newest first, filtered by status and workflow; refreshes while runs are in progress. */

export const RunsView = ({ route }: { route: Route }) => {
  const api = useApi();
  const status = (route.query.get('status') ?? undefined) as RunStatus | undefined;
  const workflowId = route.query.get('workflowId') ?? undefined;
  const [older, setOlder] = useState<{ items: Run[]; cursor?: string }>({ items: [] });
  const workflowOptions = useWorkflowOptions();
  const runs = useLoad(async () => {
    const page = await api.listRuns({ status, workflowId, limit: 25 });
    setOlder((o) =>
      o.items.length ? o : { items: [], ...(page.nextCursor ? { cursor: page.nextCursor } : {}) },
    );
    return page;
  }, [status, workflowId]);
  const items = [...(runs.data?.items ?? []), ...older.items];
  usePolling(
    runs.reload,
    3000,
    items.some((r) => r.status === 'running' || r.status === 'waiting_approval'),
  );

  const setFilter = (next: { status?: string | undefined; workflowId?: string | undefined }) =>
    navigate('runs', { status, workflowId, ...next });
  const loadOlder = async () => {
    if (!older.cursor) return;
    const page = await api.listRuns({ status, workflowId, limit: 25, cursor: older.cursor });
    setOlder({
      items: [...older.items, ...page.items],
      ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
    });
  };

  return (
    <section>
      <PageTitle>Runs</PageTitle>
      <fieldset class="filters">
        <legend class="sr-only">Filter runs</legend>
        <SelectFilter
          id="run-status"
          label="Status"
          value={status}
          options={RUN_STATUSES.map((v) => ({ value: v, label: v.replace('_', ' ') }))}
          onChange={(v) => setFilter({ status: v })}
        />
        <SelectFilter
          id="run-workflow"
          label="Workflow"
          value={workflowId}
          options={workflowOptions}
          onChange={(v) => setFilter({ workflowId: v })}
        />
      </fieldset>
      <ErrorNotice error={runs.error} />
      {runs.loading && !runs.data ? <Loading what="runs" /> : null}
      {runs.data && items.length === 0 ? <Empty>No runs match.</Empty> : null}
      {items.length ? (
        <TableScroll label="Runs">
          <table>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Workflow</th>
                <th scope="col">Status</th>
                <th scope="col">Trigger</th>
                <th scope="col">Started</th>
                <th scope="col">Duration</th>
              </tr>
            </thead>
            <tbody>
              {items.map((run) => (
                <tr key={run.runId}>
                  <th scope="row">
                    <a href={href(`runs/${run.runId}`)}>{run.runId}</a>
                  </th>
                  <td>
                    <a href={href(`workflows/${run.workflowId}`)}>{run.workflowName}</a> v{run.version}
                  </td>
                  <td>
                    <Status value={run.status} />
                  </td>
                  <td>{run.triggerType}</td>
                  <td>{formatTime(run.startedAt)}</td>
                  <td>{between(run.startedAt, run.endedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {older.cursor ? (
        <button type="button" onClick={loadOlder}>
          Load older runs
        </button>
      ) : null}
    </section>
  );
};
