import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Diagram } from '../components/diagram';
import { JsonEditor } from '../components/json-editor';
import { ErrorNotice } from '../components/ui';
import { useApi } from '../context';
import { pretty } from '../format';
import { useAction } from '../hooks';
import type { StateGraph, ValidationIssue, Workflow } from '../types';

/**
 * The definition as JSON, validated as you type (POST /workflows/validate: every problem pinned to its path) and
 * saved as a new version (optimistic concurrency: a save by someone else in between is refused, not overwritten).
 */

const STARTER = {
  name: 'New workflow',
  trigger: { type: 'event', event: 'lead.created' },
  steps: [
    {
      id: 'welcome',
      action: 'email.send',
      input: {
        to: '{{trigger.lead.email}}',
        subject: 'Welcome, {{trigger.lead.name}}',
        body: 'Thanks for getting in touch.',
      },
    },
  ],
};

/** API error details (`body.definition.steps[0].action`) as validator paths (`$.steps[0].action`). */
export const issuesFromError = (error: unknown, prefix: string): ValidationIssue[] =>
  error instanceof ApiError
    ? error.details
        .filter((d) => d.path.startsWith(prefix))
        .map((d) => ({ path: `$${d.path.slice(prefix.length)}`, code: error.code, message: d.message }))
    : [];

export const WorkflowEditor = ({
  workflow,
  onSaved,
}: {
  workflow?: Workflow;
  onSaved: (workflow: Workflow) => void;
}) => {
  const api = useApi();
  const [text, setText] = useState(() => pretty(workflow?.definition ?? STARTER));
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [warnings, setWarnings] = useState<ValidationIssue[]>([]);
  const [graph, setGraph] = useState<StateGraph | null>(null);
  const [checking, setChecking] = useState(false);
  const [comment, setComment] = useState('');
  const [saved, setSaved] = useState('');
  const save = useAction();

  useEffect(() => {
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch {
      setIssues([]); // the editor pins the syntax error itself
      setWarnings([]);
      setGraph(null);
      return;
    }
    let current = true;
    setChecking(true);
    const timer = setTimeout(() => {
      api
        .validateWorkflow(definition)
        .then((check) => {
          if (!current) return;
          setIssues(check.issues);
          setWarnings(check.warnings);
          setGraph(check.graph);
        })
        .catch(() => undefined)
        .finally(() => current && setChecking(false));
    }, 350);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, api]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved('');
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch {
      return;
    }
    const result = await save.run(async () =>
      workflow
        ? api.saveWorkflow(workflow.workflowId, workflow.currentVersion, definition, comment || undefined)
        : api.createWorkflow(definition),
    );
    if (result) {
      setComment('');
      setSaved(`Saved as version ${result.workflow.currentVersion}.`);
      onSaved(result.workflow);
    }
  };

  const serverIssues = issuesFromError(save.error, workflow ? 'body.definition' : 'body');
  const shown = serverIssues.length > 0 ? serverIssues : issues;
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  return (
    <form onSubmit={submit} class="editor-form">
      <JsonEditor
        id="definition"
        label="Workflow definition (JSON)"
        hint="Checked as you type; problems are underlined where they are. The language: docs/workflow-language.md."
        value={text}
        onInput={(t) => {
          setText(t);
          save.clear();
        }}
        issues={shown}
        warnings={serverIssues.length > 0 ? [] : warnings}
      />
      <p class="small" role="status">
        {checking
          ? 'Checking…'
          : issues.length === 0 && graph
            ? warnings.length > 0
              ? `Valid, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: it saves.`
              : 'Valid.'
            : ''}
      </p>
      {workflow ? (
        <>
          <label for="comment">What changed (optional)</label>
          <input
            id="comment"
            value={comment}
            maxLength={500}
            onInput={(e) => setComment((e.target as HTMLInputElement).value)}
          />
        </>
      ) : null}
      {conflict ? (
        <div class="notice error" role="alert">
          Someone saved this workflow since you opened it. Copy your change, reload the page and apply it
          again.
        </div>
      ) : serverIssues.length === 0 ? (
        <ErrorNotice error={save.error} />
      ) : null}
      <p role="status" class="ok-text">
        {saved}
      </p>
      <button type="submit" class="primary" disabled={save.busy}>
        {workflow ? 'Save new version' : 'Create workflow'}
      </button>
      {graph ? (
        <>
          <h2>Diagram of this draft</h2>
          <Diagram graph={graph} title="State machine of the edited definition" />
        </>
      ) : null}
    </form>
  );
};
