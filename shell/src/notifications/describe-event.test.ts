import { PLAN_EVENT_TYPES, type DomainEvent } from '@casmooc/domain';
import { translator } from '@casmooc/ui';
import { shellMessages } from '../locale';
import { describeEvent, eventLink } from './describe-event';

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
    expect(eventLink(event('plan.submitted', {}))).toBe('/approvals');
    expect(eventLink(event('plan.deleted', {}))).toBeNull();
  });

  it('has words for every plan event, in both languages', () => {
    for (const type of PLAN_EVENT_TYPES) {
      expect(describeEvent(event(type, { name: 'x' }), zh, 'zh-CN')).not.toContain('event.');
      expect(describeEvent(event(type, { name: 'x' }), en, 'en-US')).not.toContain('event.');
    }
  });
});
