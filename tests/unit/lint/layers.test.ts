/**
 * The layering is enforced, not promised: source text placed at a path in each layer is linted with
 * the project's own ESLint config, and every import that breaks a rule is an error of
 * `layers/imports`, while imports that keep to the rules pass with no message at all.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The messages of linting `code` as if it were the file at `path`. */
async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const layerErrors = async (path: string, code: string) => (await lint(path, code)).filter((m) => m.ruleId === 'layers/imports');

type Probe = readonly [file: string, code: string];

/** Each breaks exactly one rule, with one import. */
const BREAKING: readonly Probe[] = [
  // domain: only zod and itself
  ['src/domain/topology/probe.ts', "export { ApiError } from '../../api';"],
  ['src/domain/topology/probe.ts', "export type { Store } from '../../view/store';"],
  ['src/domain/probe.ts', "export { KindIcon } from '../ui/KindIcon';"],
  ['src/domain/probe.ts', "export { TopologyGraph } from '../features/graph/TopologyGraph';"],
  ['src/domain/probe.ts', "export { App } from '../app/App';"],
  ['src/domain/probe.ts', "export { SCENARIOS } from '../../mocks/scenarios';"],
  ['src/domain/probe.ts', "export { useState } from 'react';"],
  ['src/domain/probe.ts', "export { http } from 'msw';"],
  ['src/domain/site-data/probe.ts', "import type { ApiError } from '../../api/errors';\nexport type E = ApiError;"],
  // api: only the domain
  ['src/api/probe.ts', "export type { Store } from '../view/store';"],
  ['src/api/probe.ts', "export { KindIcon } from '../ui/KindIcon';"],
  ['src/api/probe.ts', "export { NodeDetails } from '../features/details/NodeDetails';"],
  ['src/api/probe.ts', "export { App } from '../app/App';"],
  // view: only the domain
  ['src/view/probe.ts', "export { readApiConfig } from '../api';"],
  ['src/view/selectors/probe.ts', "export { KindIcon } from '../../ui/KindIcon';"],
  ['src/view/probe.ts', "export { TopologyTree } from '../features/tree-view/TopologyTree';"],
  ['src/view/probe.ts', "export { App } from '../app/App';"],
  // ui: only domain and view
  ['src/ui/Probe.tsx', "export { readApiConfig } from '../api';"],
  ['src/ui/Probe.tsx', "export { IssueList } from '../features/problems/IssueList';"],
  ['src/ui/Probe.tsx', "export { App } from '../app/App';"],
  // a feature: never another feature, never the app, never the mocks
  ['src/features/tree-view/Probe.tsx', "export { TopologyGraph } from '../graph/TopologyGraph';"],
  ['src/features/tree-view/Probe.tsx', "export * from '../graph';"],
  ['src/features/details/Probe.tsx', "import type { IssueCatalog } from '../problems/issue-catalog';\nexport type C = IssueCatalog;"],
  ['src/features/graph/deep/Probe.tsx', "export const load = () => import('../../search/NodeSearch');"],
  ['src/features/graph/Probe.tsx', "export { App } from '../../app/App';"],
  ['src/features/graph/Probe.tsx', "export { SCENARIOS } from '../../../mocks/scenarios';"],
  // mocks: only the domain and MSW
  ['mocks/probe.ts', "export { readApiConfig } from '../src/api';"],
  ['mocks/scenarios/probe.ts', "export { TopologyGraph } from '../../src/features/graph/TopologyGraph';"],
  ['mocks/probe.ts', "export { App } from '../src/app/App';"],
  ['mocks/probe.ts', "export type { Store } from '../src/view/store';"],
  ['mocks/probe.ts', "export { useState } from 'react';"],
  // production code never imports the mocks, except main.tsx by dynamic import
  ['src/app/App.tsx', "export { SCENARIOS } from '../../mocks/scenarios';"],
  ['src/app/App.tsx', "export const load = () => import('../../mocks/browser');"],
  ['src/app/main.tsx', "export { startMockWorker } from '../../mocks/browser';"],
  ['src/api/probe.ts', "export const load = () => import('../../mocks/browser');"],
];

describe('an import that breaks the layering is a lint error', () => {
  it.each(BREAKING)('%s: %s', async (file, code) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
  });
});

describe('imports that keep to the layering lint clean', () => {
  const KEEPING: readonly Probe[] = [
    ['src/domain/topology/probe.ts', "export { z } from 'zod/mini';\nexport { toWatts } from '../units';\nexport { deriveMicrogrid } from '../site-data';"],
    ['src/api/probe.ts', "export { parseProblem } from '../domain/topology';\nexport { useQuery } from '@tanstack/react-query';\nexport { ApiError } from './errors';"],
    ['src/view/probe.ts', "export { buildTopologyIndex } from '../domain/topology';\nexport { useSyncExternalStore } from 'react';"],
    ['src/ui/Probe.tsx', "export type { NodeKind } from '../domain/topology';\nexport type { Store } from '../view/store';"],
    [
      'src/features/tree-view/Probe.tsx',
      [
        "export { TreeItem } from './TreeItem';",
        "export { buildTopologyIndex } from '../../domain/topology';",
        "export { readApiConfig } from '../../api';",
        "export type { Store } from '../../view/store';",
        "export { KindIcon } from '../../ui/KindIcon';",
        "export const later = () => import('./TreeGroup');",
      ].join('\n'),
    ],
    ['src/app/Probe.tsx', "export { TopologyGraph } from '../features/graph';\nexport { readApiConfig } from '../api';"],
    ['src/app/main.tsx', "export const load = () => import('../../mocks/browser');"],
    ['mocks/probe.ts', "export { deriveMicrogrid } from '../src/domain/site-data';\nexport { http } from 'msw';\nexport { setupServer } from 'msw/node';\nexport { smallDepot } from './scenarios/small-depot';"],
    ['tests/unit/probe.test.ts', "export { App } from '../../src/app/App';\nexport { SCENARIOS } from '../../mocks/scenarios';"],
  ];

  it.each(KEEPING)('%s', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });
});

it('names both ends and the rule in its message', async () => {
  const [error] = await layerErrors('src/features/tree-view/Probe.tsx', "export { TopologyGraph } from '../graph/TopologyGraph';");
  expect(error!.message).toBe(
    'src/features/tree-view may not import src/features/graph: a feature imports domain, api, view and ui; never another feature nor the app, which composes them.',
  );
});
