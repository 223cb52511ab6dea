import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Form, Input, Message, Modal, Space, Typography } from '@arco-design/web-react';
import type { Locale, PlanDto, TemplateDto } from '@casmooc/domain';
import type { PlansClient } from '../../api/plans-client';
import { ComposeModal } from './compose-modal';
import { planReuseMessages, type PlanReuseKey } from './locale';
import { translator } from '@casmooc/ui';

/**
 * 引用计划 (M-3): 直接引用计划 and 信息合成新计划 make a new draft (opened
 * in the form), 生成计划模板 saves the plan as a template. Each is enabled
 * by its rule; a refusal is written out.
 */
export function ReuseActions({ plan, client, locale }: { plan: PlanDto; client: PlansClient; locale: Locale }) {
  const t = translator(planReuseMessages, locale) as (key: PlanReuseKey, vars?: Record<string, string | number>) => string;
  const navigate = useNavigate();
  const [composing, setComposing] = useState(false);
  const [naming, setNaming] = useState(false);
  const [busy, setBusy] = useState<'copy' | 'template' | null>(null);
  const [form] = Form.useForm<{ name: string }>();
  const { copy, makeTemplate } = plan.actions;

  const openDraft = (draft: PlanDto, message: string) => {
    Message.success(message);
    navigate(`/plans/${draft.id}/edit`);
  };
  const fail = (e: unknown) => Message.error((e as Error).message);

  const onCopy = async () => {
    setBusy('copy');
    try {
      openDraft(await client.copy(plan), t('copied'));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };
  const onCompose = async (template: TemplateDto) => {
    try {
      openDraft(await client.compose(plan, template.id), t('composed'));
    } catch (e) {
      fail(e);
    }
  };
  const onMakeTemplate = async () => {
    const values = await form.validate().catch(() => null);
    if (!values) return;
    setBusy('template');
    try {
      const saved = await client.makeTemplate(plan, values.name);
      setNaming(false);
      Message.success({ content: t('saved', { name: saved.name }) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space direction="vertical" size={4} className="plan-reuse">
      <Space wrap>
        <Button disabled={!copy.allowed} loading={busy === 'copy'} onClick={() => void onCopy()}>
          {t('copy')}
        </Button>
        <Button disabled={!copy.allowed} onClick={() => setComposing(true)}>
          {t('compose')}
        </Button>
        <Button disabled={!makeTemplate.allowed} onClick={() => setNaming(true)}>
          {t('makeTemplate')}
        </Button>
        <Button type="text" onClick={() => navigate('/templates')}>
          {t('openTemplates')}
        </Button>
      </Space>
      {!copy.allowed && <Typography.Text type="secondary">{t('whyNot', { action: t('copy'), reason: copy.reason })}</Typography.Text>}
      <ComposeModal plan={plan} client={client} t={t} locale={locale} visible={composing} onCancel={() => setComposing(false)} onCompose={onCompose} />
      <Modal
        visible={naming}
        title={t('template.title')}
        okText={t('template.ok')}
        cancelText={t('cancel')}
        okButtonProps={{ loading: busy === 'template' }}
        onOk={() => void onMakeTemplate()}
        onCancel={() => setNaming(false)}
        unmountOnExit
      >
        <Typography.Paragraph type="secondary">{t('template.hint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ name: `${plan.name}${t('template.suffix')}` }}>
          <Form.Item field="name" label={t('template.name')} rules={[{ required: true, message: t('required') }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
