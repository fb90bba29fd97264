import { Suspense, useCallback, useEffect, useId, useLayoutEffect, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { buildTopologyIndex, type MicrogridTopology, type NodeId, type TopologyIndex } from '../domain/topology';
import { DetailsPanel } from '../features/details';
import { TopologyProblems } from '../features/problems';
import { NodeSearch } from '../features/search';
import { LegacyNote, SummaryBar } from '../features/summary';
import { focusTreeItem, TopologyTree } from '../features/tree-view';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { ScenarioSessions } from '../features/preview';
import { isBoolean, isFiniteNumber, setPreviewOn, useFollowPreviewUrl, usePreference, useRememberView, useSelectionSync, useViewStoreFor, ViewStoreContext, type PreviewSlot } from '../view';
import { LazyTopologyGraph } from './lazy-graph';
import { LazyPreviewPanel, loadPreview } from './lazy-preview';
import { useMediaQuery, WIDE_QUERY } from '../ui/media-query';
import { PanelFoldButton } from './PanelFoldButton';
import { PanelSplitter } from './PanelSplitter';
import { DETAILS_WIDTH, TREE_WIDTH, type WidthLimits } from './panel-width';
import { useWorkspaceTabs, WorkspaceTabs } from './workspace-tabs';

const within = (limits: WidthLimits) => (value: unknown): value is number => isFiniteNumber(value) && value >= limits.min && value <= limits.max;
const isTreeWidth = within(TREE_WIDTH);
const isDetailsWidth = within(DETAILS_WIDTH);

interface Props {
  topology: MicrogridTopology;
  /** The node named in the URL, which may not exist in this topology. */
  nodeParam: string | null;
  onSelect: (id: NodeId | null) => void;
  depotId?: string;
  /** The allocation preview's inputs from the URL; null while it is off; absent where it is not offered. */
  preview?: PreviewSlot | null;
  /** The depot's scenario session set, where a mock scenario ships one. */
  scenario?: ScenarioSessions | null;
  /** Keep the expansion and the problems fold for the next visit, under this depot id; null keeps nothing. */
  rememberAs?: string | null;
  /** The depot was just opened by the user: focus goes to its heading. */
  focusHeading?: boolean;
}

/**
 * The topology's index, built from the previous topology's where only fields that do not shape the
 * tree changed (a site file's edited name): the same tree, so nothing computed from it is redone.
 */
function useTopologyIndex(topology: MicrogridTopology): TopologyIndex {
  const [built, setBuilt] = useState(() => buildTopologyIndex(topology));
  if (built.topology === topology) return built;
  // State adjusted while rendering, as React advises for a value that follows a prop.
  const index = buildTopologyIndex(topology, built);
  setBuilt(index);
  return index;
}

/**
 * A loaded topology: summary, the three-column workspace and the problems panel, sharing one view store.
 * The URL's node and the store's selection are kept in step both ways.
 */
export function TopologyScreen({ topology, nodeParam, onSelect, depotId = topology.depot_id, preview, scenario = null, rememberAs = null, focusHeading = false }: Props) {
  const index = useTopologyIndex(topology);
  const urlSelected = nodeParam !== null && index.nodes.has(nodeParam as NodeId) ? (nodeParam as NodeId) : null;
  const store = useViewStoreFor(index, urlSelected, rememberAs);
  useRememberView(store, rememberAs);
  useSelectionSync(store, urlSelected, onSelect);
  useLayoutEffect(() => store.setPreview(preview ?? null), [store, preview]);
  useFollowPreviewUrl(store, preview !== undefined);
  const ids = useId();
  const tabs = useWorkspaceTabs();
  // The side panels' widths, the same for every depot; a phone shows one panel at a time, full width.
  const [treeWidth, setTreeWidth] = usePreference('workspace.tree-width', TREE_WIDTH.initial, isTreeWidth);
  const [detailsWidth, setDetailsWidth] = usePreference('workspace.details-width', DETAILS_WIDTH.initial, isDetailsWidth);
  // Where the three panels sit side by side, the tree and the details can also be folded away.
  const folds = useMediaQuery(WIDE_QUERY) && !tabs.phone;
  const [treeOpen, setTreeOpen] = usePreference('workspace.tree-open', true, isBoolean);
  const [detailsOpen, setDetailsOpen] = usePreference('workspace.details-open', true, isBoolean);
  const treeShown = !folds || treeOpen;
  const detailsShown = !folds || detailsOpen;
  const widths = { '--tree-width': `${treeShown ? treeWidth : 0}px`, '--details-width': `${detailsShown ? detailsWidth : 0}px` } as CSSProperties;
  // A search's choice is shown in the tree, and the tree is where the next key goes: its row takes
  // focus once the selection has rendered (a new object each time, so choosing again refocuses).
  const [searchChoice, setSearchChoice] = useState<{ id: NodeId } | null>(null);
  useEffect(() => {
    if (searchChoice !== null) focusTreeItem(document.getElementById(`${ids}-tree`), searchChoice.id);
  }, [searchChoice, ids]);
  const chooseFromSearch = useCallback((id: NodeId) => setSearchChoice({ id }), []);
  const clearUnknown = useCallback(() => onSelect(null), [onSelect]);
  const unknownNode = nodeParam !== null && urlSelected === null ? nodeParam : null;
  const skipLinks = (
    <nav className="skip-links" aria-label="Skip links">
      <a href={`#${ids}-graph`}>Skip to graph</a>
      {detailsShown ? <a href={`#${ids}-details`}>Skip to details</a> : null}
      {preview ? <a href={`#${ids}-preview`}>Skip to preview</a> : null}
    </nav>
  );
  // The page's first tab stops when the page has a place for them (index.html), before the header.
  const skipHost = document.getElementById('skip-links');
  return (
    <ViewStoreContext.Provider value={store}>
      <div className="topology-screen" data-preview={preview ? '' : undefined}>
        {skipHost === null ? skipLinks : createPortal(skipLinks, skipHost)}
        {/* Each part behind its own boundary: whatever escapes one, the others stay. */}
        <ErrorBoundary label="The summary" resetKey={index}>
          <SummaryBar index={index} focusOnMount={focusHeading} />
          {topology.usable_power_calculation_version < 3 && <LegacyNote version={topology.usable_power_calculation_version} />}
        </ErrorBoundary>
        {(preview !== undefined || folds) && (
          <div className="topology-toolbar">
            {folds && <PanelFoldButton label="Tree panel" controls={`${ids}-tree`} open={treeOpen} side="left" onChange={setTreeOpen} />}
            {preview !== undefined && (
            <button
              type="button"
              className="preview-toggle"
              aria-pressed={preview !== null}
              onPointerEnter={() => void loadPreview()}
              onFocus={() => void loadPreview()}
              onClick={() => setPreviewOn(preview === null)}
            >
              Allocation preview
            </button>
            )}
            {folds && <PanelFoldButton label="Details panel" controls={`${ids}-details`} open={detailsOpen} side="right" onChange={setDetailsOpen} />}
          </div>
        )}
        <div className="workspace" style={tabs.phone ? undefined : widths}>
          {tabs.phone && <WorkspaceTabs idBase={ids} tab={tabs.tab} onChange={tabs.setTab} />}
          <aside id={`${ids}-tree`} className="workspace-tree" aria-label="Topology tree" hidden={!treeShown} {...tabs.panelProps('tree')}>
            <ErrorBoundary label="Search" resetKey={index}>
              <NodeSearch onChosen={chooseFromSearch} />
            </ErrorBoundary>
            <ErrorBoundary label="The topology tree" resetKey={index}>
              <TopologyTree />
            </ErrorBoundary>
          </aside>
          {!tabs.phone && treeShown && (
            <PanelSplitter label="Resize the tree panel" controls={`${ids}-tree`} width={treeWidth} limits={TREE_WIDTH} side="left" onChange={setTreeWidth} />
          )}
          <section id={`${ids}-graph`} tabIndex={-1} className="workspace-graph" aria-label="Topology graph" {...tabs.panelProps('graph')}>
            <ErrorBoundary label="The topology graph" resetKey={index}>
              <Suspense fallback={<p className="graph-loading" role="status">Loading the graph…</p>}>
                <LazyTopologyGraph detailsId={detailsShown ? `${ids}-details` : undefined} rememberAs={rememberAs} />
              </Suspense>
            </ErrorBoundary>
          </section>
          {!tabs.phone && detailsShown && (
            <PanelSplitter label="Resize the details panel" controls={`${ids}-details`} width={detailsWidth} limits={DETAILS_WIDTH} side="right" onChange={setDetailsWidth} />
          )}
          <aside id={`${ids}-details`} tabIndex={-1} className="workspace-details" aria-label="Details" hidden={!detailsShown} {...tabs.panelProps('details')}>
            <ErrorBoundary label="The details panel" resetKey={index}>
              <DetailsPanel unknownNode={unknownNode} onClearUnknown={clearUnknown} />
            </ErrorBoundary>
          </aside>
        </div>
        {preview !== undefined && preview !== null && (
          <div id={`${ids}-preview`} className="preview-dock" tabIndex={-1}>
            <ErrorBoundary label="The allocation preview" resetKey={index}>
              <Suspense fallback={<p role="status">Loading the allocation preview…</p>}>
                <LazyPreviewPanel depotId={depotId} scenario={scenario} />
              </Suspense>
            </ErrorBoundary>
          </div>
        )}
        <ErrorBoundary label="The problems" resetKey={index}>
          <TopologyProblems />
        </ErrorBoundary>
      </div>
    </ViewStoreContext.Provider>
  );
}
