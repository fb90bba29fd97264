/**
 * The text's check, re-run a moment after the last keystroke rather than on every one: a
 * 10,000-connector file takes tens of milliseconds to derive, too long to repeat per key.
 */
import { useEffect, useMemo, useState } from 'react';
import { checkSiteText } from '../../domain/site-data';
import { checkedFile, type CheckedFile } from './site-answer';

export const RECHECK_AFTER_MS = 250;

export function useCheckedText(text: string): { checked: CheckedFile; pending: boolean } {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (settled === text) return;
    const timer = setTimeout(() => setSettled(text), RECHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text, settled]);
  const checked = useMemo(() => {
    const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    return checkedFile(checkSiteText(settled, { generatedAt: stamp }));
  }, [settled]);
  return { checked, pending: settled !== text };
}
