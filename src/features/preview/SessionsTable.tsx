/**
 * Every connector of the depot and its session in the preview: plugged in or not, what it asks,
 * its minimum and priority (each editable), what it got and why. Sortable, filterable, and
 * windowed, so 10,000 rows cost a screenful. Edits go to the URL, like every preview input.
 */
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Session, SessionAllocation } from '../../domain/allocation';
import { connectorReason, SESSION_FIELDS, sessionsById, type PreviewOutcome, type SessionEdits } from '../../domain/preview';
import { kilowattsNumber } from '../../domain/units';
import { CommitInput } from '../../ui/CommitInput';
import { displayName, type NodeId, type TopologyIndex } from '../../domain/topology';
import { editConnectorSession } from '../../view';
import { WindowedTable, type Column } from './WindowedTable';

/** A connector's row: what it shows of the topology. Its session and allocation are read at render. */
interface Row {
  readonly id: NodeId;
  readonly name: string;
  readonly charger: string;
  /** An AC connector on three phases: a car may draw on one. */
  readonly phaseChoice: boolean;
  /** The connector's own phases (DC: 3). */
  readonly connectorPhases: 1 | 3;
}

type Show = 'all' | 'plugged' | 'held' | 'refused' | 'edited';

const SHOW_LABELS: ReadonlyArray<[Show, string]> = [
  ['all', 'All connectors'],
  ['plugged', 'Plugged in'],
  ['held', 'Held back'],
  ['refused', 'Refused'],
  ['edited', 'Edited'],
];

/** The row's session, its allocation and whether it was edited, now. */
interface RowState {
  readonly input: Session | undefined;
  readonly allocation: SessionAllocation | undefined;
  readonly edited: boolean;
}

function matches({ input, allocation, edited }: RowState, show: Show): boolean {
  switch (show) {
    case 'plugged':
      return input !== undefined;
    case 'held':
      return allocation !== undefined && allocation.limitedBy.kind === 'node';
    case 'refused':
      return allocation !== undefined && (allocation.limitedBy.kind === 'admission' || allocation.limitedBy.kind === 'evse');
    case 'edited':
      return edited;
    default:
      return true;
  }
}

export function SessionsTable({ index, outcome, sessions, edits, onSelect }: {
  index: TopologyIndex;
  outcome: PreviewOutcome;
  sessions: readonly Session[];
  edits: SessionEdits;
  onSelect: (id: NodeId) => void;
}) {
  const ids = useId();
  const [filter, setFilter] = useState('');
  const [show, setShow] = useState<Show>('all');
  const deferredFilter = useDeferredValue(filter);
  // One row per connector, once per topology: a new session set or allocation is read at render.
  const rows = useMemo(
    () =>
      index.order
        .filter((id) => index.nodes.get(id)?.kind === 'CONNECTOR')
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((id): Row => {
          const node = index.nodes.get(id)!;
          const parent = node.parent_id === null ? undefined : index.nodes.get(node.parent_id as NodeId);
          return {
            id,
            name: displayName(node),
            charger: parent === undefined ? '' : displayName(parent),
            phaseChoice: node.asset.power_type !== 'DC' && node.asset.power_type !== 'AC_1_PHASE' && node.limit?.phases !== 1,
            connectorPhases: node.asset.power_type !== 'DC' && (node.asset.power_type === 'AC_1_PHASE' || node.limit?.phases === 1) ? 1 : 3,
          };
        }),
    [index],
  );
  const inputOf = sessionsById(sessions);
  const shown = useMemo(() => {
    const text = deferredFilter.trim().toLowerCase();
    if (show === 'all' && text === '') return rows;
    return rows.filter(
      (row) =>
        matches({ input: inputOf.get(row.id), allocation: outcome.sessionOf.get(row.id), edited: edits.has(row.id) }, show) &&
        (text === '' ||
          row.id.toLowerCase().includes(text) ||
          row.name.toLowerCase().includes(text) ||
          row.charger.toLowerCase().includes(text) ||
          connectorReason(index, outcome, row.id).toLowerCase().includes(text)),
    );
  }, [rows, show, deferredFilter, index, outcome, inputOf, edits]);

  const columns = useMemo<Column<Row>[]>(() => {
    const input = (r: Row) => inputOf.get(r.id);
    const allocation = (r: Row) => outcome.sessionOf.get(r.id);
    return [
      {
        key: 'connector',
        header: 'Connector',
        sortValue: (r) => r.id,
        render: (r) => (
          <button type="button" className="preview-link" onClick={() => onSelect(r.id)} title={r.id}>
            {r.name}
          </button>
        ),
      },
      { key: 'charger', header: 'Charger', sortValue: (r) => r.charger, render: (r) => r.charger },
      {
        key: 'plugged',
        header: 'Plugged in',
        sortValue: (r) => (input(r) === undefined ? 0 : 1),
        render: (r) => (
          <input
            type="checkbox"
            aria-label={`${r.name} plugged in`}
            checked={input(r) !== undefined}
            onChange={(event) => editConnectorSession(r.id, { plugged: event.currentTarget.checked })}
          />
        ),
      },
      ...SESSION_FIELDS.map(
        (field): Column<Row> => ({
          key: field.key,
          header: field.label,
          numeric: true,
          sortValue: (r) => {
            const session = input(r);
            return session === undefined ? -Infinity : field.value(session);
          },
          render: (r) => {
            const session = input(r);
            return (
              <CommitInput
                className="preview-number"
                aria-label={`${r.name} ${field.label}`}
                value={session === undefined ? '' : field.text(session)}
                disabled={session === undefined}
                step={field.step}
                min={field.step === '1' ? undefined : 0}
                onCommit={(text) => {
                  const change = field.edit(text);
                  if (change !== null) editConnectorSession(r.id, change);
                }}
              />
            );
          },
        }),
      ),
      {
        key: 'phases',
        header: 'Phases',
        numeric: true,
        render: (r) => {
          const session = input(r);
          return session !== undefined && r.phaseChoice ? (
            <select
              aria-label={`${r.name} phases`}
              value={session.phases ?? 3}
              onChange={(event) => editConnectorSession(r.id, { phases: event.currentTarget.value === '1' ? 1 : 3 })}
            >
              <option value={3}>3</option>
              <option value={1}>1</option>
            </select>
          ) : (
            <span className="preview-muted">{session === undefined ? '—' : String(session.phases ?? r.connectorPhases)}</span>
          );
        },
      },
      {
        key: 'allocated',
        header: 'Allocated (kW)',
        numeric: true,
        sortValue: (r) => allocation(r)?.allocatedW ?? -1,
        render: (r) => {
          const a = allocation(r);
          return a === undefined ? '—' : kilowattsNumber(a.allocatedW);
        },
      },
      {
        key: 'why',
        header: 'Why',
        sortValue: (r) => allocation(r)?.limitedBy.kind ?? '~',
        render: (r) => {
          const why = connectorReason(index, outcome, r.id);
          return (
            <span className="preview-why" title={why}>
              {why}
            </span>
          );
        },
      },
    ];
  }, [index, outcome, inputOf, onSelect]);

  // What a row's cells show: a change elsewhere (another connector's edit, a new allocation that
  // leaves this connector as it was) does not draw the row again.
  const rowDeps = useCallback(
    (r: Row): readonly unknown[] => {
      const session = inputOf.get(r.id);
      return [
        onSelect,
        session === undefined,
        session?.phases,
        ...SESSION_FIELDS.map((field) => (session === undefined ? undefined : field.value(session))),
        outcome.sessionOf.get(r.id)?.allocatedW,
        connectorReason(index, outcome, r.id),
      ];
    },
    [index, outcome, inputOf, onSelect],
  );

  return (
    <section className="sessions-table" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Sessions</h3>
      <div className="preview-row">
        <label>
          Filter sessions{' '}
          <input type="search" value={filter} onChange={(event) => setFilter(event.currentTarget.value)} placeholder="name, id, charger or reason" />
        </label>
        <label>
          Show{' '}
          <select value={show} onChange={(event) => setShow(event.currentTarget.value as Show)}>
            {SHOW_LABELS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <span role="status" className="preview-muted">
          {shown.length === rows.length ? `${rows.length.toLocaleString('en-US')} connectors` : `${shown.length.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} connectors`}
        </span>
      </div>
      <WindowedTable
        caption="Sessions in the preview"
        rows={shown}
        rowKey={(r) => r.id}
        columns={columns}
        rowAttributes={(r) => ({ 'data-edited': edits.has(r.id) ? '' : undefined })}
        rowDeps={rowDeps}
        empty="No connector matches."
      />
    </section>
  );
}
