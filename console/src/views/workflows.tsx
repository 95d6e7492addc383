import { useState } from 'preact/hooks';
import { Empty, ErrorNotice, Loading, PageTitle, Status, TableScroll } from '../components/ui';
import { useApi } from '../context';
import { describeTrigger, relativeTime } from '../format';
import { useLoad } from '../hooks';
import { href } from '../router';
import type { Run, Workflow } from '../types';

/** Every workflow with its status and its last run. */
export const WorkflowsView = () => {
  const api = useApi();
  const [more, setMore] = useState<{ items: Workflow[]; cursor?: string }>({ items: [] });
  const [lastRuns, setLastRuns] = useState<Record<string, Run | null>>({});

  const fetchLastRuns = (items: readonly Workflow[]) => {
    for (const wf of items) {
      api
        .listRuns({ workflowId: wf.workflowId, limit: 1 })
        .then((page) => setLastRuns((prev) => ({ ...prev, [wf.workflowId]: page.items[0] ?? null })))
        .catch(() => undefined);
    }
  };

  const { data, error, loading } = useLoad(async () => {
    const page = await api.listWorkflows({ limit: 25 });
    setMore({ items: [], ...(page.nextCursor ? { cursor: page.nextCursor } : {}) });
    fetchLastRuns(page.items);
    return page;
  }, []);

  const loadMore = async () => {
    if (!more.cursor) return;
    const page = await api.listWorkflows({ limit: 25, cursor: more.cursor });
    setMore({
      items: [...more.items, ...page.items],
      ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
    });
    fetchLastRuns(page.items);
  };

  const items = [...(data?.items ?? []), ...more.items];
  return (
    <section>
      <PageTitle
        actions={
          <>
            <a class="button" href={href('assistant')}>
              Describe a workflow
            </a>
            <a class="button primary" href={href('workflows/new')}>
              New workflow (JSON)
            </a>
          </>
        }
      >
        Workflows
      </PageTitle>
      <ErrorNotice error={error} />
      {loading && !data ? <Loading what="workflows" /> : null}
      {data && items.length === 0 ? (
        <Empty>
          No workflows yet. <a href={href('assistant')}>Describe one in plain words</a> or{' '}
          <a href={href('workflows/new')}>write one in JSON</a>.
        </Empty>
      ) : null}
      {items.length > 0 ? (
        <TableScroll label="Workflows">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Trigger</th>
                <th scope="col">Status</th>
                <th scope="col">Version</th>
                <th scope="col">Last run</th>
              </tr>
            </thead>
            <tbody>
              {items.map((wf) => {
                const last = lastRuns[wf.workflowId];
                return (
                  <tr key={wf.workflowId}>
                    <th scope="row">
                      <a href={href(`workflows/${wf.workflowId}`)}>{wf.name}</a>
                    </th>
                    <td>{describeTrigger(wf.trigger)}</td>
                    <td>
                      <Status value={wf.status} />
                      {wf.statusReason && wf.status === 'error' ? (
                        <div class="small">{wf.statusReason}</div>
                      ) : null}
                    </td>
                    <td>v{wf.currentVersion}</td>
                    <td>
                      {last === undefined ? (
                        '…'
                      ) : last === null ? (
                        'never'
                      ) : (
                        <a href={href(`runs/${last.runId}`)}>
                          <Status value={last.status} /> {relativeTime(last.startedAt)}
                        </a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {more.cursor ? (
        <button type="button" onClick={loadMore}>
          Load more
        </button>
      ) : null}
    </section>
  );
};
