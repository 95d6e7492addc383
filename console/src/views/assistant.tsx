import { useState } from 'preact/hooks';
import { Diagram } from '../components/diagram';
import { ErrorNotice, JsonBlock, PageTitle } from '../components/ui';
import { useApi } from '../context';
import { useAction } from '../hooks';
import { navigate } from '../router';
import type { AssistantResult, WorkflowCheck } from '../types';

/** Plain words in; the proposed workflow, its diagram and an explanation out; saved as a draft when it is right. */

const EXAMPLES = [
  'When a new lead is added, send a follow-up email and schedule a meeting',
  'Every day at 5 PM, summarize today’s activity and send it to Slack',
  'If a lead doesn’t respond in 2 days, send a reminder email',
];

export const AssistantView = () => {
  const api = useApi();
  const [prompt, setPrompt] = useState('');
  const [proposal, setProposal] = useState<{ result: AssistantResult; check: WorkflowCheck } | undefined>();
  const ask = useAction();
  const save = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    setProposal(undefined);
    const got = await ask.run(async () => {
      const result = await api.askAssistant(prompt);
      return { result, check: await api.validateWorkflow(result.definition) };
    });
    if (got) setProposal(got);
  };
  const keep = async () => {
    if (!proposal) return;
    const saved = await save.run(() => api.createWorkflow(proposal.result.definition));
    if (saved) navigate(`workflows/${saved.workflow.workflowId}`);
  };

  return (
    <section>
      <PageTitle>Assistant</PageTitle>
      <form onSubmit={submit} class="assistant">
        <label for="prompt">Describe what should happen, in plain words</label>
        <textarea
          id="prompt"
          rows={3}
          value={prompt}
          maxLength={4000}
          required
          aria-describedby="prompt-examples"
          onInput={(e) => setPrompt((e.target as HTMLTextAreaElement).value)}
        />
        <div id="prompt-examples" class="examples">
          <span>Examples:</span>
          {EXAMPLES.map((ex) => (
            <button key={ex} type="button" class="chip" onClick={() => setPrompt(ex)}>
              {ex}
            </button>
          ))}
        </div>
        <button type="submit" class="primary" disabled={ask.busy || prompt.trim().length < 3}>
          {ask.busy ? 'Thinking…' : 'Propose a workflow'}
        </button>
      </form>
      <ErrorNotice error={ask.error} title="The assistant could not build a workflow from that" />
      {proposal ? (
        <article class="proposal" aria-labelledby="proposal-title">
          <h2 id="proposal-title">{proposal.result.definition.name}</h2>
          <h3>What it does</h3>
          <p class="explanation">{proposal.result.explanation}</p>
          {proposal.check.graph ? (
            <Diagram
              graph={proposal.check.graph}
              title={`State machine of ${proposal.result.definition.name}`}
            />
          ) : null}
          {proposal.check.issues.length ? (
            <ul class="error-text">
              {proposal.check.issues.map((i) => (
                <li key={i.path}>
                  <code>{i.path}</code>: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
          {proposal.check.warnings.length ? (
            <ul class="warn-text" aria-label="Warnings">
              {proposal.check.warnings.map((w) => (
                <li key={w.path} data-path={w.path}>
                  <code>{w.path}</code>: {w.message}
                </li>
              ))}
            </ul>
          ) : null}
          <details>
            <summary>The definition (JSON)</summary>
            <JsonBlock label="Definition" value={proposal.result.definition} />
          </details>
          <ErrorNotice error={save.error} />
          <button type="button" class="primary" disabled={save.busy} onClick={keep}>
            Save as a draft workflow
          </button>{' '}
          <span class="small">Nothing runs until you enable it.</span>
        </article>
      ) : null}
    </section>
  );
};
