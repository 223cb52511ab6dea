import { Space, Tag, Typography, type TableColumnProps } from '@arco-design/web-react';
import { TRAINING_MODE_LABELS, type Locale, type OpenClassDto } from '@casmooc/domain';
import { translator, type Messages } from '../i18n/translate';

const messages = {
  'zh-CN': {
    name: '培训名称',
    org: '主办单位',
    when: '培训时间',
    mode: '培训方式',
    hours: '学时',
    closes: '报名截止',
    seats: '名额',
    seatsLeft: '剩余 {left} / 共 {capacity}',
    waitlisted: '候补 {count} 人',
    needsApproval: '需审批',
  },
  'en-US': {
    name: 'Class',
    org: 'Organiser',
    when: 'When',
    mode: 'Mode',
    hours: 'Hours',
    closes: 'Registration closes',
    seats: 'Seats',
    seatsLeft: '{left} of {capacity} left',
    waitlisted: '{count} waitlisted',
    needsApproval: 'Approval needed',
  },
} satisfies Messages;

/**
 * A class open for registration as every list shows it (可报名培训 for
 * staff, the public list of 对外公开 classes): its name, organiser, time,
 * mode, hours, when registration closes and its seats.
 */
export function openClassColumns<C extends OpenClassDto>(locale: Locale): TableColumnProps<C>[] {
  const t = translator(messages, locale);
  return [
    {
      title: t('name'),
      dataIndex: 'name',
      width: 190,
      fixed: 'left',
      render: (name: string, c) => (
        <Space direction="vertical" size={2}>
          <Typography.Text bold>{name}</Typography.Text>
          {c.registrationApproval && <Tag size="small">{t('needsApproval')}</Tag>}
        </Space>
      ),
    },
    { title: t('org'), dataIndex: 'organiser', width: 130 },
    { title: t('when'), width: 140, render: (_, c) => `${c.startAt} ~ ${c.endAt.slice(5)}` },
    { title: t('mode'), dataIndex: 'mode', width: 80, render: (m: OpenClassDto['mode']) => TRAINING_MODE_LABELS[m][locale] },
    { title: t('hours'), dataIndex: 'hours', width: 60, align: 'right' },
    { title: t('closes'), dataIndex: 'registrationTo', width: 110 },
    {
      title: t('seats'),
      width: 110,
      render: (_, c) => (
        <Space direction="vertical" size={2} data-testid={`seats-${c.id}`}>
          <span>{t('seatsLeft', { left: c.seats.left, capacity: c.seats.capacity })}</span>
          {c.seats.waitlisted > 0 && <Typography.Text type="secondary">{t('waitlisted', { count: c.seats.waitlisted })}</Typography.Text>}
        </Space>
      ),
    },
  ];
}
