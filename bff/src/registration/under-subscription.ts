import { academyMinute, managersOf, seatsLeft, underSubscribed } from '@casmooc/domain';
import type { EventLog } from '../events/event-log';
import type { ClassRepository } from '../training/class-repository';
import type { RegistrationRepository } from './repository';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface UnderSubscriptionDeps {
  classes: ClassRepository;
  registrations: RegistrationRepository;
  eventLog: EventLog;
  now?: () => Date;
}

/**
 * T-4: tells a class's managers, once per closing time, that seats are
 * still free as its registration closes (the class page shows the same
 * warning). Every BFF instance sweeps; the class's marker lets exactly
 * one of them send it.
 */
export class UnderSubscriptionAlerts {
  private readonly now: () => Date;

  constructor(private readonly deps: UnderSubscriptionDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Sends the alerts that are due; returns how many this call sent. */
  async sweep(): Promise<number> {
    const now = this.now();
    const due = await this.deps.classes.dueForSubscriptionAlert(academyMinute(now), academyMinute(new Date(now.getTime() + DAY_MS)));
    const seats = await this.deps.registrations.seats(due.map((c) => c.id));
    let sent = 0;
    for (const c of due) {
      const { taken } = seats.get(c.id)!;
      if (!underSubscribed(c, taken, now)) continue;
      const closes = c.registrationTo!;
      const told = await this.deps.eventLog.transact(async (trx, record) => {
        if (!(await this.deps.classes.markUnderSubscribed(trx, c.id, closes))) return false;
        record({
          type: 'registration.under-subscribed',
          orgPath: c.orgPath,
          subject: `class:${c.id}`,
          payload: { id: c.id, name: c.name, count: seatsLeft(c, taken), closes },
          actorId: null,
          audience: [managersOf(c.orgPath)],
        });
        return true;
      });
      if (told) sent += 1;
    }
    return sent;
  }
}
