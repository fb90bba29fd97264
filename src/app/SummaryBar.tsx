import { countLabel, KNOWN_NODE_KINDS, type TopologyIndex } from '../domain/topology';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** "1 grid connection, 3 circuits, …": known kinds in tree order, then any others by name. */
export function kindCounts(index: TopologyIndex): string[] {
  const counts = new Map<string, number>();
  for (const node of index.nodes.values()) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  const known: string[] = KNOWN_NODE_KINDS.filter((k) => k !== 'MICROGRID' && counts.has(k));
  const others = [...counts.keys()].filter((k) => !(KNOWN_NODE_KINDS as readonly string[]).includes(k)).sort();
  return [...known, ...others].map((k) => countLabel(k, counts.get(k)!));
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

export function SummaryBar({ index }: { index: TopologyIndex }) {
  const { topology } = index;
  const warnings = topology.warnings.length;
  return (
    <section className="summary-bar" aria-label="Summary">
      <h2 className="summary-title">
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
          <dd>{kindCounts(index).join(', ') || 'none'}</dd>
        </div>
        <div>
          <dt>Warnings</dt>
          <dd>{warnings}</dd>
        </div>
      </dl>
    </section>
  );
}

export function LegacyNote({ version }: { version: number }) {
  return (
    <p className="legacy-note" role="note">
      Rebalancing does not use this topology: this depot uses usable power calculation version {version}, so load
      balancing follows the legacy flat path until the depot moves to version 3.
    </p>
  );
}
