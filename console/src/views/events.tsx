import { useEffect, useRef, useState } from 'preact/hooks';
import { SelectFilter, useWorkflowOptions } from '../components/filters';
import { Empty, ErrorNotice, PageTitle, TableScroll } from '../components/ui';
import { useApi } from '../context';
import { EVENT_TYPES } from '../contracts';
import { formatTime, summary } from '../format';
import { useLoad, usePolling } from '../hooks';
import { href, navigate, type Route } from '../router';
import type { ActivityEvent } from '../types';

/**
 * The Events module: a live feed of what happens (bus events and workflow activity), newest first. It polls
 * GET /events with the feed's own cursor (`since` = the newest position seen), so nothing is read twice.
 */

const MAX_SHOWN = 500;

const describe = (e: ActivityEvent): string => {
  const d = e.detail as Record<string, unknown>;
  const lead = d.lead as { name?: string; email?: string } | undefined;
  const parts = [
    typeof d.workflowName === 'string' ? d.workflowName : undefined,
    lead ? (lead.name ?? lead.email) : undefined,
    typeof d.subject === 'string' ? `“${d.subject}”` : undefined,
    typeof d.status === 'string' ? d.status : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : summary(d, 90);
};

export const EventsView = ({ route }: { route: Route }) => {
  const api = useApi();
  const filters = {
    type: route.query.get('type') ?? undefined,
    workflowId: route.query.get('workflowId') ?? undefined,
    leadId: route.query.get('leadId') ?? undefined,
  };
  const [items, setItems] = useState<ActivityEvent[]>([]);
  const [older, setOlder] = useState<string | undefined>(undefined);
  const [live, setLive] = useState(true);
  const [announce, setAnnounce] = useState('');
  const newest = useRef<string | undefined>(undefined);
  const [leadText, setLeadText] = useState(filters.leadId ?? '');
  const workflowOptions = useWorkflowOptions();

  const first = useLoad(async () => {
    const page = await api.listEvents({ ...filters, limit: 50 });
    newest.current = page.newestCursor;
    setItems(page.items);
    setOlder(page.nextCursor);
    return page;
  }, [filters.type, filters.workflowId, filters.leadId]);

  const poll = async () => {
    if (!first.data) return;
    const fresh: ActivityEvent[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 5; pages++) {
      const page = await api.listEvents({
        ...filters,
        limit: 100,
        ...(newest.current ? { since: newest.current } : {}),
        ...(cursor ? { cursor } : {}),
      });
      if (pages === 0 && page.newestCursor) newest.current = page.newestCursor;
      fresh.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    if (fresh.length === 0) return;
    setItems((prev) => {
      const seen = new Set(prev.map((e) => e.eventId));
      return [...fresh.filter((e) => !seen.has(e.eventId)), ...prev].slice(0, MAX_SHOWN);
    });
    setAnnounce(`${fresh.length} new event${fresh.length === 1 ? '' : 's'}`);
  };
  usePolling(poll, 2000, live && !!first.data);
  useEffect(() => setLeadText(filters.leadId ?? ''), [filters.leadId]);

  const setFilter = (next: Partial<typeof filters>) => navigate('events', { ...filters, ...next });
  const loadOlder = async () => {
    if (!older) return;
    const page = await api.listEvents({ ...filters, limit: 50, cursor: older });
    setItems((prev) => [...prev, ...page.items]);
    setOlder(page.nextCursor);
  };

  return (
    <section>
      <PageTitle
        actions={
          <button type="button" aria-pressed={live} onClick={() => setLive(!live)}>
            {live ? 'Pause live feed' : 'Resume live feed'}
          </button>
        }
      >
        Events
      </PageTitle>
      <p class="small">{live ? 'Live: new events appear as they happen.' : 'Paused.'}</p>
      <form
        class="filters"
        aria-label="Filter events"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ leadId: leadText.trim() || undefined });
        }}
      >
        <SelectFilter
          id="ev-type"
          label="Type"
          value={filters.type}
          options={EVENT_TYPES.map((t) => ({ value: t, label: t }))}
          onChange={(v) => setFilter({ type: v })}
        />
        <SelectFilter
          id="ev-workflow"
          label="Workflow"
          value={filters.workflowId}
          options={workflowOptions}
          onChange={(v) => setFilter({ workflowId: v })}
        />
        <span class="field-inline">
          <label for="ev-lead">Lead id</label>
          <input
            id="ev-lead"
            value={leadText}
            onInput={(e) => setLeadText((e.target as HTMLInputElement).value)}
          />
        </span>
        <button type="submit">Apply</button>
      </form>
      <p class="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      <ErrorNotice error={first.error} />
      {first.data && items.length === 0 ? (
        <Empty>
          No events yet{filters.type || filters.workflowId || filters.leadId ? ' for these filters' : ''}.
        </Empty>
      ) : null}
      {items.length ? (
        <TableScroll label="Events">
          <table class="events">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Type</th>
                <th scope="col">What</th>
                <th scope="col">Links</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.eventId} data-type={e.type}>
                  <td>{formatTime(e.time)}</td>
                  <td>
                    <code>{e.type}</code>
                  </td>
                  <td>{describe(e)}</td>
                  <td class="links">
                    {e.runId ? <a href={href(`runs/${e.runId}`)}>run</a> : null}
                    {e.workflowId ? <a href={href(`workflows/${e.workflowId}`)}>workflow</a> : null}
                    {e.leadId ? <a href={href('events', { leadId: e.leadId })}>lead {e.leadId}</a> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {older ? (
        <button type="button" onClick={loadOlder}>
          Load older events
        </button>
      ) : null}
    </section>
  );
};
