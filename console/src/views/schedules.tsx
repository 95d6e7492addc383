import { Empty, ErrorNotice, Loading, PageTitle, Status, TableScroll } from '../components/ui';
import { useApi } from '../context';
import { formatTime, relativeTime } from '../format';
import { useLoad } from '../hooks';
import { href } from '../router';

/** The Schedule module: every scheduled workflow, its next five fire times in its own time zone, its last run. */
export const SchedulesView = () => {
  const api = useApi();
  const { data, error } = useLoad(() => api.listSchedules(), []);
  return (
    <section>
      <PageTitle>Schedules</PageTitle>
      <ErrorNotice error={error} />
      {!data && !error ? <Loading what="schedules" /> : null}
      {data && data.items.length === 0 ? (
        <Empty>
          No scheduled workflows. A workflow with a schedule trigger (cron, rate or a one-time “at”) shows
          here.
        </Empty>
      ) : null}
      {data?.items.length ? (
        <TableScroll label="Scheduled workflows">
          <table>
            <thead>
              <tr>
                <th scope="col">Workflow</th>
                <th scope="col">Schedule</th>
                <th scope="col">Next five fire times</th>
                <th scope="col">Last run</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((s) => (
                <tr key={s.workflowId}>
                  <th scope="row">
                    <a href={href(`workflows/${s.workflowId}`)}>{s.name}</a> <Status value={s.status} />
                  </th>
                  <td>
                    <code>{s.expression}</code>
                    <div class="small">{s.timezone}</div>
                  </td>
                  <td>
                    {s.nextFireTimes.length ? (
                      <ol class="fire-times">
                        {s.nextFireTimes.map((t) => (
                          <li key={t}>
                            <time dateTime={t}>{formatTime(t, s.timezone)}</time>
                          </li>
                        ))}
                      </ol>
                    ) : (
                      <span class="small">{s.problem ?? 'none'}</span>
                    )}
                  </td>
                  <td>
                    {s.lastRun ? (
                      <a href={href(`runs/${s.lastRun.runId}`)}>
                        <Status value={s.lastRun.status} /> {relativeTime(s.lastRun.startedAt)}
                      </a>
                    ) : (
                      'never'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
};
