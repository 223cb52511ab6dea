import { useRef, useState } from 'react';
import { Button, List, Message, Popconfirm, Space, Typography } from '@arco-design/web-react';
import { IconDelete, IconFile, IconUpload } from '@arco-design/web-react/icon';
import { ATTACHMENT_EXTENSIONS, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MEGABYTES, MAX_ATTACHMENTS, type AttachmentDto, type Locale } from '@casmooc/domain';
import { translator, type Messages } from '../i18n/translate';

const messages = {
  'zh-CN': {
    upload: '上传附件',
    uploading: '正在上传…',
    remove: '删除',
    removeConfirm: '删除附件“{name}”？',
    empty: '暂无附件',
    hint: `支持 ${ATTACHMENT_EXTENSIONS.join('、')}，每个不超过 ${MAX_ATTACHMENT_MEGABYTES} MB，最多 ${MAX_ATTACHMENTS} 个`,
    tooLarge: `附件不能超过 ${MAX_ATTACHMENT_MEGABYTES} MB`,
    wrongType: `附件须为 ${ATTACHMENT_EXTENSIONS.join('、')} 文件`,
  },
  'en-US': {
    upload: 'Upload',
    uploading: 'Uploading…',
    remove: 'Remove',
    removeConfirm: 'Remove the attachment “{name}”?',
    empty: 'No attachments',
    hint: `${ATTACHMENT_EXTENSIONS.join(', ')}; at most ${MAX_ATTACHMENT_MEGABYTES} MB each, ${MAX_ATTACHMENTS} in all`,
    tooLarge: `An attachment may be at most ${MAX_ATTACHMENT_MEGABYTES} MB`,
    wrongType: `Attachments must be ${ATTACHMENT_EXTENSIONS.join(', ')} files`,
  },
} satisfies Messages;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** How a list's attachments are changed: uploaded to, removed from (where they may be: evidence in the hours record is kept), and the list told of either. */
export interface AttachmentEdits {
  add(file: File): Promise<AttachmentDto>;
  remove?(id: number): Promise<void>;
  onChange(items: AttachmentDto[]): void;
}

export interface AttachmentListProps {
  /** The attachments, or null while they load. */
  items: AttachmentDto[] | null;
  /** Where the browser downloads one (the session cookie goes with it). */
  url(id: number): string;
  /** Upload and remove; without, download links only. */
  edits?: AttachmentEdits;
  locale: Locale;
}

/**
 * Attachments (a plan's funding materials, P-9; a notice's, T-5): download
 * links, and upload and remove where they may be changed. The browser
 * checks size and extension for a quick answer; the server reads the
 * bytes and decides.
 */
export function AttachmentList({ items, url, edits, locale }: AttachmentListProps) {
  const t = translator(messages, locale);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = async (edits: AttachmentEdits, file: File) => {
    const extension = file.name.toLowerCase().split('.').pop() ?? '';
    if (!ATTACHMENT_EXTENSIONS.includes(extension)) return Message.error(t('wrongType'));
    if (file.size > MAX_ATTACHMENT_BYTES) return Message.error(t('tooLarge'));
    setBusy(true);
    try {
      const added = await edits.add(file);
      edits.onChange([...(items ?? []), added]);
    } catch (e) {
      Message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (edits: AttachmentEdits, item: AttachmentDto) => {
    try {
      await edits.remove?.(item.id);
      edits.onChange((items ?? []).filter((a) => a.id !== item.id));
    } catch (e) {
      Message.error((e as Error).message);
    }
  };

  return (
    <div className="attachments" data-testid="attachments">
      {edits && (
        <Space style={{ marginBottom: 8 }}>
          <input
            ref={input}
            type="file"
            hidden
            accept={ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(edits, file);
            }}
          />
          <Button icon={<IconUpload />} loading={busy} disabled={(items?.length ?? 0) >= MAX_ATTACHMENTS} onClick={() => input.current?.click()}>
            {busy ? t('uploading') : t('upload')}
          </Button>
          <Typography.Text type="secondary">{t('hint')}</Typography.Text>
        </Space>
      )}
      {items?.length === 0 ? (
        // Not an empty Arco list: its role="list" may not hold a lone message.
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('empty')}
        </Typography.Paragraph>
      ) : (
        <List
          size="small"
          loading={items === null}
          dataSource={items ?? []}
          render={(item) => (
            <List.Item
              key={item.id}
              // In `extra`, not `actions`: Arco writes actions as <li> outside any list.
              extra={
                edits?.remove && (
                  <Popconfirm title={t('removeConfirm', { name: item.name })} onOk={() => remove(edits, item)}>
                    <Button type="text" size="mini" status="danger" icon={<IconDelete />} aria-label={`${t('remove')} ${item.name}`} />
                  </Popconfirm>
                )
              }
            >
              <Space>
                <IconFile />
                <a href={url(item.id)} download={item.name}>
                  {item.name}
                </a>
                <Typography.Text type="secondary">
                  {size(item.size)} · {item.uploadedBy}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
