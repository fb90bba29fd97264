/**
 * "Check a site file": a site-data JSON file, dropped, picked or pasted, judged in the browser by
 * the same derivation as the backend, and shown as the backend's answer would be. Nothing is
 * uploaded. The file sits in an editor where each issue is marked; choosing an issue (a click, F8,
 * a link's `problem=`) moves the cursor to it, and an edit is judged again as the user types.
 */
import { lazy, Suspense, useCallback, useMemo, useState, type DragEvent, type ReactNode } from 'react';
import { buildTopologyIndex, problemsOfTopology } from '../../domain/topology';
import { downloadText } from '../../ui/download';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useUrlParam } from '../../view';
import type { SiteAnswer } from './site-answer';
import { useCheckedText } from './use-checked-text';
import { createEditLog, type ChangedSpan, type TextSource } from './site-text';
import './site-file.css';

const SiteEditor = lazy(() => import('./SiteEditor'));

export interface SiteFileWorkbenchProps {
  /** Draws the answer as the app draws the backend's: the topology screen, or the 422 view. */
  renderAnswer: (answer: SiteAnswer) => ReactNode;
}

/** The pointer of the problem at `position`, in the order the problems panel lists them. */
function pointerOf(answer: SiteAnswer, position: number): string | null {
  if (answer.kind === 'problem') return answer.problem.errors?.[position]?.pointer ?? null;
  return problemsOfTopology(buildTopologyIndex(answer.topology))[position]?.pointer ?? null;
}

export default function SiteFileWorkbench({ renderAnswer }: SiteFileWorkbenchProps) {
  const [log] = useState(createEditLog);
  const [text, setText] = useState(() => log.load(''));
  const [fileName, setFileName] = useState<string | null>(null);
  const [load, setLoad] = useState({ text: '', version: 0 });
  const [readError, setReadError] = useState<string | null>(null);
  const { checked, pending } = useCheckedText(text);
  const problem = useUrlParam('problem');

  const open = async (file: File) => {
    try {
      const content = await file.text();
      setReadError(null);
      setFileName(file.name);
      setText(log.load(content));
      setLoad((l) => ({ text: content, version: l.version + 1 }));
    } catch (error) {
      setReadError(`The file ${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void open(file);
  };

  // The chosen problem's place in the text, once per choice (not again after each edit): state
  // adjusted while rendering, as React advises for a value that follows a prop.
  const { answer, ranges } = checked;
  const [movedFor, setMovedFor] = useState<number | null>(null);
  const [cursor, setCursor] = useState<{ from: number; to: number; nonce: number } | null>(null);
  if (problem !== movedFor && answer !== null) {
    setMovedFor(problem);
    const pointer = problem === null ? null : pointerOf(answer, problem);
    const range = pointer === null ? null : ranges.get(pointer);
    if (range) setCursor({ from: range.from, to: range.to, nonce: (cursor?.nonce ?? 0) + 1 });
  }

  const onEdit = useCallback((doc: TextSource, span: ChangedSpan) => setText(log.edit(doc, span)), [log]);
  const empty = text.doc.length === 0;
  const answerView = useMemo(() => (answer === null ? null : renderAnswer(answer)), [answer, renderAnswer]);

  return (
    <section className="site-file" aria-labelledby="site-file-heading">
      <div className="site-file-source" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <h2 id="site-file-heading">Check a site file</h2>
        <p className="site-file-intro">
          Drop a site-data JSON file here, pick one, or paste it into the editor. It is checked in this browser by the same rules
          as the backend; nothing is uploaded.
        </p>
        <div className="site-file-actions">
          <label className="site-file-pick">
            <span>Site data file</span>
            <input
              type="file"
              aria-label="Site data file"
              accept=".json,application/json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void open(file);
                e.target.value = '';
              }}
            />
          </label>
          <button type="button" disabled={empty} onClick={() => downloadText(fileName ?? 'site-data.json', text.doc.toString())}>
            Download the file
          </button>
          <span className="site-file-state" role="status">
            {pending ? 'Checking…' : empty ? '' : fileName ? `Checked ${fileName} as edited.` : 'Checked.'}
          </span>
        </div>
        {readError && <p role="alert">{readError}</p>}
        {checked.failure && (
          <div className="site-file-failure" role="alert">
            <p>{checked.failure.title}</p>
            {checked.failure.details.length > 0 && (
              <ul>
                {checked.failure.details.map((d) => (
                  <li key={d}>
                    <code>{d}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <ErrorBoundary label="The editor">
          <Suspense fallback={<p role="status">Loading the editor…</p>}>
            <SiteEditor load={load} onChange={onEdit} marks={checked.marks} cursor={cursor} />
          </Suspense>
        </ErrorBoundary>
      </div>
      <div className="site-file-answer" aria-label="What the backend would answer" role="region">
        {answerView ?? <p className="site-file-empty">The answer for the file will show here.</p>}
      </div>
    </section>
  );
}
