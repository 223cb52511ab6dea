import { useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Button, Message, Modal } from '@arco-design/web-react';
import { LabelledTabs } from '@casmooc/ui';
import { MANAGER_ROLES, type PostType, type StaffSummary } from '@casmooc/domain';
import { shellState } from '../state/shell-state';
import { useT } from '../exposed/locale';
import { AddressBookTab } from './address-book-tab';
import { DepartmentTab } from './department-tab';
import { ImportTab } from './import-tab';
import { pickerMessages } from './locale';
import { SelectionStore } from './picker-store';
import { SelectedPanel } from './selected-panel';

/** The picker's contract with every module that picks people. Keep it backwards compatible. */
export interface PeoplePickerProps {
  /** The people chosen so far. */
  value: readonly StaffSummary[];
  /** Called with the new choice when the user confirms (never on cancel). */
  onChange(people: StaffSummary[]): void;
  /** Pick several people (default) or exactly one. */
  multiple?: boolean;
  /** At most this many people. */
  max?: number;
  /** Offer only this org and its subtree (it must lie inside the user's). */
  scopeOrgId?: number;
  /** Offer only these post types. */
  postTypes?: readonly PostType[];
  title?: string;
  /** The source shown first (the manual's 其他人员添加 opens departments, 其他人员导入 the sheet import); departments by default. */
  source?: PickerSource;
}

export type PickerSource = 'departments' | 'address-book' | 'import';

export interface PeoplePickerModalProps extends PeoplePickerProps {
  visible: boolean;
  onCancel(): void;
}

/** 人员选择: pick people from the department tree, the address book or an Excel sheet. */
export const PeoplePicker = observer(function PeoplePicker(props: PeoplePickerModalProps) {
  const t = useT(pickerMessages);
  return (
    <Modal
      visible={props.visible}
      title={props.title ?? t('picker.title')}
      onCancel={props.onCancel}
      footer={null}
      unmountOnExit
      style={{ width: 1040, maxWidth: 'calc(100vw - 32px)' }}
      className="picker"
    >
      <PickerBody {...props} />
    </Modal>
  );
});

/** Mounted for each opening, so every opening starts from `value`. */
const PickerBody = observer(function PickerBody({ value, onChange, onCancel, multiple = true, max, scopeOrgId, postTypes = [], source = 'departments' }: PeoplePickerModalProps) {
  const t = useT(pickerMessages);
  const { directory, session } = shellState();
  const [selection] = useState(() => new SelectionStore(value, { multiple, max }));
  // Importing a sheet is a manager's tool (the BFF refuses it to staff): lists of people are theirs to fill.
  const canImport = multiple && session.hasRole(MANAGER_ROLES);

  const add = (people: readonly StaffSummary[]): number => {
    const { added, overMax } = selection.add(people);
    if (overMax > 0) Message.warning(t('picker.overMax', { max: max ?? 0, count: overMax }));
    return added;
  };
  const sourceProps = { client: directory, selection, add, multiple };

  return (
    <>
      <div className="picker__body">
        <LabelledTabs label={t('picker.sources')} className="picker__sources" lazyload defaultActiveTab={source === 'import' && !canImport ? 'departments' : source}>
          <LabelledTabs.TabPane key="departments" title={t('picker.tab.departments')}>
            <DepartmentTab {...sourceProps} scopeOrgId={scopeOrgId} postTypes={postTypes} />
          </LabelledTabs.TabPane>
          <LabelledTabs.TabPane key="address-book" title={t('picker.tab.addressBook')}>
            <AddressBookTab {...sourceProps} />
          </LabelledTabs.TabPane>
          {canImport && (
            <LabelledTabs.TabPane key="import" title={t('picker.tab.import')}>
              <ImportTab client={directory} add={add} />
            </LabelledTabs.TabPane>
          )}
        </LabelledTabs>
        <SelectedPanel selection={selection} max={multiple ? max : 1} />
      </div>
      <div className="picker__footer">
        <Button onClick={onCancel}>{t('picker.cancel')}</Button>
        <Button
          type="primary"
          onClick={() => {
            onChange(selection.people);
            onCancel();
          }}
        >
          {t('picker.confirm', { count: selection.count })}
        </Button>
      </div>
    </>
  );
});
