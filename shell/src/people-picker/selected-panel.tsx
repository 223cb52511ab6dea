import { observer } from 'mobx-react-lite';
import { Button, Empty, List, Typography } from '@arco-design/web-react';
import { IconClose } from '@arco-design/web-react/icon';
import type { StaffSummary } from '@casmooc/domain';
import { useT } from '../exposed/locale';
import { pickerMessages } from './locale';
import type { SelectionStore } from './picker-store';

/** The people chosen so far, each removable, and a way to start over. */
export const SelectedPanel = observer(function SelectedPanel({ selection, max }: { selection: SelectionStore; max?: number }) {
  const t = useT(pickerMessages);
  return (
    <div className="picker__selected" aria-live="polite">
      <div className="picker__selected-head">
        <Typography.Text bold data-testid="picker-count">
          {max ? t('picker.selectedMax', { count: selection.count, max }) : t('picker.selected', { count: selection.count })}
        </Typography.Text>
        <Button type="text" size="mini" disabled={selection.count === 0} onClick={() => selection.clear()}>
          {t('picker.clear')}
        </Button>
      </div>
      {selection.count === 0 ? (
        <Empty description={t('picker.noneSelected')} />
      ) : (
        <List
          size="small"
          dataSource={selection.people}
          virtualListProps={{ height: 380, threshold: 100 }}
          render={(person: StaffSummary) => (
            <List.Item
              key={person.id}
              className="picker__chosen"
              extra={
                <Button
                  type="text"
                  size="mini"
                  icon={<IconClose />}
                  aria-label={t('picker.remove', { name: person.name })}
                  onClick={() => selection.remove([person.id])}
                />
              }
            >
              <span className="picker__name">{person.name}</span>
              <Typography.Text type="secondary" className="picker__meta">
                {person.orgName}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  );
});
