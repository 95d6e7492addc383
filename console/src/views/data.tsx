import { useState } from 'preact/hooks';
import { JsonEditor } from '../components/json-editor';
import { Empty, ErrorNotice, Loading, PageTitle, TableScroll } from '../components/ui';
import { useApi } from '../context';
import { formatTime, summary } from '../format';
import { useAction, useLoad } from '../hooks';
import { href } from '../router';
import type { DataModule, JsonObject } from '../types';
import { issuesFromError } from './workflow-editor';

/** The data modules as simple tables: newest first, add (a form for leads, JSON for the rest), delete. */

const MODULES: { id: DataModule; label: string; columns: string[]; example: JsonObject }[] = [
  {
    id: 'leads',
    label: 'Leads',
    columns: ['name', 'email', 'company', 'status', 'value', 'createdAt'],
    example: { email: 'grace@example.com', name: 'Grace Hopper', company: 'Navy' },
  },
  {
    id: 'contacts',
    label: 'Contacts',
    columns: ['name', 'email', 'company', 'phone', 'title'],
    example: { name: 'Ada Lovelace', email: 'ada@example.com' },
  },
  {
    id: 'bookings',
    label: 'Bookings',
    columns: ['title', 'start', 'end', 'status', 'attendeeEmail'],
    example: { title: 'Intro call', start: '2030-01-07T10:00:00Z', end: '2030-01-07T10:30:00Z' },
  },
  {
    id: 'invoices',
    label: 'Invoices',
    columns: ['number', 'customerName', 'customerEmail', 'status', 'totalCents', 'currency'],
    example: {
      customerEmail: 'ada@example.com',
      currency: 'EUR',
      lines: [{ description: 'Consulting', quantity: 1, unitCents: 120000 }],
    },
  },
  {
    id: 'files',
    label: 'Files',
    columns: ['path', 'contentType', 'size', 'updatedAt'],
    example: { name: 'notes.txt', content: 'Hello' },
  },
  {
    id: 'knowledge',
    label: 'Knowledge',
    columns: ['title', 'source', 'tags', 'updatedAt'],
    example: { title: 'Opening hours', body: 'Mon-Fri 9-17' },
  },
];

const cell = (column: string, value: unknown): string =>
  value === null || value === undefined
    ? '—'
    : /At$|^start$|^end$/.test(column) && typeof value === 'string'
      ? formatTime(value)
      : Array.isArray(value)
        ? value.join(', ')
        : summary(value, 60);

const LeadForm = ({ onCreated }: { onCreated: () => void }) => {
  const api = useApi();
  const [lead, setLead] = useState({ email: '', name: '', company: '' });
  const add = useAction();
  const field = (k: keyof typeof lead, label: string) => (
    <span class="field-inline">
      <label for={`lead-${k}`}>{label}</label>
      <input
        id={`lead-${k}`}
        inputMode={k === 'email' ? 'email' : 'text'}
        autocomplete={k === 'email' ? 'email' : 'off'}
        required={k === 'email'}
        value={lead[k]}
        onInput={(e) => setLead({ ...lead, [k]: (e.target as HTMLInputElement).value })}
      />
    </span>
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = Object.fromEntries(Object.entries(lead).filter(([, v]) => v.trim()));
    if (await add.run(() => api.createData('leads', body))) {
      setLead({ email: '', name: '', company: '' });
      onCreated();
    }
  };
  return (
    <form class="filters add-form" onSubmit={submit} aria-label="Add a lead">
      {field('email', 'Email')}
      {field('name', 'Name')}
      {field('company', 'Company')}
      <button type="submit" class="primary" disabled={add.busy}>
        Add lead
      </button>
      <ErrorNotice error={add.error} />
    </form>
  );
};

const JsonForm = ({
  module,
  example,
  onCreated,
}: {
  module: DataModule;
  example: JsonObject;
  onCreated: () => void;
}) => {
  const api = useApi();
  const [text, setText] = useState(() => JSON.stringify(example, null, 2));
  const add = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    let body: JsonObject;
    try {
      body = JSON.parse(text) as JsonObject;
    } catch {
      return;
    }
    if (await add.run(() => api.createData(module, body))) onCreated();
  };
  return (
    <details class="add-form">
      <summary>Add a record (JSON)</summary>
      <form onSubmit={submit}>
        <JsonEditor
          id={`new-${module}`}
          label="New record"
          value={text}
          onInput={setText}
          issues={issuesFromError(add.error, 'body')}
          rows={8}
        />
        <button type="submit" class="primary" disabled={add.busy}>
          Add
        </button>
        {issuesFromError(add.error, 'body').length ? null : <ErrorNotice error={add.error} />}
      </form>
    </details>
  );
};

export const DataModuleView = ({ module }: { module: string }) => {
  const api = useApi();
  const spec = MODULES.find((m) => m.id === module) ?? (MODULES[0] as (typeof MODULES)[number]);
  const { data, error, reload } = useLoad(() => api.listData(spec.id, { limit: 100 }), [spec.id]);
  const remove = useAction();
  const items = data?.items ?? [];
  return (
    <section>
      <PageTitle>{spec.label}</PageTitle>
      <nav class="tabs" aria-label="Data modules">
        {MODULES.map((m) => (
          <a key={m.id} href={href(`data/${m.id}`)} aria-current={m.id === spec.id ? 'page' : undefined}>
            {m.label}
          </a>
        ))}
      </nav>
      {spec.id === 'leads' ? (
        <LeadForm onCreated={reload} />
      ) : (
        <JsonForm key={spec.id} module={spec.id} example={spec.example} onCreated={reload} />
      )}
      <ErrorNotice error={error ?? remove.error} />
      {!data && !error ? <Loading what={spec.label.toLowerCase()} /> : null}
      {data && items.length === 0 ? <Empty>No {spec.label.toLowerCase()} yet.</Empty> : null}
      {items.length ? (
        <TableScroll label={spec.label}>
          <table>
            <thead>
              <tr>
                {spec.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={String(item.id)}>
                  {spec.columns.map((c) => (
                    <td key={c}>{cell(c, item[c])}</td>
                  ))}
                  <td>
                    <button
                      type="button"
                      class="link danger"
                      aria-label={`Delete ${String(item[spec.columns[0] as string] ?? item.id)}`}
                      onClick={async () => {
                        if (
                          confirm('Delete this record?') &&
                          (await remove.run(() => api.deleteData(spec.id, String(item.id)))) !== undefined
                        )
                          await reload();
                      }}
                    >
                      Delete
                    </button>
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
