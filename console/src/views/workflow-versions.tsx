import { useState } from 'preact/hooks';
import { ErrorNotice, Loading, ScrollRegion, TableScroll } from '../components/ui';
import { useApi } from '../context';
import { diffLines, withContext } from '../diff';
import { formatTime, pretty } from '../format';
import { useLoad } from '../hooks';
import type { Workflow, WorkflowVersion } from '../types';

/** Version history, and a line diff between any two saved versions. */
export const VersionsPanel = ({ workflow }: { workflow: Workflow }) => {
  const api = useApi();
  const { data, error } = useLoad(() => api.listVersions(workflow.workflowId, { limit: 100 }), [workflow]);
  const versions = data?.items ?? [];
  const newest = versions[0]?.version ?? workflow.currentVersion;
  const [from, setFrom] = useState<number>(Math.max(1, newest - 1));
  const [to, setTo] = useState<number>(newest);

  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="versions" />;
  const byVersion = new Map<number, WorkflowVersion>(versions.map((v) => [v.version, v]));
  const a = byVersion.get(from);
  const b = byVersion.get(to);
  const lines = a && b ? withContext(diffLines(pretty(a.definition), pretty(b.definition))) : [];
  const select = (id: string, label: string, value: number, set: (n: number) => void) => (
    <span class="field-inline">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(Number((e.target as HTMLSelectElement).value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            v{v.version}
          </option>
        ))}
      </select>
    </span>
  );

  return (
    <div>
      <TableScroll label="Versions">
        <table>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">Comment</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">
                  v{v.version}
                  {v.version === workflow.deployed?.version ? ' (deployed)' : ''}
                </th>
                <td>{formatTime(v.savedAt)}</td>
                <td>{v.savedBy ?? '—'}</td>
                <td>{v.comment ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>Compare</h2>
      {versions.length < 2 ? (
        <p>Only one version so far: save a change to compare.</p>
      ) : (
        <>
          <div class="filters">
            {select('diff-from', 'From', from, setFrom)}
            {select('diff-to', 'To', to, setTo)}
          </div>
          {lines.every((l) => l?.kind === 'same') ? (
            <p>These versions are identical.</p>
          ) : (
            <ScrollRegion className="diff-scroll" label={`Changes from v${from} to v${to}`}>
              <pre class="diff">
                {lines.map((l, i) =>
                  l === null ? (
                    <span key={i} class="d-gap">
                      {'  …\n'}
                    </span>
                  ) : l.kind === 'added' ? (
                    <ins key={i}>{`+ ${l.text}\n`}</ins>
                  ) : l.kind === 'removed' ? (
                    <del key={i}>{`- ${l.text}\n`}</del>
                  ) : (
                    <span key={i}>{`  ${l.text}\n`}</span>
                  ),
                )}
              </pre>
            </ScrollRegion>
          )}
        </>
      )}
    </div>
  );
};
