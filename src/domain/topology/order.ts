/**
 * Orderings shared by the app, the derivation and the tests. Each is total, so the same data
 * sorts the same way whatever order it arrived in.
 */
import type { TopologyIssueWire } from './schema';

/** Plain UTF-16 code-unit order, as the contract specifies for issue ordering. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/** Natural order for display ("cp-2" before "cp-10"), tie-broken by code units so it is total. */
export function compareIds(a: string, b: string): number {
  return natural.compare(a, b) || compareCodeUnits(a, b);
}

// A Map: issues reach this unparsed too (the derivation sorts wire issues), so a severity is any string.
const SEVERITY_RANK: ReadonlyMap<string, number> = new Map([['error', 0], ['warning', 1]]);

/** The contract's issue order: errors before warnings, then code, entity type, entity id. */
export function compareIssues(a: TopologyIssueWire, b: TopologyIssueWire): number {
  return (
    (SEVERITY_RANK.get(a.severity) ?? 2) - (SEVERITY_RANK.get(b.severity) ?? 2) ||
    compareCodeUnits(a.code, b.code) ||
    compareCodeUnits(a.entity.type, b.entity.type) ||
    compareCodeUnits(a.entity.id, b.entity.id)
  );
}
