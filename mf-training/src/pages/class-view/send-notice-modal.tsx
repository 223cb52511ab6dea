import { useMemo, useState } from 'react';
import { Checkbox, Form, Input, Message, Modal } from '@arco-design/web-react';
import { MAX_PICKED_STAFF, NOTICE_TITLE_MAX, type AttachmentDto, type Locale, type NoticeDto, type StaffSummary } from '@casmooc/domain';
import { AttachmentList, isApiRequestError, RichTextEditor, type AttachmentEdits } from '@casmooc/ui';
import { PeoplePickerField } from 'shell/people-picker';
import type { NoticeClient } from '../../api/notice-client';
import type { NoticeKey } from '../inbox/locale';

type T = (key: NoticeKey, vars?: Record<string, string | number>) => string;

/**
 * 发送通知 (T-5): title, rich text, attachments, 确认收到, and whom: people
 * picked and/or everyone registered. Closed unsent, it keeps what was
 * written and uploaded for the next time it opens.
 */
export function SendNoticeModal({ client, classId, visible, onClose, onSent, t, locale }: { client: NoticeClient; classId: number; visible: boolean; onClose(): void; onSent(notice: NoticeDto): void; t: T; locale: Locale }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<AttachmentDto[]>([]);
  const edits = useMemo<AttachmentEdits>(() => ({ add: (file) => client.attach(classId, file), remove: (id) => client.discard(classId, id), onChange: setFiles }), [client, classId]);
  const [askAck, setAskAck] = useState(false);
  const [people, setPeople] = useState<StaffSummary[]>([]);
  const [toRegistered, setToRegistered] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const send = async () => {
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = t('form.required.title');
    if (people.length === 0 && !toRegistered) problems.staffIds = t('form.required.recipients');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      const notice = await client.send(classId, { title: title.trim(), body, askAck, attachmentIds: files.map((f) => f.id), staffIds: people.map((p) => p.id), toRegistered });
      Message.success(t('notices.sent', { count: notice.counts.sent }));
      setTitle('');
      setBody('');
      setFiles([]);
      setPeople([]);
      onSent(notice);
    } catch (e) {
      // The server's field errors go on their fields; nothing typed is lost.
      if (isApiRequestError(e) && e.fields) setErrors(e.fields);
      else Message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const status = (field: string) => (errors[field] ? { validateStatus: 'error' as const, help: errors[field] } : {});
  return (
    <Modal title={t('form.title')} visible={visible} onCancel={onClose} onOk={() => void send()} okText={t('form.submit')} cancelText={t('form.cancel')} confirmLoading={busy} style={{ width: 760, maxWidth: '92vw' }} autoFocus={false}>
      <Form layout="vertical" className="send-notice">
        <Form.Item label={t('form.noticeTitle')} required field="title" {...status('title')}>
          <Input value={title} maxLength={NOTICE_TITLE_MAX} showWordLimit placeholder={t('form.titlePlaceholder')} onChange={setTitle} />
        </Form.Item>
        <Form.Item label={t('form.body')} {...status('body')}>
          <RichTextEditor
            name={t('form.body')}
            value={body}
            onChange={setBody}
            labels={{ bold: t('editor.bold'), italic: t('editor.italic'), heading: t('editor.heading'), bulletList: t('editor.bulletList'), orderedList: t('editor.orderedList'), table: t('editor.table'), undo: t('editor.undo'), redo: t('editor.redo') }}
          />
        </Form.Item>
        <Form.Item label={t('form.attachments')} {...status('attachmentIds')}>
          <AttachmentList items={files} url={(id) => client.unsentUrl(classId, id)} edits={edits} locale={locale} />
        </Form.Item>
        <Form.Item label={t('form.recipients')} required {...status('staffIds')}>
          <Checkbox checked={toRegistered} onChange={setToRegistered} style={{ marginBottom: 8 }}>
            {t('form.toRegistered')}
          </Checkbox>
          <PeoplePickerField value={people} onChange={setPeople} max={MAX_PICKED_STAFF} title={t('form.pick')} />
        </Form.Item>
        <Checkbox checked={askAck} onChange={setAskAck}>
          {t('form.askAck')}
        </Checkbox>
      </Form>
    </Modal>
  );
}
