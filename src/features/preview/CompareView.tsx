/**
 * Both strategies side by side, per connector or per charger: what each gives, the difference
 * (signed, with a glyph beside the highlight), sorted by its size by default.
 */
import { useId, useMemo, useState } from 'react';
import type { AllocationResult, Strategy } from '../../domain/allocation';
import { displayName, type NodeId, type TopologyIndex } from '../../domain/topology';
import { formatCount, kilowattsNumber } from '../../domain/units';
import { WindowedTable, type Column } from './WindowedTable';

interface Row {
  readonly id: NodeId;
  readonly name: string;
  readonly connectorW: number;
  readonly chargerW: number;
  readonly diffW: number;
}

/** Differences below this are rounding, not a difference. */
const EPSILON_W = 0.5;

function signed(w: number): string {
  if (Math.abs(w) < EPSILON_W) return '0.0';
  return `${w > 0 ? '+' : '−'}${kilowattsNumber(Math.abs(w))}`;
}

export function CompareView({ index, results, onSelect }: {
  index: TopologyIndex;
  results: Readonly<Record<Strategy, AllocationResult>>;
  onSelect: (id: NodeId) => void;
}) {
  const ids = useId();
  const [per, setPer] = useState<'connector' | 'charger'>('connector');
  const [onlyDifferent, setOnlyDifferent] = useState(true);
  const rows = useMemo(() => {
    const value = (result: AllocationResult): Map<string, number> =>
      per === 'connector'
        ? new Map(result.sessions.map((s) => [s.connectorId, s.allocatedW]))
        : new Map(result.nodes.filter((n) => index.nodes.get(n.nodeId as NodeId)?.kind === 'CHARGE_POINT').map((n) => [n.nodeId, n.flowW]));
    const a = value(results.connector);
    const b = value(results.charger);
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
    return keys.map((id): Row => {
      const node = index.nodes.get(id as NodeId);
      const connectorW = a.get(id) ?? 0;
      const chargerW = b.get(id) ?? 0;
      return { id: id as NodeId, name: node === undefined ? id : displayName(node), connectorW, chargerW, diffW: chargerW - connectorW };
    });
  }, [results, per, index]);
  const differing = rows.filter((r) => Math.abs(r.diffW) >= EPSILON_W);
  const shown = onlyDifferent ? differing : rows;
  const columns = useMemo<Column<Row>[]>(
    () => [
      {
        key: 'name',
        header: per === 'connector' ? 'Connector' : 'Charger',
        sortValue: (r) => r.id,
        render: (r) => (
          <button type="button" className="preview-link" onClick={() => onSelect(r.id)} title={r.id}>
            {r.name}
          </button>
        ),
      },
      { key: 'connector', header: 'Connector-based (kW)', numeric: true, sortValue: (r) => r.connectorW, render: (r) => kilowattsNumber(r.connectorW) },
      { key: 'charger', header: 'Charger-based (kW)', numeric: true, sortValue: (r) => r.chargerW, render: (r) => kilowattsNumber(r.chargerW) },
      {
        key: 'difference',
        header: 'Difference (kW)',
        numeric: true,
        sortValue: (r) => Math.abs(r.diffW),
        render: (r) =>
          Math.abs(r.diffW) < EPSILON_W ? (
            <span className="preview-muted">same</span>
          ) : (
            <strong>
              <span aria-hidden="true">{r.diffW > 0 ? '▲ ' : '▼ '}</span>
              {signed(r.diffW)}
            </strong>
          ),
      },
    ],
    [per, onSelect],
  );
  return (
    <section className="compare-view" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Strategy comparison</h3>
      <div className="preview-row">
        <fieldset className="preview-choice">
          <legend>Compare per</legend>
          {(['connector', 'charger'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={`${ids}-per`} value={value} checked={per === value} onChange={() => setPer(value)} />{' '}
              {value === 'connector' ? 'Connector' : 'Charger'}
            </label>
          ))}
        </fieldset>
        <label>
          <input type="checkbox" checked={onlyDifferent} onChange={(event) => setOnlyDifferent(event.currentTarget.checked)} /> Only differences
        </label>
        <span role="status" className="preview-muted">
          {formatCount(differing.length)} of {formatCount(rows.length)} {per === 'connector' ? 'connectors' : 'chargers'} differ
        </span>
      </div>
      <WindowedTable
        key={per}
        caption={`Connector-based and charger-based allocation per ${per}, difference = charger-based − connector-based`}
        rows={shown}
        rowKey={(r) => r.id}
        columns={columns}
        initialSort={{ key: 'difference', direction: 'descending' }}
        rowAttributes={(r) => ({ 'data-differs': Math.abs(r.diffW) >= EPSILON_W ? '' : undefined })}
        empty="The two strategies give the same here."
      />
    </section>
  );
}
