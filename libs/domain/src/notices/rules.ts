import { academyMinute } from '../calendar/academy-time';
import { ALLOWED, refuse as refuseWith, type Decision } from '../rules/decision';

export type NoticeRule = 'T-5';
const refuse = refuseWith<NoticeRule>;

/** 提醒未读 at most this often per notice. */
export const REMIND_INTERVAL_MINUTES = 10;

/** The time of day in the Academy. */
const clock = (d: Date) => academyMinute(d).slice(11);

/** T-5 提醒未读: someone must still be unread, and the last reminder be long enough ago (rate-limited). */
export function remindDecision(lastRemindedAt: Date | null, unread: number, now: Date): Decision<NoticeRule> {
  if (unread === 0) return refuse('T-5', '所有接收人都已阅读，无需提醒', 'Everyone has read it');
  if (lastRemindedAt) {
    const next = new Date(lastRemindedAt.getTime() + REMIND_INTERVAL_MINUTES * 60_000);
    if (now < next) return refuse('T-5', `${REMIND_INTERVAL_MINUTES} 分钟内只能提醒一次，请于 ${clock(next)} 后再试`, `One reminder per ${REMIND_INTERVAL_MINUTES} minutes: try again after ${clock(next)} (China time)`);
  }
  return ALLOWED;
}

/** T-5 确认收到: only where the notice asks it; acknowledging twice changes nothing. */
export function acknowledgeDecision(askAck: boolean): Decision<NoticeRule> {
  return askAck ? ALLOWED : refuse('T-5', '该通知不需要确认收到', 'This notice asks for no acknowledgement');
}
