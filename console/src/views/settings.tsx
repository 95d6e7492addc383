import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice, Loading, PageTitle, TableScroll } from '../components/ui';
import { useApi } from '../context';
import { useAction, useLoad } from '../hooks';
import type { BusinessHoursRange, Settings } from '../types';

/**
 * Tenant settings: Auto Mode, time zone, business hours and integrations. Secrets are write-only here: the API
 * returns them masked, and a new value is typed into a password field that is emptied once saved.
 */

const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

export const hoursText = (ranges: readonly BusinessHoursRange[] = []): string =>
  ranges.map((r) => `${r.start}-${r.end}`).join(', ');

/** "09:00-12:00, 13:00-17:00" -> ranges; undefined when the text is not that shape. Empty = closed. */
export const parseHours = (text: string): BusinessHoursRange[] | undefined => {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const ranges: BusinessHoursRange[] = [];
  for (const part of parts) {
    const m = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-4]):([0-5]\d)$/.exec(part);
    if (!m) return undefined;
    ranges.push({ start: `${m[1]}:${m[2]}`, end: `${m[3]}:${m[4]}` });
  }
  return ranges;
};

const zones = (): string[] => {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
};

/** Masked values the API returns for an integration, e.g. `{ configured: true, webhookUrl: "https://…/…/AbCd" }`. */
const IntegrationRow = ({ name, value }: { name: string; value: Record<string, unknown> }) => (
  <tr>
    <th scope="row">{name}</th>
    <td>{value.configured ? 'configured' : 'not configured'}</td>
    <td>
      {Object.entries(value)
        .filter(([k, v]) => k !== 'configured' && typeof v === 'string')
        .map(([k, v]) => (
          <div key={k}>
            {k}: <code>{String(v)}</code>
          </div>
        ))}
    </td>
  </tr>
);

export const SettingsView = () => {
  const api = useApi();
  const { data, error, setData } = useLoad(() => api.getSettings(), []);
  const [form, setForm] = useState<
    { autoMode: boolean; timezone: string; hours: Record<string, string> } | undefined
  >();
  const [slackUrl, setSlackUrl] = useState('');
  const [saved, setSaved] = useState('');
  const save = useAction();

  const reset = (s: Settings) =>
    setForm({
      autoMode: s.autoMode,
      timezone: s.timezone,
      hours: Object.fromEntries(DAYS.map(([d]) => [d, hoursText(s.businessHours[d])])),
    });
  useEffect(() => {
    if (data) reset(data);
  }, [data]);

  if (!data || !form) return error ? <ErrorNotice error={error} /> : <Loading what="settings" />;
  const badDays = DAYS.filter(([d]) => parseHours(form.hours[d] ?? '') === undefined).map(([d]) => d);

  const submit = async (e: Event, extra: Record<string, unknown> = {}) => {
    e.preventDefault();
    setSaved('');
    if (badDays.length) return;
    const businessHours = Object.fromEntries(
      DAYS.map(([d]) => [d, parseHours(form.hours[d] ?? '') ?? []]).filter(
        ([, r]) => (r as unknown[]).length > 0,
      ),
    );
    const result = await save.run(() =>
      api.saveSettings({
        expectedVersion: data.version,
        autoMode: form.autoMode,
        timezone: form.timezone,
        businessHours,
        ...(slackUrl.trim() ? { integrations: { slackWebhookUrl: slackUrl.trim() } } : {}),
        ...extra,
      }),
    );
    if (result) {
      setSlackUrl('');
      setData(result);
      setSaved('Settings saved.');
    }
  };

  return (
    <section>
      <PageTitle>Settings</PageTitle>
      <form onSubmit={(e) => submit(e)} class="settings">
        <fieldset>
          <legend>Auto Mode</legend>
          <label class="check">
            <input
              type="checkbox"
              id="auto-mode"
              checked={form.autoMode}
              onChange={(e) => setForm({ ...form, autoMode: (e.target as HTMLInputElement).checked })}
            />{' '}
            Run workflows started by events, schedules and webhooks at once
          </label>
          <p class="small">
            Off: each such run waits in the approvals inbox until someone approves it. Manual runs never wait.
            A workflow can override this with its own <code>autoMode</code>.
          </p>
        </fieldset>
        <fieldset>
          <legend>Time zone and business hours</legend>
          <label for="timezone">Time zone</label>
          <input
            id="timezone"
            list="zones"
            value={form.timezone}
            onInput={(e) => setForm({ ...form, timezone: (e.target as HTMLInputElement).value })}
          />
          <datalist id="zones">
            {zones().map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <p class="small" id="hours-hint">
            Opening hours per day, like <code>09:00-17:00</code> or <code>09:00-12:00, 13:00-17:00</code>
            {'; '}empty means closed. Meetings are booked inside them.
          </p>
          <div class="hours">
            {DAYS.map(([d, label]) => (
              <span class="field-inline" key={d}>
                <label for={`hours-${d}`}>{label}</label>
                <input
                  id={`hours-${d}`}
                  value={form.hours[d] ?? ''}
                  aria-describedby="hours-hint"
                  aria-invalid={badDays.includes(d) ? true : undefined}
                  onInput={(e) =>
                    setForm({ ...form, hours: { ...form.hours, [d]: (e.target as HTMLInputElement).value } })
                  }
                />
              </span>
            ))}
          </div>
          {badDays.length ? <p class="error-text">Check the hours of: {badDays.join(', ')}.</p> : null}
        </fieldset>
        <fieldset>
          <legend>Integrations</legend>
          <TableScroll label="Integrations">
            <table class="compact">
              <tbody>
                {Object.entries(data.integrations).map(([name, value]) => (
                  <IntegrationRow key={name} name={name} value={value} />
                ))}
                <tr>
                  <th scope="row">webhook signing secret</th>
                  <td>{data.webhookSecretConfigured ? 'configured' : 'not configured'}</td>
                  <td class="small">Shown once when created (npm start prints the local one); never here.</td>
                </tr>
              </tbody>
            </table>
          </TableScroll>
          <label for="slack-url">New Slack incoming-webhook URL</label>
          <input
            id="slack-url"
            type="password"
            autocomplete="off"
            value={slackUrl}
            placeholder="https://hooks.slack.com/services/…"
            onInput={(e) => setSlackUrl((e.target as HTMLInputElement).value)}
          />
          {data.integrations.slack?.configured ? (
            <button
              type="button"
              class="link"
              onClick={(e) => submit(e, { integrations: { slackWebhookUrl: null } })}
            >
              Remove the Slack integration
            </button>
          ) : null}
        </fieldset>
        <ErrorNotice error={save.error} />
        <p role="status" class="ok-text">
          {saved}
        </p>
        <button type="submit" class="primary" disabled={save.busy}>
          Save settings
        </button>
      </form>
    </section>
  );
};
