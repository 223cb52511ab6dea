import { useMemo, useState } from 'react';
import { Button, Card, Form, InputNumber, Message, Space, Statistic, Typography } from '@arco-design/web-react';
import { NUMBER_LIMITS, type ClassReportDto } from '@casmooc/domain';
import { EChart } from '@casmooc/ui';
import type { ReportT } from './locale';

const yuan = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** T-7: the budget planned (the plan's, the class's) against what was spent; the spending is recorded here once the class took place. */
export function BudgetCard({ report, t, onRecord }: { report: ClassReportDto; t: ReportT; onRecord(spent: number | null): Promise<void> }) {
  const { plan, planned, spent } = report.budget;
  const [amount, setAmount] = useState<number | undefined>(spent ?? undefined);
  const [busy, setBusy] = useState(false);
  const items = useMemo(
    () => [
      { label: t('report.budget.plan'), value: plan },
      { label: t('report.budget.planned'), value: planned },
      { label: t('report.budget.spent'), value: spent },
    ],
    [plan, planned, spent, t],
  );
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'category', inverse: true, data: items.map((i) => i.label) },
      series: [{ type: 'bar', barMaxWidth: 18, data: items.map((i) => i.value ?? 0), itemStyle: { color: '#00b42a' }, label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => (items[p.dataIndex].value === null ? '—' : yuan(items[p.dataIndex].value!)) } }],
    }),
    [items],
  );
  const save = async () => {
    setBusy(true);
    try {
      await onRecord(amount ?? null);
      Message.success(t('report.budget.saved'));
    } catch (e) {
      Message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const { recordSpending } = report.actions;
  return (
    <Card title={t('report.budget')} className="class-report__card">
      <div className="class-report__split">
        <Space direction="vertical" size={12}>
          <Space size={32} wrap>
            {items.map((i) => (
              <Statistic key={i.label} title={i.label} value={i.value === null ? t('report.budget.notYet') : yuan(i.value)} />
            ))}
          </Space>
          {spent !== null && <Typography.Text type={spent > planned ? 'error' : 'success'}>{spent > planned ? t('report.budget.over', { amount: yuan(spent - planned) }) : t('report.budget.balance', { amount: yuan(planned - spent) })}</Typography.Text>}
          <Form layout="inline" className="no-print" onSubmit={() => void save()}>
            <Form.Item label={t('report.budget.amount')} disabled={!recordSpending.allowed} extra={recordSpending.allowed ? undefined : recordSpending.reason}>
              <InputNumber aria-label={t('report.budget.amount')} min={0} max={NUMBER_LIMITS.budget} precision={2} value={amount} onChange={(v) => setAmount(v ?? undefined)} style={{ width: 180 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} disabled={!recordSpending.allowed}>
              {t('report.budget.save')}
            </Button>
          </Form>
        </Space>
        <EChart option={option} height={140} label={t('report.chart.budget', { items: items.map((i) => `${i.label} ${i.value === null ? t('report.budget.notYet') : t('report.yuan', { amount: yuan(i.value) })}`).join('，') })} />
      </div>
    </Card>
  );
}
