/** Bad input: one AllocationInputError naming every problem, never an uncaught TypeError. */
import { describe, expect, it } from 'vitest';
import { allocate, AllocationInputError, type AllocationInput, type PowerNode } from '../../../src/domain/allocation';

const node = (id: string, parentId: string | null, kind = 'CONNECTOR', maxPowerW: number | null = 22_080): PowerNode => ({
  id,
  parentId,
  kind,
  maxPowerW,
});
const site = [node('site', null, 'MICROGRID', null), node('cp', 'site', 'CHARGE_POINT'), node('c1', 'cp'), node('c2', 'cp')];

function problemsOf(input: unknown): readonly string[] {
  try {
    allocate(input as AllocationInput);
  } catch (error) {
    expect(error).toBeInstanceOf(AllocationInputError);
    return (error as AllocationInputError).problems;
  }
  throw new Error('expected an AllocationInputError');
}

describe('AllocationInputError', () => {
  it('names every session problem at once: unknown and non-connector targets, duplicates, bad numbers', () => {
    const problems = problemsOf({
      strategy: 'connector',
      nodes: site,
      sessions: [
        { connectorId: 'nowhere', requestedPowerW: 1_000 },
        { connectorId: 'cp', requestedPowerW: 1_000 },
        { connectorId: 'c1', requestedPowerW: 1_000 },
        { connectorId: 'c1', requestedPowerW: 2_000 },
        { connectorId: 'c2', requestedPowerW: -5 },
        { connectorId: 'c2', requestedPowerW: Number.NaN, minPowerW: Infinity, priority: 0.5 },
      ],
    });
    expect(problems).toEqual([
      'session on "nowhere": no such node',
      'session on "cp": node is of kind "CHARGE_POINT", not "CONNECTOR"',
      'several sessions on connector "c1"',
      'session on "c2": requestedPowerW must be a finite number >= 0, got -5',
      'session on "c2": requestedPowerW must be a finite number >= 0, got NaN',
      'session on "c2": minPowerW must be a finite number >= 0, got Infinity',
      'session on "c2": priority must be a whole number, got 0.5',
      'several sessions on connector "c2"',
    ]);
  });

  it('names structural problems: cycles, missing parents, duplicate ids, several roots', () => {
    const problems = problemsOf({
      strategy: 'charger',
      nodes: [
        node('site', null, 'MICROGRID', null),
        node('other-root', null, 'MICROGRID', null),
        node('loop-b', 'loop-a', 'CIRCUIT'),
        node('loop-a', 'loop-b', 'CIRCUIT'),
        node('self', 'self', 'CIRCUIT'),
        node('orphan', 'ghost'),
        node('twice', 'site'),
        node('twice', 'site'),
        node('neg', 'site', 'CIRCUIT', -1),
        { id: 'inf', parentId: 'site', kind: 'CHARGE_POINT', maxPowerW: Infinity, evseCount: 0 },
      ],
      sessions: [],
    });
    expect(problems).toEqual([
      'node "neg": maxPowerW must be a finite number >= 0 or null, got -1',
      'node "inf": maxPowerW must be a finite number >= 0 or null, got Infinity',
      'node "inf": evseCount must be a whole number >= 1, got 0',
      'duplicate node id "twice"',
      'node "orphan": parent "ghost" does not exist',
      'several roots: "other-root", "site"',
      'parent cycle: "loop-a" → "loop-b" → "loop-a"',
      'parent cycle: "self" → "self"',
    ]);
  });

  it('reports a tree with no root', () => {
    expect(problemsOf({ strategy: 'connector', nodes: [node('a', 'b'), node('b', 'a')], sessions: [] })).toEqual([
      'no root: every node has a parent',
      'parent cycle: "a" → "b" → "a"',
    ]);
    expect(problemsOf({ strategy: 'connector', nodes: [], sessions: [] })).toEqual(['no root: there are no nodes']);
  });

  it('reports input that is not the right shape at all, without throwing anything else', () => {
    expect(problemsOf(null)).toEqual(['input must be an object, got null']);
    expect(problemsOf({ strategy: 'fastest', nodes: 'all', sessions: [42] })).toEqual([
      'strategy must be "connector" or "charger", got "fastest"',
      'nodes must be an array, got "all"',
      'sessions[0]: expected an object, got 42',
    ]);
    expect(problemsOf({ strategy: 'connector', nodes: [null, { id: '' }, { id: 'r', parentId: 3, kind: 7 }], sessions: [{}] })).toEqual([
      'nodes[0]: expected an object, got null',
      'nodes[1]: id must be a non-empty string, got ""',
      'node "r": parentId must be a string or null, got 3',
      'node "r": kind must be a string, got 7',
      'sessions[0]: connectorId must be a string, got undefined',
    ]);
  });

  it('puts every problem in its message', () => {
    const error = (() => {
      try {
        allocate({ strategy: 'connector', nodes: site, sessions: [{ connectorId: 'x', requestedPowerW: -1 }] });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error?.name).toBe('AllocationInputError');
    expect(error?.message).toBe(
      'Invalid allocation input (2 problems): session on "x": requestedPowerW must be a finite number >= 0, got -1; session on "x": no such node',
    );
  });

  it('accepts an empty session list, and zero caps and requests', () => {
    const result = allocate({ strategy: 'connector', nodes: [node('site', null, 'MICROGRID', 0), node('c', 'site', 'CONNECTOR', 0)], sessions: [] });
    expect(result.sessions).toEqual([]);
    expect(result.summary).toEqual({ requestedW: 0, allocatedW: 0, unservedW: 0, admitted: 0, refused: 0, bindingNodeIds: [] });
  });
});
