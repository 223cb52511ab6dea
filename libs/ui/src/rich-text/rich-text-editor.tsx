import { Suspense } from 'react';
import { lazyWithRetry } from '../loading/lazy-with-retry';
import type { RichTextEditorProps } from './tiptap-editor';
import './rich-text.css';

export type { RichTextEditorProps, RichTextLabels } from './tiptap-editor';

// The editor (ProseMirror and tiptap, ~70 KiB gzip) arrives when a form shows it, not with the pages that may open one.
const Editor = lazyWithRetry(() => import(/* webpackChunkName: "rich-text" */ './tiptap-editor').then((m) => m.TiptapEditor));

/** Rich text (headings, lists, tables) as a form control, value/onChange in HTML; the field keeps its room while the editor loads. */
export function RichTextEditor(props: RichTextEditorProps) {
  return (
    <Suspense fallback={<div className="rich-text rich-text--loading" aria-busy="true" />}>
      <Editor {...props} />
    </Suspense>
  );
}
