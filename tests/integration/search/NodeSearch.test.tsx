// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NodeSearch } from '../../../src/features/search/NodeSearch';
import { generateDepot } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';
import { InView } from '../../support/in-view';

afterEach(cleanup);

// 1 × 1 × 60 chargers × 2 connectors: chargers "Charger 1".."Charger 60", OCPP ids OCPP-00001..
const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 60, connectorsPerCharger: 2 }));

function setup() {
  const user = userEvent.setup();
  const onSelect = vi.fn();
  render(<InView index={index} onSelect={onSelect}><NodeSearch /></InView>);
  return { user, onSelect, box: screen.getByRole('combobox', { name: 'Find a node' }) };
}

describe('NodeSearch', () => {
  it('lists matches by name, id and OCPP id, with kind and id', async () => {
    const { user, box } = setup();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'ocpp-00042');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Matching nodes' });
    expect(box).toHaveAttribute('aria-controls', list.id);
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Charger 42');
    expect(options[0]).toHaveTextContent('Charger · cp-42 · OCPP OCPP-00042');
    expect(screen.getByRole('status')).toHaveTextContent('1 match');

    await user.clear(box);
    await user.type(box, 'cp-42-c');
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Connector 1Connector · cp-42-c1',
      'Connector 2Connector · cp-42-c2',
    ]);
  });

  it('chooses with the arrow keys and Enter', async () => {
    const { user, box, onSelect } = setup();
    await user.type(box, 'charger 1');
    // "Charger 1" exactly by name first, then the prefixes "Charger 10".."Charger 19" in tree order
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('Charger 1Charger');
    expect(options[1]).toHaveTextContent('Charger 10');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('cp-10');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('chooses the best match on Enter, and with a click', async () => {
    const { user, box, onSelect } = setup();
    await user.type(box, 'CP-7{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('cp-7');
    await user.clear(box);
    await user.type(box, 'Charger 33');
    await user.click(screen.getByRole('option', { name: /Charger 33/ }));
    expect(onSelect).toHaveBeenLastCalledWith('cp-33');
  });

  it('shows the first 50 and says how many more', async () => {
    const { user, box } = setup();
    await user.type(box, 'connector');
    expect(screen.getAllByRole('option')).toHaveLength(50);
    expect(screen.getByText('and 70 more')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('120 matches, showing the first 50');
  });

  it('closes on Escape, then clears on a second Escape, and says when nothing matches', async () => {
    const { user, box, onSelect } = setup();
    await user.type(box, 'zzz');
    expect(screen.getByRole('status')).toHaveTextContent('No matching nodes');
    await user.clear(box);
    await user.type(box, 'cp-5');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(box).toHaveValue('cp-5');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(onSelect).not.toHaveBeenCalled();
  });
});
