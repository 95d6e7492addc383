import { useApi } from '../context';
import { useLoad } from '../hooks';

/** A labelled select that filters a list; the empty choice ("Any") clears the filter. */
export const SelectFilter = ({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: readonly { readonly value: string; readonly label: string }[];
  onChange: (value: string | undefined) => void;
}) => (
  <span class="field-inline">
    <label for={id}>{label}</label>
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange((e.target as HTMLSelectElement).value || undefined)}
    >
      <option value="">Any</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  </span>
);

/** The tenant's workflows as filter choices (first 100, newest first). */
export const useWorkflowOptions = () => {
  const api = useApi();
  const { data } = useLoad(() => api.listWorkflows({ limit: 100 }), []);
  return (data?.items ?? []).map((wf) => ({ value: wf.workflowId, label: wf.name }));
};
