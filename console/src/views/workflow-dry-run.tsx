import { useState } from 'preact/hooks';
import { JsonEditor } from '../components/json-editor';
import { ErrorNotice, JsonBlock, Status } from '../components/ui';
import { useApi } from '../context';
import { formatDuration, pretty } from '../format';
import { useAction } from '../hooks';
import type { DryRunResult, Workflow } from '../types';

/**
 * Dry run: every step runs against a trigger you write; emails, messages, bookings and other side effects are
 * recorded with their inputs and not performed.
 */

const LEAD = { id: 'ld_demo', email: 'ada@example.com', name: 'Ada Lovelace', company: 'Analytical Engines' };

/** A plausible trigger payload for the workflow's trigger, to start from. */
export const sampleTrigger = (workflow: Workflow): Record<string, unknown> => {
  const t = workflow.trigger;
  if (t.type === 'event') {
    if (t.event?.startsWith('lead.')) return { lead: LEAD, leadId: LEAD.id };
    if (t.event?.startsWith('email.'))
      return { leadId: LEAD.id, from: LEAD.email, to: LEAD.email, subject: 'Hello', text: 'Hi there' };
    if (t.event?.startsWith('invoice.'))
      return {
        invoice: {
          id: 'inv_demo',
          number: 'INV-1',
          amount: 1200,
          currency: 'EUR',
          customerEmail: LEAD.email,
        },
      };
    if (t.event?.startsWith('booking.'))
      return {
        booking: { id: 'bk_demo', title: 'Intro call', start: new Date().toISOString(), leadId: LEAD.id },
      };
    if (t.event === 'form.submitted') return { form: 'contact', fields: { email: LEAD.email }, lead: LEAD };
    return {};
  }
  if (t.type === 'webhook') return { payload: {} };
  return {};
};

export const DryRunPanel = ({ workflow }: { workflow: Workflow }) => {
  const api = useApi();
  const [text, setText] = useState(() => pretty(sampleTrigger(workflow)));
  const [result, setResult] = useState<DryRunResult | undefined>(undefined);
  const run = useAction();

  let trigger: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      trigger = parsed as Record<string, unknown>;
  } catch {
    trigger = undefined;
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!trigger) return;
    const body = trigger;
    setResult(await run.run(() => api.dryRun(workflow.workflowId, body)));
  };

  const sideEffects = result?.steps.filter((s) => s.sideEffect) ?? [];
  return (
    <form onSubmit={submit}>
      <JsonEditor
        id="dry-run-trigger"
        label="What the trigger carries ({{trigger.…}})"
        value={text}
        onInput={setText}
        issues={
          trigger || text.trim() === ''
            ? []
            : (() => {
                try {
                  JSON.parse(text);
                  return [{ path: '$', code: 'wrong-type', message: 'the trigger is a JSON object' }];
                } catch {
                  return [];
                }
              })()
        }
        rows={8}
      />
      <button type="submit" class="primary" disabled={run.busy || !trigger}>
        {run.busy ? 'Running…' : 'Dry run'}
      </button>
      <ErrorNotice error={run.error} />
      {result ? (
        <div class="dry-run" aria-live="polite">
          <h2>
            Result: <Status value={result.outcome} />
          </h2>
          <p>
            {result.steps.length} step{result.steps.length === 1 ? '' : 's'} in{' '}
            {formatDuration(result.elapsedSeconds * 1000)} of simulated time. {sideEffects.length} side effect
            {sideEffects.length === 1 ? '' : 's'} simulated, none performed.
          </p>
          {result.error ? (
            <p class="error-text">
              {result.error.error}: {result.error.cause}
            </p>
          ) : null}
          <ol class="timeline">
            {result.steps.map((step, i) => (
              <li key={`${step.id}-${step.itemIndex ?? ''}-${i}`} class={`t-${step.status}`}>
                <div class="t-head">
                  <strong>{step.id}</strong>
                  {step.itemIndex !== undefined ? ` (item ${step.itemIndex + 1})` : ''}{' '}
                  <code>{step.action}</code> <Status value={step.status} />
                  {step.sideEffect ? <span class="badge b-simulated">simulated side effect</span> : null}
                </div>
                <details>
                  <summary>Input and output</summary>
                  <JsonBlock label="Input" value={step.input} />
                  <JsonBlock label="Output" value={step.output} />
                  <JsonBlock label="Error" value={step.error} />
                </details>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </form>
  );
};
