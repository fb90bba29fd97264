/**
 * The text's check, re-run a moment after the last keystroke rather than on every one. Browsers
 * run it in a Web Worker (see `site-check-client`), so a large file never blocks typing; where
 * there is none (a test's DOM), it runs during render. Until a newer text's check arrives, the
 * previous one stays on screen and `pending` says so.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import { checkSiteText } from '../../domain/site-data';
import { checkedFile, type CheckedFile } from './site-answer';
import { createSiteCheckClient, type SiteCheckClient } from './site-check-client';
import { stampNow } from './site-check-job';
import type { EditedText } from './site-text';

export const RECHECK_AFTER_MS = 250;

const WORKERS = typeof Worker !== 'undefined';
const NOTHING_YET: CheckedFile = { answer: null, failure: null, marks: [], ranges: new Map() };

/** One check client (and worker) per mounted view; none without worker support. */
function useSiteCheckClient(): SiteCheckClient | null {
  const [client, setClient] = useState<SiteCheckClient | null>(null);
  useEffect(() => {
    if (!WORKERS) return;
    const created = createSiteCheckClient();
    // Handing the client to render is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient(created);
    return () => created.dispose();
  }, []);
  return client;
}

export function useCheckedText(text: EditedText): { checked: CheckedFile; pending: boolean } {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (settled === text) return;
    const timer = setTimeout(() => setSettled(text), RECHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text, settled]);

  const inline = useMemo(() => (WORKERS ? null : checkedFile(checkSiteText(settled.doc.toString(), { generatedAt: stampNow() }))), [settled]);
  const client = useSiteCheckClient();
  const [answered, setAnswered] = useState<{ text: EditedText; checked: CheckedFile } | null>(null);
  useEffect(() => {
    if (client === null || settled.doc.length === 0) return;
    let live = true;
    void client.check(settled).then((checked) => {
      if (!live || checked === null) return;
      // A slight change (a name edited) is drawn at once, in one short task. A new tree goes in a
      // transition: drawing a large one is split into short tasks, and typing goes first.
      if (checked.slight) setAnswered({ text: settled, checked });
      else startTransition(() => setAnswered({ text: settled, checked }));
    });
    return () => {
      live = false;
    };
  }, [client, settled]);

  if (inline !== null) return { checked: inline, pending: settled !== text };
  // An empty editor has nothing to check: no need to wait for the worker to say so.
  if (settled.doc.length === 0) return { checked: NOTHING_YET, pending: text.doc.length !== 0 };
  return { checked: answered?.checked ?? NOTHING_YET, pending: settled !== text || answered?.text !== settled };
}
