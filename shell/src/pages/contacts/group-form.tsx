import { useState } from 'react';
import { Form, Input, Modal } from '@arco-design/web-react';
import { isApiRequestError } from '@casmooc/ui';
import { useT } from '../../exposed/locale';
import { contactsMessages } from './locale';

interface Props {
  visible: boolean;
  title: string;
  initialName?: string;
  onSubmit(name: string): Promise<void>;
  onCancel(): void;
}

/** Create or rename a group; the server's reason (a taken name) shows on the field. */
export function GroupForm({ visible, title, initialName = '', onSubmit, onCancel }: Props) {
  const t = useT(contactsMessages);
  const [form] = Form.useForm<{ name: string }>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    // Invalid input stays in the form with its message; nothing to send.
    const values = await form.validate().catch(() => null);
    if (!values) return;
    const { name } = values;
    setSaving(true);
    try {
      await onSubmit(name.trim());
    } catch (e) {
      const message = isApiRequestError(e) ? (e.fields?.name ?? e.message) : String(e);
      form.setFields({ name: { value: name, error: { message } } });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal visible={visible} title={title} onOk={submit} onCancel={onCancel} confirmLoading={saving} unmountOnExit>
      <Form form={form} layout="vertical" onSubmit={submit} initialValues={{ name: initialName }}>
        <Form.Item label={t('contacts.groupName')} field="name" rules={[{ required: true, validator: (v, cb) => cb(v?.trim() ? undefined : t('contacts.groupName.required')) }]}>
          <Input placeholder={t('contacts.groupName.placeholder')} maxLength={50} showWordLimit autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
