import { useState } from 'preact/hooks';
import { Empty, ErrorNotice, Loading, PageTitle } from '../components/ui';
import { useApi } from '../context';
import { formatTime, relativeTime } from '../format';
import { useAction, useLoad, usePolling } from '../hooks';
import { href } from '../router';
import type { Approval } from '../types';

/** Runs waiting for a person: what approving will do, then approve or reject (with an optional comment). */

const Card = ({ approval, onDecided }: { approval: Approval; onDecided: (a: Approval) => void }) => {
  const api = useApi();
  const [comment, setComment] = useState('');
  const decide = useAction();
  const id = `approval-${approval.approvalId}`;
  const act = async (decision: 'approve' | 'reject') => {
    const decided = await decide.run(() =>
      api.decide(approval.approvalId, decision, comment.trim() || undefined),
    );
    if (decided) onDecided(decided);
  };
  return (
    <article class="card" aria-labelledby={`${id}-title`} data-approval={approval.approvalId}>
      <h2 id={`${id}-title`}>{approval.message}</h2>
      <p class="small">
        <a href={href(`workflows/${approval.workflowId}`)}>{approval.workflowName}</a> ·{' '}
        <a href={href(`runs/${approval.runId}`)}>run</a> · asked {relativeTime(approval.createdAt)}
        {approval.expiresAt ? ` · expires ${formatTime(approval.expiresAt)}` : ''}
      </p>
      <h3>If you approve</h3>
      {approval.willDo.length ? (
        <ul class="will-do">
          {approval.willDo.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : (
        <p>The run continues with its next steps.</p>
      )}
      <h3>If you reject</h3>
      <p>
        {approval.stepId === '_run'
          ? 'The run ends as rejected; none of its steps run.'
          : 'The run takes its “on reject” steps, or ends as rejected if it has none.'}
      </p>
      {approval.approvers.length ? <p class="small">Approvers: {approval.approvers.join(', ')}</p> : null}
      <label for={`${id}-comment`}>Comment (optional)</label>
      <input
        id={`${id}-comment`}
        value={comment}
        maxLength={2000}
        onInput={(e) => setComment((e.target as HTMLInputElement).value)}
      />
      <ErrorNotice error={decide.error} />
      <div class="actions">
        <button type="button" class="primary" disabled={decide.busy} onClick={() => act('approve')}>
          Approve
        </button>
        <button type="button" class="danger" disabled={decide.busy} onClick={() => act('reject')}>
          Reject
        </button>
      </div>
    </article>
  );
};

export const ApprovalsView = () => {
  const api = useApi();
  const { data, error, reload, setData } = useLoad(() => api.listApprovals({ limit: 100 }), []);
  const [done, setDone] = useState<Approval[]>([]);
  usePolling(reload, 5000);
  const decided = (a: Approval) => {
    setDone((d) => [a, ...d]);
    if (data) setData({ ...data, items: data.items.filter((x) => x.approvalId !== a.approvalId) });
  };
  return (
    <section>
      <PageTitle>Approvals</PageTitle>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite">
        {done.map((a) => (
          <p key={a.approvalId} class="notice">
            {a.status === 'approved' ? 'Approved' : 'Rejected'}: {a.message} (
            <a href={href(`runs/${a.runId}`)}>see the run</a>)
          </p>
        ))}
      </div>
      {!data && !error ? <Loading what="approvals" /> : null}
      {data && data.items.length === 0 ? <Empty>Nothing is waiting for approval.</Empty> : null}
      <div class="cards">
        {data?.items.map((a) => (
          <Card key={a.approvalId} approval={a} onDecided={decided} />
        ))}
      </div>
    </section>
  );
};
