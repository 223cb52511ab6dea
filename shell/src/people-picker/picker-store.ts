import { makeAutoObservable } from 'mobx';
import type { StaffSummary } from '@casmooc/domain';

export interface SelectionRules {
  multiple: boolean;
  /** At most this many people (multiple only). */
  max?: number;
}

export type AddResult = { added: number; overMax: number };

/**
 * The people chosen so far in one opening of the picker, in the order they
 * were chosen. Nothing reaches the caller until the user confirms.
 */
export class SelectionStore {
  private readonly byId = new Map<number, StaffSummary>();

  constructor(
    initial: readonly StaffSummary[],
    private readonly rules: SelectionRules,
  ) {
    initial.forEach((person) => this.byId.set(person.id, person));
    makeAutoObservable<SelectionStore, 'rules'>(this, { rules: false });
  }

  get people(): StaffSummary[] {
    return [...this.byId.values()];
  }

  get count(): number {
    return this.byId.size;
  }

  has(id: number): boolean {
    return this.byId.has(id);
  }

  /** Adds people not yet chosen; a single picker keeps only the last one; `max` is never exceeded. */
  add(people: readonly StaffSummary[]): AddResult {
    const fresh = people.filter((p) => !this.byId.has(p.id));
    if (!this.rules.multiple) {
      const last = fresh.at(-1);
      if (last) {
        this.byId.clear();
        this.byId.set(last.id, last);
      }
      return { added: last ? 1 : 0, overMax: 0 };
    }
    const room = this.rules.max === undefined ? fresh.length : Math.max(0, this.rules.max - this.byId.size);
    fresh.slice(0, room).forEach((p) => this.byId.set(p.id, p));
    return { added: Math.min(room, fresh.length), overMax: Math.max(0, fresh.length - room) };
  }

  remove(ids: readonly number[]): void {
    ids.forEach((id) => this.byId.delete(id));
  }

  toggle(person: StaffSummary): AddResult {
    if (this.byId.has(person.id)) {
      this.byId.delete(person.id);
      return { added: 0, overMax: 0 };
    }
    return this.add([person]);
  }

  clear(): void {
    this.byId.clear();
  }
}
