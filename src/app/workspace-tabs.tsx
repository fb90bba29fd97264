/**
 * The workspace on a phone: the tree, the graph and the details are tabs of one tablist, sharing
 * the one selection; when a node is selected outside the details, a "Show details" button goes
 * there in one tap. Wider screens show the three panels side by side (see app.css) and render none
 * of this.
 */
import { useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { nodeTitle } from '../domain/topology';
import { PHONE_QUERY, useMediaQuery } from '../ui/media-query';
import { selectSelectedId, useViewState, useViewStore } from '../view';

export type WorkspacePanel = 'tree' | 'graph' | 'details';
const PANELS: ReadonlyArray<{ panel: WorkspacePanel; label: string }> = [
  { panel: 'tree', label: 'Tree' },
  { panel: 'graph', label: 'Graph' },
  { panel: 'details', label: 'Details' },
];

const tabId = (idBase: string, panel: WorkspacePanel) => `${idBase}-tab-${panel}`;
export const panelId = (idBase: string, panel: WorkspacePanel) => `${idBase}-${panel}`;

/** Whether the workspace is tabbed, which tab is open, and the attributes each panel takes. */
export function useWorkspaceTabs() {
  const phone = useMediaQuery(PHONE_QUERY);
  const [tab, setTab] = useState<WorkspacePanel>('tree');
  const panelProps = (panel: WorkspacePanel) =>
    // Each panel keeps its own, more telling name ("Topology tree") rather than its tab's.
    phone ? { role: 'tabpanel', hidden: tab !== panel } : {};
  return { phone, tab, setTab, panelProps };
}

export function WorkspaceTabs({ idBase, tab, onChange }: { idBase: string; tab: WorkspacePanel; onChange: (tab: WorkspacePanel) => void }) {
  const { index } = useViewStore();
  const selectedId = useViewState(selectSelectedId);
  const selected = selectedId === null ? undefined : index.nodes.get(selectedId);

  const open = (panel: WorkspacePanel, focus: 'tab' | 'panel') => {
    flushSync(() => onChange(panel));
    document.getElementById(focus === 'tab' ? tabId(idBase, panel) : panelId(idBase, panel))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = PANELS.findIndex((p) => p.panel === tab);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % PANELS.length
      : event.key === 'ArrowLeft' ? (at + PANELS.length - 1) % PANELS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? PANELS.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    open(PANELS[next]!.panel, 'tab');
  };

  return (
    <div className="workspace-tabs">
      <div role="tablist" aria-label="Workspace" className="workspace-tablist" onKeyDown={onKeyDown}>
        {PANELS.map(({ panel, label }) => (
          <button
            key={panel}
            type="button"
            role="tab"
            id={tabId(idBase, panel)}
            aria-selected={tab === panel}
            aria-controls={panelId(idBase, panel)}
            tabIndex={tab === panel ? 0 : -1}
            onClick={() => onChange(panel)}
          >
            {label}
          </button>
        ))}
      </div>
      {selected !== undefined && tab !== 'details' && (
        <p className="workspace-selection">
          <span className="workspace-selection__name">{nodeTitle(selected)}</span>
          <button type="button" onClick={() => open('details', 'panel')}>
            Show details
          </button>
        </p>
      )}
    </div>
  );
}
