import { useId, useState } from 'react';

/** The body pretty-printed when it is JSON, verbatim otherwise. */
export function prettyBody(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
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
        {open && (
          <pre role="region" aria-label="Raw response" tabIndex={0}>
            {body === '' ? '(empty body)' : prettyBody(body)}
          </pre>
        )}
      </div>
    </div>
  );
}
