/**
 * "Show raw response": the body as the server sent it, for support tickets. A body can be
 * megabytes, and laying all of it out at once blocked the page for seconds; so it is shown a page
 * at a time, formatted only when small, and the whole of it can be saved as a file.
 */
import { useId, useMemo, useState } from 'react';

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

/** How far back from a page's nominal end a line break is looked for, to end the page there. */
const LINE_SEEK = 4 * 1024;

/**
 * Where page `k` starts: at a line break shortly before `k` pages' worth when there is one (each
 * page is a block of its own, so a cut elsewhere shows as a line break that is not in the body),
 * and never inside a surrogate pair.
 */
export function pageStart(text: string, k: number): number {
  const at = k * RAW_PAGE_CHARS;
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  // Within the last few kB only: a search from `at` back through a body of one long line would
  // scan all of it, once per page on every render.
  const from = Math.max(0, at - LINE_SEEK);
  const newline = text.slice(from, at).lastIndexOf('\n');
  if (newline >= 0) return from + newline + 1;
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
const PAGE_STYLE = { display: 'block' } as const;

function RawBody({ body }: { body: string }) {
  const text = useMemo(() => (body === '' ? '(empty body)' : prettyBody(body)), [body]);
  const [pages, setPages] = useState(1);
  const shown = pageStart(text, pages);
  // One block per page: showing more lays out the new page only, where one growing text would be
  // laid out whole again on every press (a body of one long line costs most).
  const chunks = [];
  for (let k = 0; k < pages; k++) {
    chunks.push(
      <span key={k} style={PAGE_STYLE}>
        {text.slice(pageStart(text, k), pageStart(text, k + 1))}
      </span>,
    );
  }
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
