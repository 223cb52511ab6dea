import { useState } from 'react';
import { Message, Modal } from '@arco-design/web-react';
import type { PlanDto } from '@casmooc/domain';
import { isApiRequestError } from '@casmooc/ui';
import type { PlanListKey } from '../plan-list/locale';
import type { RowAction } from './action-buttons';
import { RevokeModal } from './revoke-modal';

type T = (key: PlanListKey, vars?: Record<string, string | number>) => string;

export interface PlanActionsOptions {
  t: T;
  /** Runs an action on the server; errors are thrown. */
  act(plan: PlanDto, action: Exclude<RowAction, 'edit'>, reason?: string): Promise<void>;
  /** Reads the plan(s) again after someone else changed them (409). */
  reload(): void;
  edit(plan: PlanDto): void;
}

/**
 * What the list and the plan view do with an action: run it, say how it
 * went, ask the reason to revoke, and ask before implementing (it cannot
 * be taken back, and a project plan becomes a training class).
 */
export function usePlanActions({ t, act, reload, edit }: PlanActionsOptions) {
  const [revoking, setRevoking] = useState<PlanDto | null>(null);
  // In the tree, so the confirmation follows the portal's language and theme.
  const [modal, modalHolder] = Modal.useModal();

  const run = async (plan: PlanDto, action: Exclude<RowAction, 'edit'>, reason?: string) => {
    try {
      await act(plan, action, reason);
      Message.success(t('planList.done', { action: t(`planList.action.${action}`) }));
      return true;
    } catch (e) {
      if (isApiRequestError(e) && e.code === 'CONFLICT') {
        Message.warning(t('planList.conflict'));
        reload();
      } else {
        Message.error((e as Error).message);
      }
      return false;
    }
  };

  const onAction = (plan: PlanDto, action: RowAction) => {
    if (action === 'edit') return edit(plan);
    if (action === 'revoke') return setRevoking(plan);
    if (action === 'implement') {
      modal.confirm?.({
        title: t('planList.implement.title', { name: plan.name }),
        content: t(plan.kind === 'project' ? 'planList.implement.project' : 'planList.implement.other'),
        okText: t('planList.action.implement'),
        onOk: () => run(plan, action),
      });
      return;
    }
    void run(plan, action);
  };

  const actionModals = (
    <>
      {modalHolder}
      <RevokeModal
        plan={revoking}
        t={t}
        onCancel={() => setRevoking(null)}
        onRevoke={async (plan, reason) => {
          if (await run(plan, 'revoke', reason)) setRevoking(null);
        }}
      />
    </>
  );
  return { onAction, actionModals };
}
