import { describe, expect, it } from 'vitest';
import { describeIssueCode, helpedCodes, issueHelp } from '../../../src/domain/topology';
import { BLOCKING_CODES, SHARED_SOURCE_CODE, WARNING_CODES } from '../../../src/domain/site-data';

// The contract's catalog, both tables: the derivation's lists plus the codes it names beyond them.
const CATALOG = [...BLOCKING_CODES, SHARED_SOURCE_CODE, ...WARNING_CODES, 'PHASE_ROTATION_UNKNOWN'];

describe('help for every code of the catalog', () => {
  it.each(CATALOG)('%s says what it means, the usual cause and the fix', (code) => {
    const help = issueHelp(code);
    expect(help).not.toBeNull();
    for (const text of [help!.meaning, help!.cause, help!.fix]) expect(text).toMatch(/^[A-Z].{15,}[.)]$/s);
    expect(describeIssueCode(code)).toBe(help!.meaning);
  });

  it('explains exactly the catalog', () => {
    expect([...helpedCodes()].sort()).toEqual([...new Set(CATALOG)].sort());
  });

  it('tells support to resync when the grid-connection nodes are out of sync', () => {
    expect(issueHelp('GRID_CONNECTION_CIRCUIT_NOT_TOP_LEVEL')!.fix).toMatch(/run Resync on the microgrid/);
    expect(issueHelp('GRID_CONNECTION_CIRCUIT_SHARED')!.fix).toMatch(/Resync/);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'FLUX_CAPACITOR_OFFLINE', ''])('has nothing for %j', (code) => {
    expect(issueHelp(code)).toBeNull();
    expect(describeIssueCode(code)).toBeNull();
  });
});
