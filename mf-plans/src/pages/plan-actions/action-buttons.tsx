import { Button, Popconfirm, Space } from '@arco-design/web-react';
import type { ActionView, PlanDto } from '@casmooc/domain';
import { RuleButton } from '@casmooc/ui';
import type { PlanListKey } from '../plan-list/locale';

export type RowAction = 'edit' | 'submit' | 'publish' | 'unpublish' | 'implement' | 'revoke' | 'delete';

type T = (key: PlanListKey, vars?: Record<string, string | number>) => string;

/** A plan's actions, each enabled or disabled with the server's rule and reason (P-13); delete asks first. */
export function PlanActionButtons({ plan, t, busy, onAction }: { plan: PlanDto; t: T; busy: boolean; onAction(action: RowAction): void }) {
  const button = (action: RowAction, view: ActionView) => (
    <RuleButton key={action} view={view} busy={busy} label={t(`planList.action.${action}`)} onClick={() => onAction(action)} />
  );
  return (
    <Space size={0} wrap>
      {button('edit', plan.actions.edit)}
      {plan.editState === 'draft' || plan.approval === 'returned' ? button('submit', plan.actions.submit) : null}
      {plan.published ? button('unpublish', plan.actions.unpublish) : button('publish', plan.actions.publish)}
      {button('implement', plan.actions.implement)}
      {button('revoke', plan.actions.revoke)}
      {plan.actions.delete.allowed ? (
        <Popconfirm key="delete" title={t('planList.deleteConfirm', { name: plan.name })} onOk={() => onAction('delete')}>
          <Button type="text" size="mini" status="danger">
            {t('planList.action.delete')}
          </Button>
        </Popconfirm>
      ) : (
        <RuleButton key="delete" view={plan.actions.delete} label={t('planList.action.delete')} />
      )}
    </Space>
  );
}
