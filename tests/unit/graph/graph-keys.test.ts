import { describe, expect, it } from 'vitest';
import { asNodeId } from '../../../src/domain/topology';
import { drawnTree, graphKeyAction, normalisedKey, topologyOrder, typeAheadMatch, TypeAhead } from '../../../src/features/graph/graph-keys';
import { layoutTree } from '../../../src/features/graph/layout';
import { smallDepot } from '../../fixtures/graph';
import { indexOf } from '../../fixtures/index-of';

const index = indexOf(smallDepot);
const order = topologyOrder(index);

describe('type-ahead', () => {
  it('searches the whole topology in tree order, by name or OCPP id, from the focused node on', () => {
    expect(order).toEqual(['mg-1', 'gc-1', 'bat-1', 'circ-a', 'cp-14', 'cp-14-1', 'cp-14-2', 'cp-15', 'cp-15-1']);
    expect(typeAheadMatch(index, order, asNodeId('mg-1'), 'ocpp-0015')).toBe('cp-15');
    expect(typeAheadMatch(index, order, asNodeId('mg-1'), 'CH-01')).toBe('cp-14');
    // A longer text may stay where it is; one letter moves on, and repeating it steps through.
    expect(typeAheadMatch(index, order, asNodeId('cp-14'), 'CH-01')).toBe('cp-14');
    expect(typeAheadMatch(index, order, asNodeId('cp-14'), 'c')).toBe('cp-15');
    expect(typeAheadMatch(index, order, asNodeId('cp-14'), 'cc')).toBe('cp-15');
    // It wraps round.
    expect(typeAheadMatch(index, order, asNodeId('cp-15'), 'north')).toBe('mg-1');
    expect(typeAheadMatch(index, order, asNodeId('mg-1'), 'nothing like it')).toBeNull();
  });

  it('keeps characters typed without a pause as one text', () => {
    const typed = new TypeAhead(1000);
    expect(typed.active(0)).toBe(false);
    expect(typed.push('W', 0)).toBe('W');
    expect(typed.active(500)).toBe(true);
    expect(typed.push('E', 500)).toBe('WE');
    expect(typed.push('L', 2000)).toBe('L');
    typed.reset();
    expect(typed.active(2001)).toBe(false);
  });
});

describe('keys', () => {
  const layout = layoutTree(index, { has: () => false });
  const ctx = { index, layout, drawn: drawnTree(layout), expanded: new Set(index.nodes.keys()) };

  it('reads the keypad and = as plus and minus', () => {
    expect(normalisedKey('+', 'NumpadAdd')).toBe('+');
    expect(normalisedKey('-', 'NumpadSubtract')).toBe('-');
    expect(normalisedKey('=', 'Equal')).toBe('+');
  });

  it('maps each key to its move on the drawn tree', () => {
    expect(graphKeyAction('ArrowLeft', 'circ-a', ctx)).toEqual({ type: 'focus', id: 'gc-1' });
    expect(graphKeyAction('ArrowLeft', 'mg-1', ctx)).toBeNull();
    expect(graphKeyAction('ArrowRight', 'circ-a', ctx)).toEqual({ type: 'focus', id: 'cp-14' });
    expect(graphKeyAction('ArrowUp', 'circ-a', ctx)).toEqual({ type: 'focus', id: 'bat-1' });
    expect(graphKeyAction('Home', 'cp-15', ctx)).toEqual({ type: 'focus', id: 'cp-14' });
    expect(graphKeyAction('End', 'cp-14', ctx)).toEqual({ type: 'focus', id: 'cp-15' });
    expect(graphKeyAction('-', 'cp-14', ctx)).toEqual({ type: 'collapse', id: 'cp-14' });
    expect(graphKeyAction('+', 'cp-14', ctx)).toBeNull(); // already open
    expect(graphKeyAction('-', 'cp-14-1', ctx)).toBeNull(); // a leaf
    expect(graphKeyAction('Enter', 'cp-14', ctx)).toEqual({ type: 'select', id: 'cp-14' });
    expect(graphKeyAction(' ', 'cp-14', ctx)).toEqual({ type: 'select', id: 'cp-14' });
    expect(graphKeyAction('Escape', 'cp-14', ctx)).toEqual({ type: 'clear' });
  });

  it('expands a collapsed node on Right and enters its first child', () => {
    const closed = new Set([...index.nodes.keys()].filter((id) => id !== 'cp-14'));
    const folded = layoutTree(index, { has: (id) => id === 'cp-14' });
    const c = { index, layout: folded, drawn: drawnTree(folded), expanded: closed };
    expect(graphKeyAction('ArrowRight', 'cp-14', c)).toEqual({ type: 'expand', id: 'cp-14', focus: 'cp-14-1' });
    expect(graphKeyAction('+', 'cp-14', c)).toEqual({ type: 'expand', id: 'cp-14' });
  });
});
