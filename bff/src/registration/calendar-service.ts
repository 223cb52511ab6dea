import crypto from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import { TRAINING_MODE_LABELS, type Locale } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import type { ClassRepository, StoredClass } from '../training/class-repository';
import type { CalendarFeedRepository } from './calendar-repository';
import type { RegistrationRepository } from './repository';

export interface CalendarDeps {
  feeds: CalendarFeedRepository;
  registrations: RegistrationRepository;
  classes: ClassRepository;
}

export interface CalendarFeedStatus {
  enabled: boolean;
  createdAt: string | null;
}

const hashOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
/** A class time (Academy time, `YYYY-MM-DD HH:mm`) as the moment it is. */
const moment = (time: string) => new Date(`${time.replace(' ', 'T')}:00+08:00`).getTime();

/**
 * One calendar entry per class: a stable UID, and the class's version as
 * SEQUENCE (it grows with every change), so a calendar app updates the
 * entry it has; a class cancelled, or left, is no longer in the feed.
 */
function eventOf(c: StoredClass, locale: Locale): EventAttributes {
  return {
    uid: `class-${c.id}@casmooc`,
    sequence: c.version,
    title: c.name,
    description: [c.organiser, TRAINING_MODE_LABELS[c.mode][locale], `${c.hours} ${locale === 'zh-CN' ? '学时' : 'credit hours'}`, c.contactName && `${c.contactName} ${c.contactPhone}`].filter(Boolean).join(' · '),
    organizer: { name: c.organiser || c.orgName, ...(c.contactEmail && { email: c.contactEmail }) },
    start: moment(c.startAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: moment(c.endAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    productId: 'casmooc/training',
  };
}

/** 我的培训 in a calendar: a download per class, and a private feed calendar apps subscribe to. */
export class CalendarService {
  constructor(private readonly deps: CalendarDeps) {}

  private async calendarOf(staffId: number | null, locale: Locale, onlyClass?: number): Promise<string> {
    const ids = staffId === null ? [] : await this.deps.registrations.calendarClassIds(staffId);
    const classes = await this.deps.classes.findByIds(onlyClass === undefined ? ids : ids.filter((id) => id === onlyClass));
    const { error, value } = createEvents(
      classes.map((c) => eventOf(c, locale)),
      { method: 'PUBLISH', calName: locale === 'zh-CN' ? '我的培训' : 'My classes', productId: 'casmooc/training' },
    );
    if (error || !value) throw error ?? new Error('calendar not written');
    return value;
  }

  /** The caller's own classes (or one of them) as an .ics file. */
  mine(actor: Actor, locale: Locale, onlyClass?: number): Promise<string> {
    return this.calendarOf(actor.user.staff?.id ?? null, locale, onlyClass);
  }

  /** The feed behind a token, or null when no feed has it (revoked, renewed, or never made). */
  async feed(token: string, locale: Locale): Promise<string | null> {
    const staffId = await this.deps.feeds.staffByHash(hashOf(token));
    return staffId === null ? null : this.calendarOf(staffId, locale);
  }

  async status(actor: Actor): Promise<CalendarFeedStatus> {
    const createdAt = await this.deps.feeds.createdAt(actor.id);
    return { enabled: createdAt !== null, createdAt };
  }

  /** Turns the feed on, or renews its token (the old URL stops working); the URL is shown this once. */
  async renew(actor: Actor): Promise<{ path: string }> {
    const token = crypto.randomBytes(32).toString('base64url');
    await this.deps.feeds.replace(actor.id, hashOf(token));
    return { path: `/api/calendar/feeds/${token}` };
  }

  revoke(actor: Actor): Promise<void> {
    return this.deps.feeds.remove(actor.id);
  }
}
