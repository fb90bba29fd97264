// @vitest-environment jsdom
// Every code of the contract's catalog, produced by the mock backend from its scenario's site data,
// reaches the screen: blocking codes on the 422 view, warnings in the problems panel.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BLOCKING_CODES, WARNING_CODES } from '../../../src/domain/site-data';
import { renderApp, serveMockBackend } from './render-app';

serveMockBackend();

const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');

describe('every catalog code is shown', () => {
  it.each(BLOCKING_CODES)('%s, on the 422 view of its scenario', async (code) => {
    renderApp(`?depot=error-${kebab(code)}`);
    const issues = await screen.findByRole('region', { name: 'Problems' });
    const codes = (await within(issues).findAllByRole('listitem'))
      .map((item) => item.querySelector('code')?.textContent);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set([code]));
  });

  it('every warning, in the problems panel of the depot that has them all', async () => {
    renderApp('?depot=warnings-all');
    const region = await screen.findByRole('region', { name: 'Problems' });
    const codes = (await within(region).findAllByRole('listitem'))
      .map((item) => item.querySelector('code')?.textContent);
    expect(codes).toEqual([...WARNING_CODES].sort());
  });
});
