import { memo, useEffect, useMemo, useRef } from 'react';
import { emptyKindCounts, kindCountTexts, type TopologyIndex } from '../../domain/topology';
import './summary.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** "1 grid connection, 3 circuits, …": every node but the site root, kinds in tree order. */
export function kindCounts(index: TopologyIndex): string[] {
  const counts = emptyKindCounts();
  for (const node of index.nodes.values()) if (node.kind !== 'MICROGRID') counts[node.kind] = (counts[node.kind] ?? 0) + 1;
  return kindCountTexts(counts);
}

function GeneratedAt({ iso }: { iso: string }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <span>{iso} (not a valid time)</span>;
  return (
    <time dateTime={iso} title={iso}>
      {timeFormat.format(date)}
    </time>
  );
}

/**
 * The depot's name and facts. `focusOnMount`: the heading takes focus when it first appears (it is
 * where a user who just opened the depot starts reading), rather than focus falling to the page.
 */
export const SummaryBar = memo(function SummaryBar({ index, focusOnMount = false }: { index: TopologyIndex; focusOnMount?: boolean }) {
  const { topology } = index;
  // Counted once per topology: the screen re-renders on every change of the URL.
  const counts = useMemo(() => kindCounts(index).join(', ') || 'none', [index]);
  const warnings = topology.warnings.length;
  const heading = useRef<HTMLHeadingElement>(null);
  const focusOnMountRef = useRef(focusOnMount);
  useEffect(() => {
    if (focusOnMountRef.current) heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <section className="summary-bar" aria-label="Summary">
      <h2 ref={heading} tabIndex={-1} className="summary-title">
        {topology.name ?? 'Unnamed depot'} <code className="summary-id">{topology.depot_id}</code>
      </h2>
      <dl>
        <div>
          <dt>Microgrid</dt>
          <dd>
            <code>{topology.microgrid_id}</code>
          </dd>
        </div>
        <div>
          <dt>Generated</dt>
          <dd>
            <GeneratedAt iso={topology.generated_at} />
          </dd>
        </div>
        <div>
          <dt>Calculation version</dt>
          <dd>{topology.usable_power_calculation_version}</dd>
        </div>
        <div>
          <dt>Nodes</dt>
          <dd>{counts}</dd>
        </div>
        <div>
          <dt>Warnings</dt>
          <dd>{warnings}</dd>
        </div>
      </dl>
    </section>
  );
});

export function LegacyNote({ version }: { version: number }) {
  return (
    <p className="legacy-note" role="note">
      Rebalancing does not use this topology: this depot uses usable power calculation version {version}, so load
      balancing follows the legacy flat path until the depot moves to version 3.
    </p>
  );
}
