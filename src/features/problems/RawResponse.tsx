/**
 * "Show raw response": the body as the server sent it, for support tickets. A body can be
 * megabytes, and laying all of it out at once blocked the page for seconds; so it is shown a page
 * at a time, formatted only when small, and the whole of it can be saved as a file.
 */
import { Fragment, useId, useMemo, useState } from 'react';

/** Characters per page: a problem body fits whole, and a page lays out in a few milliseconds. */
export const RAW_PAGE_CHARS = 64 * 1024;
/** JSON up to this long is pretty-printed; a longer body is shown as received (parsing it costs). */
export const PRETTY_MAX_CHARS = 64 * 1024;

/** The body pretty-printed when it is small JSON, verbatim otherwise. */
export function prettyBody(raw: string): string {
  if (raw.length > PRETTY_MAX_CHARS) return raw;
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

/** Where page `k` starts, moved back one place rather than split a surrogate pair. */
export function pageStart(text: string, k: number): number {
  const at = k * RAW_PAGE_CHARS;
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff ? at - 1 : at;
}

const looksLikeJson = (body: string) => /^\s*[[{]/.test(body.slice(0, 256));

function download(body: string): void {
  const json = looksLikeJson(body);
  const url = URL.createObjectURL(new Blob([body], { type: json ? 'application/json' : 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = json ? 'raw-response.json' : 'raw-response.txt';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download the click just started; a large file needs a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const count = new Intl.NumberFormat('en-US');

function RawBody({ body }: { body: string }) {
  const text = useMemo(() => (body === '' ? '(empty body)' : prettyBody(body)), [body]);
  const [pages, setPages] = useState(1);
  const shown = pageStart(text, pages);
  // One text node per page, so showing more appends a page instead of re-rendering all of them.
  const chunks = [];
  for (let k = 0; k < pages; k++) chunks.push(<Fragment key={k}>{text.slice(pageStart(text, k), pageStart(text, k + 1))}</Fragment>);
  return (
    <>
      <pre role="region" aria-label="Raw response" tabIndex={0}>
        {chunks}
      </pre>
      <p className="problem-actions">
        {shown < text.length && (
          <>
            <span role="status">
              Showing {count.format(shown)} of {count.format(text.length)} characters.
            </span>
            <button type="button" onClick={() => setPages((p) => p + 1)}>
              Show more
            </button>
          </>
        )}
        <button type="button" onClick={() => download(body)}>
          Download raw response
        </button>
      </p>
    </>
  );
}

/** A "Show raw response" disclosure; the body is rendered only once opened. */
export function RawResponse({ body }: { body: string | null }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (body === null) return null;
  return (
    <div className="raw-response">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide raw response' : 'Show raw response'}
      </button>
      <div id={id} hidden={!open}>
        {open && <RawBody body={body} />}
      </div>
    </div>
  );
}
