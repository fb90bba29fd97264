import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the text `text()` gives, written only when asked; says whether it worked, since a clipboard may be refused. */
export function CopyIssuesButton({ text }: { text: () => string }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-issues">
      <button type="button" onClick={() => void copy()}>
        Copy issues
      </button>
      <span role="status" className="copy-issues-status">
        {state === 'copied' && 'Issues copied to the clipboard.'}
        {state === 'failed' && 'The clipboard is not available; download the issues or copy them from the raw response instead.'}
      </span>
    </span>
  );
}
