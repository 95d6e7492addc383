import { useId, useMemo, useState } from 'preact/hooks';
import { layoutGraph, type PlacedNode, type Point, visiblePart } from '../layout';
import type { StateGraph, TimelineEntry } from '../types';
import { ScrollRegion } from './ui';

/**
 * The compiled state machine drawn as SVG (states named as in the Step Functions console), with an equivalent
 * text version for screen readers. In a run, each state is coloured by what happened to it.
 */

export type StateStatus = TimelineEntry['status'];

const KIND_LABEL: Record<string, string> = {
  Task: 'task',
  Pass: 'step',
  Wait: 'wait',
  Choice: 'decision',
  Parallel: 'parallel branches',
  Map: 'for each item',
  Succeed: 'end',
  Fail: 'failure end',
  Join: 'branches meet',
};

const curve = (points: readonly Point[]): string => {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${first.x},${first.y}`;
  let prev = first;
  for (const p of rest) {
    const mid = (prev.y + p.y) / 2;
    d += ` C${prev.x},${mid} ${p.x},${mid} ${p.x},${p.y}`;
    prev = p;
  }
  return d;
};

const Shape = ({ placed }: { placed: PlacedNode }) => {
  const { x, y, width: w, height: h, node } = placed;
  if (node.kind === 'Join') return <circle cx={x + w / 2} cy={y + h / 2} r={w / 2} class="shape" />;
  if (node.kind === 'Choice') {
    const s = 14;
    return (
      <polygon
        class="shape"
        points={`${x + s},${y} ${x + w - s},${y} ${x + w},${y + h / 2} ${x + w - s},${y + h} ${x + s},${y + h} ${x},${y + h / 2}`}
      />
    );
  }
  const round = node.kind === 'Succeed' || node.kind === 'Fail' ? h / 2 : 6;
  return <rect class="shape" x={x} y={y} width={w} height={h} rx={round} />;
};

export const Diagram = ({
  graph,
  title,
  statuses = {},
}: {
  graph: StateGraph;
  title: string;
  /** State name -> status (a run's timeline). */
  statuses?: Readonly<Record<string, StateStatus>>;
}) => {
  const [showErrors, setShowErrors] = useState(false);
  const visible = useMemo(() => visiblePart(graph, showErrors), [graph, showErrors]);
  const layout = useMemo(() => layoutGraph(visible), [visible]);
  const uid = useId();
  const byId = new Map(visible.nodes.map((n) => [n.id, n]));
  return (
    <figure class="diagram">
      <div class="diagram-tools">
        <label>
          <input
            type="checkbox"
            checked={showErrors}
            onChange={(e) => setShowErrors((e.target as HTMLInputElement).checked)}
          />{' '}
          Show error paths
        </label>
      </div>
      <ScrollRegion className="diagram-scroll" label={`${title} (scrollable)`}>
        <svg
          role="img"
          aria-labelledby={`${uid}-t`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          data-testid="diagram"
        >
          <title id={`${uid}-t`}>{title}</title>
          <defs>
            <marker
              id={`${uid}-arrow`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" class="arrow" />
            </marker>
          </defs>
          {layout.edges.map(({ edge, points }) => (
            <g class={`edge edge-${edge.kind}`} key={`${edge.from}>${edge.to}>${edge.kind}`}>
              <path d={curve(points)} marker-end={`url(#${uid}-arrow)`} />
              {edge.label && points[0] && points[1] ? (
                <text
                  x={(points[0].x + points[1].x) / 2 + 4}
                  y={(points[0].y + points[1].y) / 2}
                  class="edge-label"
                >
                  {edge.label}
                </text>
              ) : null}
            </g>
          ))}
          {layout.nodes.map((placed) => {
            const status = statuses[placed.node.id];
            return (
              <g
                key={placed.node.id}
                class={`node node-${placed.node.kind}${status ? ` st-${status}` : ''}`}
                data-state={placed.node.id}
              >
                <title>{`${placed.node.id} (${KIND_LABEL[placed.node.kind]}${status ? `, ${status}` : ''})${placed.node.comment ? `: ${placed.node.comment}` : ''}`}</title>
                <Shape placed={placed} />
                {placed.lines.map((line, i) => (
                  <text
                    key={line}
                    x={placed.x + placed.width / 2}
                    y={placed.y + 9 + 12 + i * 16}
                    text-anchor="middle"
                  >
                    {line}
                  </text>
                ))}
              </g>
            );
          })}
        </svg>
      </ScrollRegion>
      <details class="diagram-text">
        <summary>Diagram as text</summary>
        <ol>
          {visible.nodes
            .filter((n) => n.kind !== 'Join')
            .map((n) => {
              const next = visible.edges.filter((e) => e.from === n.id);
              return (
                <li key={n.id}>
                  <strong>{n.id}</strong> ({KIND_LABEL[n.kind]}
                  {statuses[n.id] ? `, ${statuses[n.id]}` : ''}){next.length > 0 && ': then '}
                  {next
                    .map((e) => {
                      const to = byId.get(e.to);
                      const target = to?.kind === 'Join' ? `rejoin after ${to.parent}` : e.to;
                      return e.label ? `${target} (${e.label})` : target;
                    })
                    .join('; ')}
                </li>
              );
            })}
        </ol>
      </details>
    </figure>
  );
};
