import { useEffect, useMemo, useState } from 'react';
import { Empty, Modal, Select, Table, Tag, Typography } from '@arco-design/web-react';
import { composePlan, planFieldText, planInputOf, PLAN_FIELD_LABELS, PLAN_INPUT_FIELDS, TEMPLATE_SOURCE_LABELS, type Locale, type PlanDto, type TemplateDto } from '@casmooc/domain';
import type { PlansClient } from '../../api/plans-client';
import type { PlanReuseKey } from './locale';

type T = (key: PlanReuseKey, vars?: Record<string, string | number>) => string;

/**
 * 信息合成新计划 (M-3): choose a template, see field by field what the new
 * plan will be and where each value comes from, then create it. The
 * preview is the same rule the server applies.
 */
export function ComposeModal({ plan, client, t, locale, visible, onCancel, onCompose }: {
  plan: PlanDto;
  client: PlansClient;
  t: T;
  locale: Locale;
  visible: boolean;
  onCancel(): void;
  onCompose(template: TemplateDto): Promise<void>;
}) {
  const [templates, setTemplates] = useState<TemplateDto[]>([]);
  const [chosen, setChosen] = useState<TemplateDto | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (visible) void client.templates().then((page) => setTemplates(page.items));
  }, [visible, client]);

  const preview = useMemo(() => (chosen ? composePlan(planInputOf(plan), chosen, new Date()) : null), [plan, chosen]);
  const rows = preview
    ? PLAN_INPUT_FIELDS.filter((f) => f !== 'orgId' && f !== 'materials').map((field) => ({ field, value: preview.plan[field], source: preview.sources[field] ?? 'plan' }))
    : [];

  return (
    <Modal
      visible={visible}
      title={t('compose.title')}
      okText={t('compose.ok')}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: !chosen, loading: busy }}
      onCancel={onCancel}
      onOk={async () => {
        setBusy(true);
        try {
          await onCompose(chosen!);
        } finally {
          setBusy(false);
        }
      }}
      style={{ width: 760, maxWidth: 'calc(100vw - 32px)' }}
      unmountOnExit
    >
      {templates.length === 0 ? (
        <Empty description={t('compose.none')} />
      ) : (
        <>
          <Select
            showSearch
            placeholder={t('compose.placeholder')}
            aria-label={t('compose.template')}
            style={{ width: '100%' }}
            filterOption={(input, option) => String((option as { props?: { extra?: string } })?.props?.extra ?? '').includes(input)}
            onChange={(id: number) => setChosen(templates.find((x) => x.id === id) ?? null)}
          >
            {templates.map((x) => (
              <Select.Option key={x.id} value={x.id} extra={x.name}>
                {x.name}
                {x.sharedBy && <Typography.Text type="secondary">（{t('compose.shared', { org: x.sharedBy })}）</Typography.Text>}
              </Select.Option>
            ))}
          </Select>
          {preview && (
            <>
              <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
                {t('compose.preview')}
              </Typography.Paragraph>
              <Table
                size="small"
                rowKey="field"
                pagination={false}
                data={rows}
                data-testid="compose-preview"
                columns={[
                  { title: t('compose.field'), width: 160, render: (_, r) => PLAN_FIELD_LABELS[r.field][locale] },
                  { title: t('compose.value'), render: (_, r) => planFieldText(r.field, r.value, locale) },
                  {
                    title: t('compose.source'),
                    width: 110,
                    render: (_, r) => <Tag color={r.source === 'template' ? 'arcoblue' : 'gray'}>{TEMPLATE_SOURCE_LABELS[r.source][locale]}</Tag>,
                  },
                ]}
              />
            </>
          )}
        </>
      )}
    </Modal>
  );
}
