import { Button, Message, Popconfirm, Space, Typography } from '@arco-design/web-react';
import { IconFile } from '@arco-design/web-react/icon';
import { observer } from 'mobx-react-lite';
import { useNavigate } from 'react-router-dom';
import type { ActionView, ChainStep } from '@casmooc/domain';
import { isApiRequestError } from '@casmooc/ui';
import type { TrainingKey } from '../../locale';
import type { ClassStore } from '../../stores/class-store';

type T = (key: TrainingKey, vars?: Record<string, string | number>) => string;

const chainText = (chain: readonly ChainStep[]) => chain.map((s) => s.orgName).join(' → ');

/**
 * 编辑 / 实施 / 取消培训 (P-13): each button is enabled or disabled by the
 * server's rules, and why one is disabled is written beside them, where a
 * keyboard or a screen reader finds it too, not only in a tooltip.
 */
export const ClassActions = observer(function ClassActions({ store, t }: { store: ClassStore; t: T }) {
  const navigate = useNavigate();
  const c = store.trainingClass!;
  const { actions } = c;
  const implementLabel = c.needsApproval && c.deviationChain.length > 0 ? t('class.submit') : t('class.implement');

  const run = async (work: () => Promise<unknown>, done: () => void) => {
    try {
      await work();
      done();
    } catch (e) {
      if (isApiRequestError(e) && e.code === 'CONFLICT') {
        Message.warning(t('class.conflict'));
        await store.load();
      } else Message.error((e as Error).message);
    }
  };
  const implement = () =>
    run(
      () => store.implement(),
      () => {
        const now = store.trainingClass!;
        Message.success(now.state === 'implemented' ? t('class.implemented') : t('class.submitted', { chain: chainText(now.chain) }));
      },
    );
  const refusals = (
    [
      ['class.edit', actions.edit],
      ['class.implement', actions.implement],
      ['class.cancel', actions.cancel],
    ] as Array<[TrainingKey, ActionView]>
  ).filter(([, view]) => !view.allowed);
  // Once implemented the state says it all; before, each refusal says why.
  const shownRefusals = c.state === 'implemented' ? [] : refusals;

  return (
    <Space direction="vertical" size={4} className="class-actions">
      <Space wrap>
        <Button disabled={!actions.edit.allowed} onClick={() => navigate('edit')}>
          {t('class.edit')}
        </Button>
        <Button type="primary" disabled={!actions.implement.allowed} loading={store.running === 'implement'} onClick={() => void implement()}>
          {implementLabel}
        </Button>
        <Popconfirm title={t('class.cancelConfirm', { name: c.name })} disabled={!actions.cancel.allowed} onOk={() => run(() => store.cancel(), () => Message.success(t('class.cancelled')))}>
          <Button status="danger" disabled={!actions.cancel.allowed} loading={store.running === 'cancel'}>
            {t('class.cancel')}
          </Button>
        </Popconfirm>
        <Button icon={<IconFile />} onClick={() => navigate('report')}>
          {t('class.report')}
        </Button>
      </Space>
      {shownRefusals.map(([key, view]) => (
        <Typography.Text key={key} type="secondary" className="class-actions__why" data-testid={`why-${key}`}>
          {t('class.whyNot', { action: t(key), reason: view.allowed ? '' : view.reason })}
        </Typography.Text>
      ))}
    </Space>
  );
});
