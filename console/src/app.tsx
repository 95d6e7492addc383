import { useEffect, useState } from 'preact/hooks';
import { useApi } from './context';
import { usePolling } from './hooks';
import { href, type Route, useRoute } from './router';
import { ApprovalsView } from './views/approvals';
import { AssistantView } from './views/assistant';
import { DataModuleView } from './views/data';
import { EventsView } from './views/events';
import { RunView } from './views/run-view';
import { RunsView } from './views/runs';
import { SchedulesView } from './views/schedules';
import { SettingsView } from './views/settings';
import { WorkflowView } from './views/workflow-view';
import { WorkflowsView } from './views/workflows';

/** The signed-in console: navigation, and the view the address names. */

const NAV: { path: string; label: string }[] = [
  { path: 'workflows', label: 'Workflows' },
  { path: 'assistant', label: 'Assistant' },
  { path: 'runs', label: 'Runs' },
  { path: 'events', label: 'Events' },
  { path: 'schedules', label: 'Schedules' },
  { path: 'approvals', label: 'Approvals' },
  { path: 'data/leads', label: 'Data' },
  { path: 'settings', label: 'Settings' },
];

const View = ({ route }: { route: Route }) => {
  const [section = 'workflows', id] = route.parts;
  switch (section) {
    case 'workflows':
      return id ? <WorkflowView workflowId={id} route={route} /> : <WorkflowsView />;
    case 'assistant':
      return <AssistantView />;
    case 'runs':
      return id ? <RunView runId={id} /> : <RunsView route={route} />;
    case 'events':
      return <EventsView route={route} />;
    case 'schedules':
      return <SchedulesView />;
    case 'approvals':
      return <ApprovalsView />;
    case 'data':
      return <DataModuleView module={id ?? 'leads'} />;
    case 'settings':
      return <SettingsView />;
    default:
      return (
        <div>
          <h1>Not found</h1>
          <p>
            There is no page at this address. <a href={href('workflows')}>Go to the workflows</a>.
          </p>
        </div>
      );
  }
};

export const App = ({ who, onSignOut }: { who: string; onSignOut: () => void }) => {
  const route = useRoute();
  const api = useApi();
  const [menuOpen, setMenuOpen] = useState(false);
  const [pending, setPending] = useState<number | undefined>(undefined);
  const section = route.parts[0] ?? 'workflows';
  const key = route.parts.slice(0, 2).join('/');

  const countApprovals = async () => {
    const page = await api.listApprovals({ limit: 100 });
    setPending(page.items.length);
  };
  useEffect(() => {
    void countApprovals().catch(() => undefined);
    setMenuOpen(false);
  }, [key]);
  usePolling(countApprovals, 10_000);

  return (
    <div class="shell">
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="topbar">
        <a class="brand" href={href('workflows')}>
          Dynaris
        </a>
        <button
          type="button"
          class="menu-button"
          aria-expanded={menuOpen}
          aria-controls="nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <span class="who" title="Signed in">
          {who}
        </span>
        <button type="button" class="link" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <div class="body">
        <nav id="nav" aria-label="Console" class={menuOpen ? 'open' : undefined}>
          <ul>
            {NAV.map((item) => {
              const current = section === item.path.split('/')[0];
              return (
                <li key={item.path}>
                  <a href={href(item.path)} aria-current={current ? 'page' : undefined}>
                    {item.label}
                    {item.path === 'approvals' && pending ? (
                      <span class="count">
                        {pending}
                        <span class="sr-only"> pending</span>
                      </span>
                    ) : null}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          <View key={key} route={route} />
        </main>
      </div>
    </div>
  );
};
