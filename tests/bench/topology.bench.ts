/**
 * Topology pipeline timings on generated depots of 1,000, 5,000 and 10,000 connectors:
 * JSON.parse + schema parse + tree index; the tidy-tree layout (all expanded, and with the
 * default collapsing); the React Flow node objects for the default view; and building the search
 * index plus one query. Prints medians; asserts nothing (speed is read, not tested).
 *
 *   npm run bench:topology
 */
import { performance } from 'node:perf_hooks';
import { buildTopologyIndex, defaultExpanded, parseMicrogridTopology, type TopologyIndex } from '../../src/domain/topology';
import { buildFlowNodes } from '../../src/features/graph/flow-elements';
import { collapsedOutside, layoutTree } from '../../src/features/graph/layout';
import { buildSearchIndex, searchNodes } from '../../src/features/search/search-index';
import { generateDepot, type DepotShape } from '../fixtures/depot';

const RUNS = 15;
const WARMUP = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time<T, S = undefined>(fn: (input: S) => T, setup: () => S = () => undefined as S): { ms: number; value: T } {
  let value!: T;
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const input = setup();
    const start = performance.now();
    value = fn(input);
    const elapsed = performance.now() - start;
    if (i >= WARMUP) samples.push(elapsed);
  }
  return { ms: median(samples), value };
}

const shapes: Array<[string, DepotShape]> = [
  ['1,000 connectors', { gridConnections: 2, circuitsPerGrid: 25, chargersPerCircuit: 10, connectorsPerCharger: 2, seed: 1 }],
  ['5,000 connectors', { gridConnections: 5, circuitsPerGrid: 50, chargersPerCircuit: 10, connectorsPerCharger: 2, seed: 2 }],
  ['10,000 connectors', { gridConnections: 5, circuitsPerGrid: 100, chargersPerCircuit: 10, connectorsPerCharger: 2, seed: 3 }],
];

const fmt = (ms: number): string => `${ms.toFixed(1).padStart(7)} ms`;
const rows: string[][] = [];
for (const [label, shape] of shapes) {
  const json = JSON.stringify(generateDepot(shape));
  const parsed = time(() => {
    const result = parseMicrogridTopology(JSON.parse(json));
    if (!result.ok) throw new Error(result.problems.join('; '));
    return buildTopologyIndex(result.value);
  });
  const index: TopologyIndex = parsed.value;
  const expanded = time(() => layoutTree(index, new Set()));
  const collapsed = collapsedOutside(defaultExpanded(index));
  const folded = time(() => layoutTree(index, collapsed));
  // A fresh index per run: node data is cached per index, and the first build is the one that costs.
  const fresh = () => buildTopologyIndex(index.topology);
  const flowNodes = time((ix: TopologyIndex) => buildFlowNodes(ix, layoutTree(ix, collapsed), collapsed), fresh);
  const search = time((ix: TopologyIndex) => searchNodes(buildSearchIndex(ix), 'cp-42'), fresh);
  rows.push([
    label,
    `${index.nodes.size} nodes`,
    `${(json.length / 1024 / 1024).toFixed(1)} MB`,
    `parse+index ${fmt(parsed.ms)}`,
    `layout all ${fmt(expanded.ms)} (${expanded.value.visible.length} drawn)`,
    `layout default ${fmt(folded.ms)} (${folded.value.visible.length} drawn)`,
    `layout+flow nodes default ${fmt(flowNodes.ms)}`,
    `search index+query ${fmt(search.ms)} (${search.value.total} matches)`,
  ]);
}

console.log(`Topology benchmark (median of ${RUNS} runs after ${WARMUP} warm-up, Node ${process.version})`);
for (const row of rows) console.log(row.join(' | '));
