import { useState } from 'preact/hooks';
import { Diagram } from '../components/diagram';
import { ErrorNotice, Loading, PageTitle, Status } from '../components/ui';
import { useApi } from '../context';
import { describeTrigger, formatTime } from '../format';
import { useAction, useLoad } from '../hooks';
import { href, navigate, type Route } from '../router';
import type { Workflow } from '../types';
import { DryRunPanel } from './workflow-dry-run';
import { WorkflowEditor } from './workflow-editor';
import { VersionsPanel } from './workflow-versions';

/** One workflow: its diagram, the JSON editor, dry run, enable/disable, runs and version history. */

const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'edit', label: 'Edit JSON' },
  { id: 'test', label: 'Dry run' },
  { id: 'versions', label: 'Versions' },
] as const;

const Overview = ({ workflow }: { workflow: Workflow }) => {
  const api = useApi();
  const check = useLoad(() => api.validateWorkflow(workflow.definition), [workflow]);
  return (
    <div>
      {workflow.description ? <p>{workflow.description}</p> : null}
      <dl class="facts">
        <dt>Trigger</dt>
        <dd>{describeTrigger(workflow.trigger)}</dd>
        <dt>Version</dt>
        <dd>
          v{workflow.currentVersion}
          {workflow.deployed
            ? ` (v${workflow.deployed.version} deployed ${formatTime(workflow.deployed.deployedAt)})`
            : ' (not deployed)'}
        </dd>
        <dt>Auto Mode</dt>
        <dd>
          {workflow.autoMode === null
            ? 'as the tenant setting'
            : workflow.autoMode
              ? 'on'
              : 'off (every run waits for approval)'}
        </dd>
        <dt>Runs</dt>
        <dd>
          <a href={href('runs', { workflowId: workflow.workflowId })}>See the runs of this workflow</a>
        </dd>
      </dl>
      <h2>Diagram</h2>
      <ErrorNotice error={check.error} />
      {check.data?.graph ? (
        <Diagram graph={check.data.graph} title={`State machine of ${workflow.name}`} />
      ) : check.data ? (
        <p class="error-text">The saved definition does not validate; open “Edit JSON” to see why.</p>
      ) : (
        <Loading what="the diagram" />
      )}
    </div>
  );
};

export const WorkflowView = ({ workflowId, route }: { workflowId: string; route: Route }) => {
  const api = useApi();
  const tab = route.query.get('tab') ?? 'overview';
  const { data, error, loading, setData } = useLoad(
    () => (workflowId === 'new' ? Promise.resolve(undefined) : api.getWorkflow(workflowId)),
    [workflowId],
  );
  const action = useAction();
  const [message, setMessage] = useState('');

  if (workflowId === 'new') {
    return (
      <section>
        <PageTitle>New workflow</PageTitle>
        <WorkflowEditor onSaved={(wf) => navigate(`workflows/${wf.workflowId}`)} />
      </section>
    );
  }
  if (!data) return error ? <ErrorNotice error={error} /> : <Loading what="the workflow" />;
  const wf = data.workflow;
  const replace = (workflow: Workflow) => setData({ ...data, workflow });

  const toggle = async () => {
    const updated = await action.run(() =>
      wf.status === 'enabled' ? api.disableWorkflow(wf.workflowId) : api.enableWorkflow(wf.workflowId),
    );
    if (updated) {
      replace(updated);
      setMessage(updated.status === 'enabled' ? 'Enabled: the trigger is on.' : `Status: ${updated.status}.`);
    }
  };
  const remove = async () => {
    if (!confirm(`Delete “${wf.name}” and everything deployed for it? Runs in progress finish.`)) return;
    if ((await action.run(() => api.deleteWorkflow(wf.workflowId))) !== undefined) navigate('workflows');
  };
  const runNow = async () => {
    const started = await action.run(() => api.startRun(wf.workflowId, {}));
    if (started) navigate(`runs/${started.runId}`);
  };

  return (
    <section>
      <PageTitle
        actions={
          <>
            <button type="button" class="primary" disabled={action.busy || loading} onClick={toggle}>
              {wf.status === 'enabled' ? 'Disable' : 'Enable'}
            </button>
            {wf.status === 'enabled' ? (
              <button type="button" disabled={action.busy} onClick={runNow}>
                Run now
              </button>
            ) : null}
            <button type="button" class="danger" disabled={action.busy} onClick={remove}>
              Delete
            </button>
          </>
        }
      >
        {wf.name} <Status value={wf.status} />
      </PageTitle>
      {wf.statusReason ? <p class="small">{wf.statusReason}</p> : null}
      <p class="sr-status" role="status">
        {message}
      </p>
      <ErrorNotice error={action.error} />
      <nav class="tabs" aria-label="Workflow">
        {TABS.map((t) => (
          <a
            key={t.id}
            href={href(`workflows/${wf.workflowId}`, { tab: t.id === 'overview' ? undefined : t.id })}
            aria-current={tab === t.id ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
      </nav>
      {tab === 'edit' ? (
        <WorkflowEditor workflow={wf} onSaved={replace} />
      ) : tab === 'test' ? (
        <DryRunPanel workflow={wf} />
      ) : tab === 'versions' ? (
        <VersionsPanel workflow={wf} />
      ) : (
        <Overview workflow={wf} />
      )}
    </section>
  );
};
