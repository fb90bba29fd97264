/** Bad allocator input: the message names every problem found, not only the first. */
export class AllocationInputError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`Invalid allocation input (${problems.length} ${noun}): ${problems.join('; ')}`);
    this.name = 'AllocationInputError';
    this.problems = problems;
  }
}

/** JSON quoting keeps odd ids (empty, spaces, quotes) readable in a message. */
export const quote = (value: unknown): string => {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Plain UTF-16 code-unit order: what any backend's default string sort gives. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
