import type { Db } from '@casmooc/db';
import { insertReturningId } from '@casmooc/db';
import type { ContactGroup } from '@casmooc/domain';

/** 通讯录: a user's own groups; every query is limited to the owner. */
export class AddressBookRepository {
  constructor(private readonly db: Db) {}

  async groups(ownerId: number): Promise<ContactGroup[]> {
    const rows = await this.db('contact_groups as g')
      .leftJoin('contact_group_members as m', 'm.group_id', 'g.id')
      .where('g.owner_id', ownerId)
      .groupBy('g.id', 'g.name')
      .orderBy('g.id')
      .select('g.id', 'g.name')
      .count({ memberCount: 'm.staff_id' });
    return (rows as { id: number; name: string; memberCount: number | string }[]).map((r) => ({
      id: r.id,
      name: r.name,
      memberCount: Number(r.memberCount),
    }));
  }

  /** Whose a group is, or null when there is no such group. */
  async ownerOf(groupId: number): Promise<number | null> {
    return (await this.db('contact_groups').where({ id: groupId }).first('owner_id'))?.owner_id ?? null;
  }

  async nameTaken(ownerId: number, name: string, exceptId?: number): Promise<boolean> {
    const query = this.db('contact_groups').where({ owner_id: ownerId, name });
    if (exceptId) query.whereNot({ id: exceptId });
    return Boolean(await query.first('id'));
  }

  create(ownerId: number, name: string): Promise<number> {
    return insertReturningId(this.db, 'contact_groups', { owner_id: ownerId, name });
  }

  async rename(groupId: number, name: string): Promise<void> {
    await this.db('contact_groups').where({ id: groupId }).update({ name });
  }

  async remove(groupId: number): Promise<void> {
    await this.db.transaction(async (trx) => {
      await trx('contact_group_members').where({ group_id: groupId }).delete();
      await trx('contact_groups').where({ id: groupId }).delete();
    });
  }

  async memberIds(groupId: number): Promise<number[]> {
    return (await this.db('contact_group_members').where({ group_id: groupId }).orderBy('added_at').pluck('staff_id')).map(Number);
  }

  /** Adds those not yet in the group; adding someone twice changes nothing. */
  async addMembers(groupId: number, staffIds: readonly number[]): Promise<void> {
    await this.db.transaction(async (trx) => {
      const present = new Set((await trx('contact_group_members').where({ group_id: groupId }).pluck('staff_id')).map(Number));
      const rows = [...new Set(staffIds)].filter((id) => !present.has(id)).map((staff_id) => ({ group_id: groupId, staff_id }));
      for (let i = 0; i < rows.length; i += 500) await trx('contact_group_members').insert(rows.slice(i, i + 500));
    });
  }

  async removeMember(groupId: number, staffId: number): Promise<void> {
    await this.db('contact_group_members').where({ group_id: groupId, staff_id: staffId }).delete();
  }
}
