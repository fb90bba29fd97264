// @vitest-environment jsdom
/** "Show raw response" on a body of megabytes: a page at a time, and the whole as a download. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageStart, RAW_PAGE_CHARS, RawResponse } from '../../../src/features/problems/RawResponse';

afterEach(cleanup);

/** About 5 MB of JSON, the shape an error report of a large depot could take. */
function hugeBody(): string {
  const rows = Array.from({ length: 50_000 }, (_, i) => ({ id: `cp-${i}`, message: 'x'.repeat(60) }));
  return JSON.stringify({ rows });
}

const count = new Intl.NumberFormat('en-US');

describe('RawResponse', () => {
  it('shows a huge body verbatim, a page at a time', async () => {
    const body = hugeBody();
    expect(body.length).toBeGreaterThan(4_500_000);
    render(<RawResponse body={body} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show raw response' }));
    const raw = screen.getByRole('region', { name: 'Raw response' });
    expect(raw.textContent).toBe(body.slice(0, RAW_PAGE_CHARS));
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${count.format(RAW_PAGE_CHARS)} of ${count.format(body.length)} characters.`);
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(raw.textContent).toBe(body.slice(0, 2 * RAW_PAGE_CHARS));
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${count.format(2 * RAW_PAGE_CHARS)} of`);
  });

  it('shows a small body whole, pretty-printed, with no paging', async () => {
    render(<RawResponse body='{"a":1}' />);
    await userEvent.click(screen.getByRole('button', { name: 'Show raw response' }));
    expect(screen.getByRole('region', { name: 'Raw response' }).textContent).toBe('{\n  "a": 1\n}');
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('downloads the whole body as a file', async () => {
    const body = hugeBody();
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:raw';
    });
    // jsdom has no object URLs; this file's environment is its own, so they are simply added.
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('raw-response.json');
      expect(this.href).toBe('blob:raw');
    });
    render(<RawResponse body={body} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show raw response' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download raw response' }));
    expect(click).toHaveBeenCalledOnce();
    expect(blobs).toHaveLength(1);
    expect(await blobs[0]!.text()).toBe(body);
  });

  it('never cuts a page inside a surrogate pair', () => {
    const text = 'a'.repeat(RAW_PAGE_CHARS - 1) + '😀' + 'b';
    expect(pageStart(text, 1)).toBe(RAW_PAGE_CHARS - 1);
    expect(text.slice(0, pageStart(text, 1)) + text.slice(pageStart(text, 1))).toBe(text);
  });
});

describe('pageStart', () => {
  it('ends a page at a line break shortly before its nominal end, else at that end', () => {
    const lines = `${'x'.repeat(RAW_PAGE_CHARS - 100)}\n${'y'.repeat(RAW_PAGE_CHARS)}`;
    expect(pageStart(lines, 1)).toBe(RAW_PAGE_CHARS - 99);
    const far = `${'x'.repeat(100)}\n${'y'.repeat(2 * RAW_PAGE_CHARS)}`;
    expect(pageStart(far, 1)).toBe(RAW_PAGE_CHARS);
  });
});
