/**
 * Waits, frame by frame, until `read()` has given the same answer for `frames` frames in a row:
 * the end of a move, or of a burst of renders. Returns that answer. Fails after `limit` frames,
 * so a view that never settles fails the test instead of passing by timing.
 */
import { act } from '@testing-library/react';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export async function untilStable<T>(read: () => T, frames = 4, limit = 240): Promise<T> {
  let last = JSON.stringify(read());
  let same = 0;
  for (let i = 0; i < limit; i++) {
    await act(nextFrame);
    const now = JSON.stringify(read());
    same = now === last ? same + 1 : 0;
    last = now;
    if (same >= frames) return read();
  }
  throw new Error(`Still changing after ${limit} frames: ${last}`);
}
