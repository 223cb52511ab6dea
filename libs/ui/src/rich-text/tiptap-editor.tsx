import { useEffect } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { Button, Divider, Space, Tooltip } from '@arco-design/web-react';
import { IconBold, IconItalic, IconOrderedList, IconRedo, IconUndo, IconUnorderedList, IconH2 } from '@arco-design/web-react/icon';

export interface RichTextLabels {
  bold: string;
  italic: string;
  heading: string;
  bulletList: string;
  orderedList: string;
  table: string;
  undo: string;
  redo: string;
}

export interface RichTextEditorProps {
  /** What the text is, for screen readers (the field's label). */
  name: string;
  value?: string;
  onChange?(html: string): void;
  labels: RichTextLabels;
  placeholder?: string;
}

/**
 * Rich text with headings, lists and tables, as the funding materials need
 * (the server sanitises whatever arrives), and the text of 培训通知. A form
 * control: value/onChange in HTML. Loaded on its own (`./rich-text-editor`).
 */
export function TiptapEditor({ name, value = '', onChange, labels }: RichTextEditorProps) {
  const editor = useEditor({
    extensions: [StarterKit, TableKit.configure({ table: { resizable: false } })],
    content: value,
    editorProps: { attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': name } },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });

  // A value set from outside (a loaded plan) replaces the content; typing does not loop back.
  useEffect(() => {
    if (editor && value !== editor.getHTML() && !(value === '' && editor.isEmpty)) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  if (!editor) return null;
  const tool = (label: string, icon: JSX.Element, run: () => void, active = false) => (
    <Tooltip content={label} mini>
      <Button size="mini" type={active ? 'secondary' : 'text'} icon={icon} aria-label={label} onClick={run} />
    </Tooltip>
  );
  const chain = () => editor.chain().focus();
  return (
    <div className="rich-text">
      <Space size={2} className="rich-text__toolbar" wrap>
        {tool(labels.bold, <IconBold />, () => chain().toggleBold().run(), editor.isActive('bold'))}
        {tool(labels.italic, <IconItalic />, () => chain().toggleItalic().run(), editor.isActive('italic'))}
        {tool(labels.heading, <IconH2 />, () => chain().toggleHeading({ level: 2 }).run(), editor.isActive('heading', { level: 2 }))}
        {tool(labels.bulletList, <IconUnorderedList />, () => chain().toggleBulletList().run(), editor.isActive('bulletList'))}
        {tool(labels.orderedList, <IconOrderedList />, () => chain().toggleOrderedList().run(), editor.isActive('orderedList'))}
        <Divider type="vertical" />
        <Button size="mini" type="text" onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
          {labels.table}
        </Button>
        <Divider type="vertical" />
        {tool(labels.undo, <IconUndo />, () => chain().undo().run())}
        {tool(labels.redo, <IconRedo />, () => chain().redo().run())}
      </Space>
      <EditorContent editor={editor} className="rich-text__content" />
    </div>
  );
}
