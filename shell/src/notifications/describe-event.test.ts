import { CLASS_EVENT_TYPES, HOURS_EVENT_TYPES, PLAN_EVENT_TYPES, TEMPLATE_EVENT_TYPES, type DomainEvent } from '@casmooc/domain';
import { translator } from '@casmooc/ui';
import { shellMessages } from '../locale';
import { describeEvent, eventLink, isNotable } from './describe-event';

const event = (type: string, payload: object): DomainEvent => ({ id: 1, type, orgPath: '/1/', subject: 'plan:1', payload, actorId: 2, createdAt: '2026-11-28T00:00:00Z' });

describe('describeEvent', () => {
  const zh = translator(shellMessages, 'zh-CN');
  const en = translator(shellMessages, 'en-US');

  it('says what a decision was, with the funding choice when there was one', () => {
    expect(describeEvent(event('plan.decided', { name: '研修班', levelOrgName: '计算机网络信息中心', verdict: 'return' }), zh, 'zh-CN')).toBe('《研修班》：计算机网络信息中心驳回修改');
    expect(describeEvent(event('plan.decided', { name: '研修班', levelOrgName: 'CNIC', verdict: 'approve', funding: 'drop' }), en, 'en-US')).toBe('“研修班”: CNIC — Approve without funding');
  });

  it('names other plan changes, and shows unknown events by type', () => {
    expect(describeEvent(event('plan.submitted', { name: '研修班' }), zh, 'zh-CN')).toBe('计划《研修班》已上报审批');
    expect(describeEvent(event('mf-registry.updated', {}), zh, 'zh-CN')).toBe('mf-registry.updated');
    expect(eventLink(event('plan.submitted', {}), true)).toBe('/approvals');
    expect(eventLink(event('plan.deleted', {}), true)).toBeNull();
  });

  it('a class’s events lead to its page, its submission to 下级培训审批', () => {
    expect(describeEvent(event('class.hours-confirmed', { id: 7, name: '研修班', count: 3 }), zh, 'zh-CN')).toBe('培训《研修班》确认了 3 人的学时');
    expect(eventLink(event('class.submitted', { id: 7 }), true)).toBe('/approvals/classes');
    expect(eventLink(event('class.decided', { id: 7 }), true)).toBe('/training/classes/7');
    expect(eventLink(event('class.cancelled', { id: 7 }), true)).toBeNull();
  });

  it('a template’s events lead to its form, but not once it is deleted', () => {
    expect(describeEvent(event('template.shared', { id: 4, name: '研修班' }), zh, 'zh-CN')).toBe('共享了计划模板《研修班》');
    expect(eventLink(event('template.shared', { id: 4 }), true)).toBe('/templates/4/edit');
    expect(eventLink(event('template.deleted', { id: 4 }), true)).toBeNull();
  });

  it('the record’s changes lead staff to 我的学时 and managers to the person’s record', () => {
    const recorded = event('hours.recorded', { staffId: 12, title: '全国科研管理年会', hours: 12 });
    expect(describeEvent(recorded, zh, 'zh-CN')).toBe('学时档案记入“全国科研管理年会” 12 学时');
    expect(eventLink(recorded, false)).toBe('/training/hours');
    expect(eventLink(recorded, true)).toBe('/training/hours/people/12');
    expect(eventLink(event('class.hours-confirmed', { id: 7 }), false)).toBe('/training/hours');
    expect(eventLink(event('class.hours-confirmed', { id: 7 }), true)).toBe('/training/classes/7');
    expect(describeEvent(event('hours.requirement-changed', { orgName: '计算机网络信息中心' }), zh, 'zh-CN')).toBe('计算机网络信息中心调整了年度学时要求');
  });

  it('has words for every plan, class, template and hours event, in both languages', () => {
    for (const type of [...PLAN_EVENT_TYPES, ...CLASS_EVENT_TYPES, ...TEMPLATE_EVENT_TYPES, ...HOURS_EVENT_TYPES]) {
      expect(describeEvent(event(type, { name: 'x' }), zh, 'zh-CN')).not.toContain('event.');
      expect(describeEvent(event(type, { name: 'x' }), en, 'en-US')).not.toContain('event.');
    }
  });
  it('a registration leads its managers to the class, staff to 我的培训; seat counts are not for the bell', () => {
    const declined = event('registration.declined', { id: 7, name: '保密培训', count: 1, reason: '名额已满' });
    expect(describeEvent(declined, zh, 'zh-CN')).toBe('培训《保密培训》的报名未通过（1 人）：名额已满');
    expect(eventLink(declined, true)).toBe('/training/classes/7');
    expect(eventLink(declined, false)).toBe('/training/mine');
    expect(isNotable(event('seats.changed', { id: 7 }))).toBe(false);
    expect(isNotable(event('certificate.issued', { staffId: 7 }))).toBe(false);
    expect(isNotable(declined)).toBe(true);
    const alert = event('registration.under-subscribed', { id: 7, name: '保密培训', count: 9 });
    expect(describeEvent(alert, zh, 'zh-CN')).toBe('培训《保密培训》报名即将截止，仍有 9 个名额空余');
    expect(describeEvent(alert, en, 'en-US')).toBe('Registration for “保密培训” closes soon with 9 seats still free');
    expect(eventLink(alert, true)).toBe('/training/classes/7');
  });
});
