/**
 * The site file in a JSON editor (CodeMirror 6), loaded only when the site-file view opens. Every
 * issue with a place in the text is marked there; `cursor` moves the selection to a place and
 * scrolls it into view. The editor owns its text: `load` replaces it (a new file), and each edit
 * is reported through `onChange`.
 */
import { json } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { EditorView, basicSetup } from 'codemirror';
import { tags } from '@lezer/highlight';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { EditorMark } from './site-answer';
import type { ChangedSpan } from './site-text';

export interface SiteEditorProps {
  /** Text to load; a new `version` replaces what the editor holds. */
  load: { text: string; version: number };
  /** Each edit: the document now (read it only where needed) and the span the edit changed. */
  onChange: (doc: Text, span: ChangedSpan) => void;
  marks: readonly EditorMark[];
  /** Where to put the cursor; a new `nonce` moves it again to the same place. */
  cursor: { from: number; to: number; nonce: number } | null;
}

function clamp(mark: { from: number; to: number }, length: number) {
  const from = Math.min(Math.max(mark.from, 0), length);
  return { from, to: Math.min(Math.max(mark.to, from), length) };
}

/** JSON's tokens in the theme's colours (theme.css), readable in the light and the dark theme. */
const JSON_HIGHLIGHT = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--code-property)' },
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: tags.number, color: 'var(--code-number)' },
  { tag: [tags.bool, tags.null, tags.atom, tags.keyword], color: 'var(--code-atom)' },
  { tag: [tags.punctuation, tags.separator, tags.brace, tags.squareBracket], color: 'var(--code-punctuation)' },
  { tag: tags.invalid, color: 'var(--error)' },
]);

export default function SiteEditor({ load, onChange, marks, cursor }: SiteEditorProps) {
  const host = useRef<HTMLDivElement | null>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      doc: '',
      extensions: [
        basicSetup,
        json(),
        syntaxHighlighting(JSON_HIGHLIGHT),
        EditorView.lineWrapping,
        // tabindex says outright what contenteditable implies, so checkers see the scroller's content is reachable.
        EditorView.contentAttributes.of({ 'aria-label': 'Site data', tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged || update.transactions.some((t) => t.isUserEvent('load'))) return;
          // Not the whole text: writing out a large file on every keystroke would slow typing. The
          // changed ranges come in order; one span from the first to the last holds them all.
          let from = -1;
          let to = 0;
          let end = 0;
          update.changes.iterChangedRanges((fromA, toA, _fromB, toB) => {
            if (from === -1) from = fromA;
            to = toA;
            end = toB;
          });
          if (from !== -1) onChangeRef.current(update.state.doc, { from, to, end });
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: load.text }, userEvent: 'load' });
  }, [load]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const length = editor.state.doc.length;
    const diagnostics: Diagnostic[] = marks.map((m) => ({ ...clamp(m, length), severity: m.severity, message: m.message, source: 'site check' }));
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [marks]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || cursor === null) return;
    const { from, to } = clamp(cursor, editor.state.doc.length);
    editor.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
  }, [cursor]);

  return <div ref={host} className="site-editor" />;
}
