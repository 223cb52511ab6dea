/** The events of notices: each names who may see it (the class's managers; the recipients for what concerns them). */
export const NOTICE_EVENT_TYPES = ['notice.sent', 'notice.reminded', 'notice.read', 'notice.acknowledged'] as const;
export type NoticeEventType = (typeof NOTICE_EVENT_TYPES)[number];
