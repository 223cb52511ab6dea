import { useState } from 'react';
import { Button, Form, Input, Radio, Space } from '@arco-design/web-react';
import { FUNDING_CHOICE_LABELS, FUNDING_CHOICES, VERDICT_LABELS, type DecisionInput, type FundingChoice, type Locale, type Verdict } from '@casmooc/domain';
import type { T } from './locale';

/** The manual's order of the three decisions. */
const VERDICT_ORDER: readonly Verdict[] = ['reject', 'approve', 'return'];

export interface DecisionFormProps {
  /** The org whose comment this is: "计算机网络信息中心意见". */
  levelOrgName: string;
  /** approving here asks whether to support the funding. */
  fundingChoice: boolean;
  /** A batch approves; one item may be decided any way. */
  verdicts?: readonly Verdict[];
  t: T;
  locale: Locale;
  onSubmit(decision: DecisionInput): Promise<void>;
  onCancel(): void;
}

interface Values {
  verdict: Verdict;
  funding?: FundingChoice;
  comment?: string;
}

/** 审批意见: the decision, the funding choice where it applies, and the comment (required to return or reject, A-1). */
export function DecisionForm({ levelOrgName, fundingChoice, verdicts = VERDICT_ORDER, t, locale, onSubmit, onCancel }: DecisionFormProps) {
  const [form] = Form.useForm<Values>();
  // Nothing is chosen for the approver, unless there is only one thing to choose (批量审批通过).
  const [verdict, setVerdict] = useState<Verdict | undefined>(verdicts.length === 1 ? verdicts[0] : undefined);
  const [busy, setBusy] = useState(false);
  const askFunding = fundingChoice && verdict === 'approve';

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      await onSubmit({ verdict: values.verdict, comment: values.comment?.trim() ?? '', funding: askFunding ? values.funding : null });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ verdict }} onValuesChange={(changed) => changed.verdict && setVerdict(changed.verdict)} onSubmit={submit}>
      <Form.Item field="verdict" label={t('decision.verdict')} rules={[{ required: true, message: t('decision.verdict.required') }]}>
        <Radio.Group type="button" options={verdicts.map((v) => ({ value: v, label: VERDICT_LABELS[v][locale] }))} />
      </Form.Item>
      {askFunding && (
        <Form.Item field="funding" label={t('decision.funding')} rules={[{ required: true, message: t('decision.funding.required') }]}>
          <Radio.Group options={FUNDING_CHOICES.map((c) => ({ value: c, label: FUNDING_CHOICE_LABELS[c][locale] }))} />
        </Form.Item>
      )}
      <Form.Item
        field="comment"
        label={t('decision.comment', { org: levelOrgName })}
        rules={[{ required: verdict !== undefined && verdict !== 'approve', message: t('decision.comment.required') }, { maxLength: 500 }]}
      >
        <Input.TextArea placeholder={t('decision.comment.placeholder', { org: levelOrgName })} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showWordLimit />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('decision.submit')}
        </Button>
        <Button onClick={onCancel}>{t('decision.back')}</Button>
      </Space>
    </Form>
  );
}
