/** Parent-link cycles, for the message that names every problem in a tree that is not one. */
import { quote } from './errors';

/** Every parent-link cycle, each once, written from its smallest id. */
export function findCycles(parent: Int32Array, ids: readonly string[]): string[] {
  const state = new Uint8Array(parent.length); // 0 unseen, 1 on the current walk, 2 settled
  const cycles: string[] = [];
  const walk: number[] = [];
  for (let start = 0; start < parent.length; start++) {
    let v = start;
    while (v >= 0 && state[v] === 0) {
      state[v] = 1;
      walk.push(v);
      v = parent[v]!;
    }
    if (v >= 0 && state[v] === 1) {
      const members = walk.slice(walk.indexOf(v));
      // Indices follow id order, so the smallest index is the smallest id.
      // A loop, not Math.min(...members): a cycle can be longer than a call may take arguments.
      let first = 0;
      for (let i = 1; i < members.length; i++) if (members[i]! < members[first]!) first = i;
      const loop = [...members.slice(first), ...members.slice(0, first)];
      cycles.push(`parent cycle: ${[...loop, loop[0]!].map((i) => quote(ids[i])).join(' → ')}`);
    }
    for (const w of walk) state[w] = 2;
    walk.length = 0;
  }
  return cycles;
}
