// @vitest-environment jsdom
/**
 * The tree and the graph on one view store, as the topology screen composes them: a collapse or a
 * selection made in either shows in both.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TopologyGraph } from '../../../src/features/graph';
import { TopologyTree } from '../../../src/features/tree-view';
import { smallDepot } from '../../fixtures/graph';
import { indexOf } from '../../fixtures/index-of';
import { InView } from '../../support/in-view';

afterEach(cleanup);

function renderBoth() {
  render(
    <InView index={indexOf(smallDepot)}>
      <TopologyTree />
      <TopologyGraph />
    </InView>,
  );
}

const graphNode = (name: RegExp) => screen.findByRole('group', { name });
const treeItem = (name: RegExp) => screen.getByRole('treeitem', { name });

describe('one view store for the tree and the graph', () => {
  it('collapses Bay A in the graph when it is collapsed in the tree, and opens it in the tree from the graph', async () => {
    const user = userEvent.setup();
    renderBoth();
    await graphNode(/^Connector Left plug/);
    expect(treeItem(/^Circuit Bay A/)).toHaveAttribute('aria-expanded', 'true');

    act(() => treeItem(/^Circuit Bay A/).focus());
    await user.keyboard('{ArrowLeft}');
    expect(treeItem(/^Circuit Bay A/)).toHaveAttribute('aria-expanded', 'false');
    const bayA = await graphNode(/^Circuit Bay A,.*collapsed/);
    expect(screen.queryByRole('group', { name: /^Charger CH-014/ })).not.toBeInTheDocument();

    await user.click(within(bayA).getByRole('button', { name: /^Show / }));
    expect(await graphNode(/^Charger CH-014/)).toBeInTheDocument();
    expect(treeItem(/^Circuit Bay A/)).toHaveAttribute('aria-expanded', 'true');
  });

  it('selects in the tree what was chosen in the graph', async () => {
    const user = userEvent.setup();
    renderBoth();
    const charger = await graphNode(/^Charger CH-015/);
    act(() => charger.focus());
    await user.keyboard('{Enter}');
    expect(charger).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('treeitem', { selected: true })).toHaveAccessibleName(/^Charger CH-015/);
  });
});
