import { useState } from 'react';
import { Button } from '@arco-design/web-react';
import { IconUser } from '@arco-design/web-react/icon';
import type { StaffSummary } from '@casmooc/domain';
import { PeoplePicker } from './people-picker';

/**
 * 选择联系人 beside a form's contact fields: opens the picker for one
 * person and hands them back (the form fills the contact's name and phone).
 */
export function ContactPickButton({ title, disabled, onPick }: { title: string; disabled?: boolean; onPick(person: StaffSummary): void }) {
  const [picking, setPicking] = useState(false);
  return (
    <>
      <Button icon={<IconUser />} disabled={disabled} onClick={() => setPicking(true)}>
        {title}
      </Button>
      <PeoplePicker visible={picking} multiple={false} value={[]} title={title} onCancel={() => setPicking(false)} onChange={([person]) => person && onPick(person)} />
    </>
  );
}
