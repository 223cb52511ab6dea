import { noticeInputSchema } from './schemas';
import { acknowledgeDecision, remindDecision, REMIND_INTERVAL_MINUTES } from './rules';

const reason = (d: { allowed: boolean; reason?: { 'zh-CN': string } }) => (d.allowed ? 'allowed' : d.reason!['zh-CN']);

describe('T-5 提醒未读 is rate-limited', () => {
  const last = new Date('2026-12-02T02:00:00Z'); // 10:00 in Beijing
  it('refuses while the interval runs, saying when it may be sent', () => {
    expect(reason(remindDecision(last, 3, new Date('2026-12-02T02:09:59Z')))).toBe(`${REMIND_INTERVAL_MINUTES} 分钟内只能提醒一次，请于 10:10 后再试 (T-5)`);
  });
  it('allows after the interval, and the first reminder at any time', () => {
    expect(remindDecision(last, 3, new Date('2026-12-02T02:10:00Z')).allowed).toBe(true);
    expect(remindDecision(null, 3, last).allowed).toBe(true);
  });
  it('has nobody to remind when everyone read it', () => {
    expect(reason(remindDecision(null, 0, last))).toBe('所有接收人都已阅读，无需提醒 (T-5)');
  });
});

describe('T-5 确认收到', () => {
  it('only where the notice asks for it', () => {
    expect(acknowledgeDecision(true).allowed).toBe(true);
    expect(acknowledgeDecision(false).allowed).toBe(false);
  });
});

describe('T-5 a notice goes to someone', () => {
  it('people picked, everyone registered, or both; not nobody', () => {
    expect(noticeInputSchema.safeParse({ title: '开班通知', staffIds: [3] }).success).toBe(true);
    expect(noticeInputSchema.safeParse({ title: '开班通知', toRegistered: true }).success).toBe(true);
    const nobody = noticeInputSchema.safeParse({ title: '开班通知' });
    expect(nobody.success).toBe(false);
    expect(nobody.error!.issues[0].path).toEqual(['staffIds']);
    expect(noticeInputSchema.safeParse({ title: ' ', toRegistered: true }).success).toBe(false);
  });
});
