/**
 * The graph (React Flow and the tidy-tree layout) loads apart from the first page: the start page
 * and the error views do not need it. Opening a depot starts loading it while the topology is
 * fetched, so it is usually there by the time the answer is.
 */
import { lazy } from 'react';

export const loadGraph = () => import('../features/graph');

export const LazyTopologyGraph = lazy(() => loadGraph().then((m) => ({ default: m.TopologyGraph })));
