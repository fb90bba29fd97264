/**
 * Find a node by name, id or OCPP id: a WAI-ARIA combobox with a listbox of matches.
 * Choosing a match selects it in the view store; the views then expand, select and centre it.
 */
import './search.css';
import { memo, useId, useMemo, useState, type JSX, type KeyboardEvent } from 'react';
import type { NodeId } from '../../domain/topology';
import { useViewStore } from '../../view';
import { KindIcon } from '../../ui/KindIcon';
import { buildSearchIndex, searchNodes, type SearchEntry, type SearchResult } from './search-index';

const NO_RESULT: SearchResult = { matches: [], total: 0 };

interface Props {
  /** After a match is chosen (and selected): e.g. to move focus to where it is shown. */
  onChosen?: (id: NodeId) => void;
}

export const NodeSearch = memo(function NodeSearch({ onChosen }: Props = {}): JSX.Element {
  const view = useViewStore();
  const { index } = view;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const hasQuery = query.trim() !== '';
  // Built for the first query, not with every topology drawn: on a large depot it takes a frame or more.
  const entries = useMemo(() => (hasQuery ? buildSearchIndex(index) : null), [index, hasQuery]);
  const result = useMemo(() => (entries === null ? NO_RESULT : searchNodes(entries, query)), [entries, query]);
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const optionId = (i: number): string => `${baseId}-option-${i}`;
  const expanded = open && hasQuery;
  const { matches, total } = result;

  const choose = (entry: SearchEntry): void => {
    setOpen(false);
    setActive(-1);
    view.select(entry.id);
    onChosen?.(entry.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (matches.length > 0) setActive((a) => (a + 1) % matches.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (matches.length > 0) setActive((a) => (a <= 0 ? matches.length - 1 : a - 1));
        break;
      case 'Enter': {
        const entry = expanded ? matches[active >= 0 ? active : 0] : undefined;
        if (entry) {
          event.preventDefault();
          choose(entry);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        break;
      default:
        break;
    }
  };

  const status = !hasQuery
    ? ''
    : total === 0
      ? 'No matching nodes'
      : total > matches.length
        ? `${total} matches, showing the first ${matches.length}`
        : `${total} ${total === 1 ? 'match' : 'matches'}`;

  return (
    <div className="node-search">
      <label htmlFor={`${baseId}-input`} className="node-search__label">
        Find a node
      </label>
      <input
        id={`${baseId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Name, id, OCPP id, status, vendor…"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 && active < matches.length ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listboxId} role="listbox" aria-label="Matching nodes" className="node-search__list" hidden={!expanded || matches.length === 0}>
        {expanded
          ? matches.map((entry, i) => (
              <li
                key={entry.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="node-search__option"
                // mousedown, not click: it fires before the input's blur closes the list
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(entry);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <KindIcon kind={entry.kind} />
                <span className="node-search__name">{entry.name ?? entry.id}</span>
                <span className="node-search__meta">
                  {entry.kindText} · {entry.id}
                  {entry.ocppId !== null && entry.ocppId !== entry.id ? ` · OCPP ${entry.ocppId}` : ''}
                </span>
              </li>
            ))
          : null}
      </ul>
      {expanded && total > matches.length ? (
        <p className="node-search__more" aria-hidden="true">
          and {total - matches.length} more
        </p>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded ? status : ''}
      </p>
      {expanded && total === 0 ? <p className="node-search__none" aria-hidden="true">No matching nodes</p> : null}
    </div>
  );
});
