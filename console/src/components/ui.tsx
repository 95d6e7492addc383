import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ApiError } from '../api';
import { pretty } from '../format';
import { navigation } from '../router';

/** Small shared pieces: page titles, status badges, error notices, JSON blocks. */

/** The view's title; focused when the view opens so keyboard and screen-reader users land on it. */
export const PageTitle = ({
  children,
  actions,
}: {
  children: ComponentChildren;
  actions?: ComponentChildren;
}) => {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigation.happened) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div class="page-title">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {actions ? <div class="actions">{actions}</div> : null}
    </div>
  );
};

const STATUS_TEXT: Record<string, string> = {
  waiting_approval: 'waiting for approval',
};

/** A status as a word with a colour (the word carries the meaning; the colour only helps). */
export const Status = ({ value }: { value: string | null | undefined }) =>
  value ? <span class={`badge b-${value}`}>{STATUS_TEXT[value] ?? value}</span> : <span>—</span>;

export const ErrorNotice = ({ error, title }: { error: unknown; title?: string }) => {
  if (!error) return null;
  const api = error instanceof ApiError ? error : undefined;
  return (
    <div class="notice error" role="alert">
      <strong>{title ?? (api ? `${api.message}` : 'Something went wrong')}</strong>
      {title && api ? <p>{api.message}</p> : null}
      {!api ? <p>{error instanceof Error ? error.message : String(error)}</p> : null}
      {api?.details.length ? (
        <ul>
          {api.details.map((d) => (
            <li key={`${d.path}${d.message}`}>
              <code>{d.path}</code>: {d.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
};

export const Loading = ({ what }: { what: string }) => (
  <p class="loading" role="status">
    Loading {what}…
  </p>
);

/**
 * Content that may scroll (a wide table on a phone, a long JSON value, the diagram): a named region that takes
 * keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1).
 */
export const ScrollRegion = ({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ComponentChildren;
}) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable with the keyboard
  // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table; this is only a scroller
  <div class={className} role="region" aria-label={label} tabIndex={0}>
    {children}
  </div>
);

export const JsonBlock = ({ value, label }: { value: unknown; label: string }) =>
  value === undefined ? null : (
    <div class="json-block">
      <span class="json-label">{label}</span>
      <ScrollRegion label={label} className="json-scroll">
        <pre>{pretty(value)}</pre>
      </ScrollRegion>
    </div>
  );

/** A wide table that scrolls sideways on a phone. */
export const TableScroll = ({ label, children }: { label: string; children: ComponentChildren }) => (
  <ScrollRegion label={label} className="table-scroll">
    {children}
  </ScrollRegion>
);

export const Empty = ({ children }: { children: ComponentChildren }) => <p class="empty">{children}</p>;
