import { describe, expect, it } from 'vitest';
import { BIG_STEP, clampWidth, DETAILS_WIDTH, STEP, TREE_WIDTH, widthAfterKey } from '../../../src/app/panel-width';

describe("a side panel's width", () => {
  it('starts between its limits', () => {
    for (const limits of [TREE_WIDTH, DETAILS_WIDTH]) {
      expect(limits.initial).toBeGreaterThan(limits.min);
      expect(limits.initial).toBeLessThan(limits.max);
    }
  });

  it('is kept within its limits, in whole px', () => {
    expect(clampWidth(TREE_WIDTH.min - 50, TREE_WIDTH)).toBe(TREE_WIDTH.min);
    expect(clampWidth(TREE_WIDTH.max + 50, TREE_WIDTH)).toBe(TREE_WIDTH.max);
    expect(clampWidth(300.4, TREE_WIDTH)).toBe(300);
  });

  it('grows by the arrow pointing away from the panel, a step at a time (bigger with Shift)', () => {
    const w = TREE_WIDTH.initial;
    // The tree is left of its splitter: right widens it.
    expect(widthAfterKey('ArrowRight', false, w, TREE_WIDTH, 'ArrowRight')).toBe(w + STEP);
    expect(widthAfterKey('ArrowLeft', false, w, TREE_WIDTH, 'ArrowRight')).toBe(w - STEP);
    expect(widthAfterKey('ArrowRight', true, w, TREE_WIDTH, 'ArrowRight')).toBe(w + BIG_STEP);
    // The details are right of theirs: left widens them.
    const d = DETAILS_WIDTH.initial;
    expect(widthAfterKey('ArrowLeft', false, d, DETAILS_WIDTH, 'ArrowLeft')).toBe(d + STEP);
    expect(widthAfterKey('ArrowRight', false, d, DETAILS_WIDTH, 'ArrowLeft')).toBe(d - STEP);
  });

  it('stops at the limits; Home and End go to them, Enter back to the first width', () => {
    expect(widthAfterKey('ArrowRight', true, TREE_WIDTH.max - 1, TREE_WIDTH, 'ArrowRight')).toBe(TREE_WIDTH.max);
    expect(widthAfterKey('ArrowLeft', true, TREE_WIDTH.min + 1, TREE_WIDTH, 'ArrowRight')).toBe(TREE_WIDTH.min);
    expect(widthAfterKey('Home', false, 400, TREE_WIDTH, 'ArrowRight')).toBe(TREE_WIDTH.min);
    expect(widthAfterKey('End', false, 400, TREE_WIDTH, 'ArrowRight')).toBe(TREE_WIDTH.max);
    expect(widthAfterKey('Enter', false, 400, TREE_WIDTH, 'ArrowRight')).toBe(TREE_WIDTH.initial);
  });

  it('leaves other keys alone', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Tab', 'a', ' ']) expect(widthAfterKey(key, false, 300, TREE_WIDTH, 'ArrowRight')).toBeNull();
  });
});
