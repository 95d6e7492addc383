import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { JsonSyntaxError, lineOf, locate, parseWithPositions, type Span } from '../json-positions';
import type { ValidationIssue } from '../types';

/**
 * A plain-text JSON editor (a textarea: the browser's own editing, keyboard and screen-reader support) with the
 * validator's issues pinned where they are: the offending value underlined in place, its line marked in the
 * gutter, and a list of issues naming path and line that moves the cursor there. Warnings (the definition is valid
 * and saves; a value may be missing at run time) are pinned the same way in their own colour and list.
 */

interface Pinned {
  readonly key: string;
  readonly path: string;
  readonly message: string;
  readonly span?: Span;
  readonly line?: number;
  readonly exact: boolean;
  readonly warning?: true;
}

export const pinIssues = (
  text: string,
  issues: readonly ValidationIssue[],
  warnings: readonly ValidationIssue[] = [],
): Pinned[] => {
  try {
    const { paths } = parseWithPositions(text);
    const pinned = (issue: ValidationIssue, key: string, warning: boolean): Pinned => {
      const pin = locate(paths, issue.path);
      return {
        key: `${key}:${issue.path}`,
        path: issue.path,
        message: issue.message,
        exact: pin?.exact ?? false,
        ...(pin ? { span: pin.span, line: lineOf(text, pin.span.start).line } : {}),
        ...(warning ? { warning: true as const } : {}),
      };
    };
    return [
      ...issues.map((issue, i) => pinned(issue, String(i), false)),
      ...warnings.map((warning, i) => pinned(warning, `w${i}`, true)),
    ];
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = lineOf(text, error.offset);
    return [
      {
        key: 'syntax',
        path: `line ${line}, column ${column}`,
        message: `Not valid JSON: expected ${error.message}`,
        span: { start: error.offset, end: Math.min(text.length, error.offset + 1) },
        line,
        exact: true,
      },
    ];
  }
};

/** The text with the pinned spans wrapped in <mark> (class "warn" where only warnings are), for the layer under the textarea. */
/** One issue or warning: the button that jumps to its line, its path and its message. */
const PinItem = ({
  pin,
  onJump,
  warning = false,
}: {
  pin: Pinned;
  onJump: (p: Pinned) => void;
  warning?: boolean;
}) => (
  <li data-path={pin.path} class={warning ? 'warning' : undefined}>
    <button type="button" class="link" onClick={() => onJump(pin)} disabled={!pin.span}>
      {pin.line ? `Line ${pin.line}` : 'Somewhere'}
    </button>{' '}
    <code>{pin.path}</code>
    {pin.exact ? '' : ' (missing here)'}: {pin.message}
  </li>
);

const highlighted = (text: string, pins: readonly Pinned[]): ComponentChildren[] => {
  const spans = pins
    .flatMap((p) => (p.span ? [{ ...p.span, warn: p.warning === true }] : []))
    .sort((a, b) => a.start - b.start)
    .reduce<(Span & { warn: boolean })[]>((acc, s) => {
      const last = acc[acc.length - 1];
      if (last && s.start <= last.end)
        acc[acc.length - 1] = {
          start: last.start,
          end: Math.max(last.end, s.end),
          warn: last.warn && s.warn,
        };
      else acc.push(s);
      return acc;
    }, []);
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const s of spans) {
    out.push(text.slice(at, s.start));
    // An error at the very end (text ends early) still needs something to mark.
    out.push(
      <mark key={s.start} class={s.warn ? 'warn' : undefined}>
        {text.slice(s.start, s.end) || ' '}
      </mark>,
    );
    at = s.end;
  }
  out.push(`${text.slice(at)}\n`);
  return out;
};

const NONE: readonly ValidationIssue[] = [];

export const JsonEditor = ({
  id,
  label,
  value,
  onInput,
  issues,
  warnings = NONE,
  rows = 18,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  issues: readonly ValidationIssue[];
  warnings?: readonly ValidationIssue[];
  rows?: number;
  hint?: string;
}) => {
  const area = useRef<HTMLTextAreaElement>(null);
  const layer = useRef<HTMLPreElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const all = useMemo(() => pinIssues(value, issues, warnings), [value, issues, warnings]);
  const pins = all.filter((p) => !p.warning);
  const warned = all.filter((p) => p.warning);
  const badLines = new Set(pins.flatMap((p) => (p.line ? [p.line] : [])));
  const warnLines = new Set(warned.flatMap((p) => (p.line && !badLines.has(p.line) ? [p.line] : [])));
  const lineCount = value.split('\n').length;

  const sync = () => {
    const a = area.current;
    if (!a) return;
    if (layer.current) {
      layer.current.scrollTop = a.scrollTop;
      layer.current.scrollLeft = a.scrollLeft;
    }
    if (gutter.current) gutter.current.scrollTop = a.scrollTop;
  };
  const jump = (pin: Pinned) => {
    const a = area.current;
    if (!a || !pin.span) return;
    a.focus();
    a.setSelectionRange(pin.span.start, pin.span.end);
    const lineHeight = Number.parseFloat(getComputedStyle(a).lineHeight) || 18;
    a.scrollTop = Math.max(0, ((pin.line ?? 1) - 3) * lineHeight);
    sync();
  };

  return (
    <div class="json-editor">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div class="editor" style={{ '--rows': rows }}>
        <div class="gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lineCount }, (_, i) => (
            <div key={i} class={badLines.has(i + 1) ? 'bad' : warnLines.has(i + 1) ? 'warn' : undefined}>
              {i + 1}
            </div>
          ))}
        </div>
        <div class="editor-area">
          <pre class="editor-layer" ref={layer} aria-hidden="true">
            {highlighted(value, all)}
          </pre>
          <textarea
            id={id}
            ref={area}
            value={value}
            spellcheck={false}
            autocomplete="off"
            autocapitalize="off"
            wrap="off"
            aria-invalid={pins.length > 0}
            aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-issues${warned.length ? ` ${id}-warnings` : ''}`}
            onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)}
            onScroll={sync}
          />
        </div>
      </div>
      <div id={`${id}-issues`} class="issues" aria-live="polite">
        {pins.length === 0 ? (
          <p class="ok-text">No problems found.</p>
        ) : (
          <>
            <p class="error-text">
              {pins.length} problem{pins.length === 1 ? '' : 's'}:
            </p>
            <ul>
              {pins.map((p) => (
                <PinItem key={p.key} pin={p} onJump={jump} />
              ))}
            </ul>
          </>
        )}
      </div>
      {warned.length > 0 ? (
        <div id={`${id}-warnings`} class="issues warnings" aria-live="polite">
          <p class="warn-text">
            {warned.length} warning{warned.length === 1 ? '' : 's'} (the workflow still saves; a run may fail
            at that step):
          </p>
          <ul>
            {warned.map((p) => (
              <PinItem key={p.key} pin={p} onJump={jump} warning />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
};
