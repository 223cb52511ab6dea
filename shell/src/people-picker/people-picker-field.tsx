import { useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Button, Space, Tag, Typography } from '@arco-design/web-react';
import { IconUserAdd } from '@arco-design/web-react/icon';
import { useT } from '../exposed/locale';
import { pickerMessages } from './locale';
import { PeoplePicker, type PeoplePickerProps } from './people-picker';

/**
 * The compact variant for forms (a contact field, a notice's recipients):
 * the chosen people as removable tags and a button that opens the picker.
 */
export const PeoplePickerField = observer(function PeoplePickerField(props: PeoplePickerProps & { disabled?: boolean }) {
  const t = useT(pickerMessages);
  const [open, setOpen] = useState(false);
  const { value, onChange, disabled } = props;
  return (
    <div className="picker-field">
      <Space wrap size="mini">
        {value.length === 0 && <Typography.Text type="secondary">{t('field.placeholder')}</Typography.Text>}
        {value.map((person) => (
          <Tag key={person.id} closable={!disabled} onClose={() => onChange(value.filter((p) => p.id !== person.id))}>
            {person.name}
          </Tag>
        ))}
        <Button size="small" icon={<IconUserAdd />} disabled={disabled} onClick={() => setOpen(true)}>
          {props.title ?? t('field.choose')}
        </Button>
      </Space>
      <PeoplePicker {...props} visible={open} onCancel={() => setOpen(false)} />
    </div>
  );
});
