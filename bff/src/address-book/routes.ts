import { z } from 'zod';
import { groupMembersSchema, groupNameSchema, type Locale, type StaffSummary } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import { ApiError } from '../http/api-error';
import { ApiRouter, type Owner } from '../http/api-router';
import { withoutPath, type DirectoryRepository } from '../directory/repository';
import { reachableStaff } from '../directory/reachable-staff';
import type { AddressBookRepository } from './repository';

const groupParams = z.object({ id: z.coerce.number().int().positive() });
const memberParams = groupParams.extend({ staffId: z.coerce.number().int().positive() });

const NAME_TAKEN: Record<Locale, string> = { 'zh-CN': '已有同名分组', 'en-US': 'You already have a group with this name' };

/** 通讯录: private to its owner; another user's group answers 404. */
export function addressBookRoutes(book: AddressBookRepository, directory: DirectoryRepository): ApiRouter {
  /** A group is its owner's alone: anyone else gets 404. */
  const group = async ({ id }: { id: number }): Promise<Owner | null> => {
    const ownerId = await book.ownerOf(id);
    return ownerId === null ? null : { userId: ownerId };
  };
  const assertNameFree = async (actor: Actor, name: string, locale: Locale, exceptId?: number) => {
    if (await book.nameTaken(actor.id, name, exceptId)) throw new ApiError(400, 'VALIDATION_FAILED', { name: NAME_TAKEN[locale] });
  };
  const members = async (groupId: number): Promise<StaffSummary[]> => {
    const ids = await book.memberIds(groupId);
    const byId = new Map((await directory.byIds(ids)).map((s) => [s.id, withoutPath(s)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };

  return new ApiRouter()
    .get('/address-book/groups', {
      access: 'signed-in',
      handle: ({ actor }) => book.groups(actor.id),
    })
    .post('/address-book/groups', {
      access: 'signed-in',
      body: groupNameSchema,
      status: 201,
      async handle({ actor, body, locale }) {
        await assertNameFree(actor, body.name, locale);
        const id = await book.create(actor.id, body.name);
        return { id, name: body.name, memberCount: 0 };
      },
    })
    .put('/address-book/groups/:id', {
      access: 'signed-in',
      params: groupParams,
      scope: group,
      body: groupNameSchema,
      async handle({ actor, params, body, locale }) {
        await assertNameFree(actor, body.name, locale, params.id);
        await book.rename(params.id, body.name);
        return (await book.groups(actor.id)).find((g) => g.id === params.id);
      },
    })
    .delete('/address-book/groups/:id', {
      access: 'signed-in',
      params: groupParams,
      scope: group,
      handle: ({ params }) => book.remove(params.id),
    })
    .get('/address-book/groups/:id/members', {
      access: 'signed-in',
      params: groupParams,
      scope: group,
      handle: ({ params }) => members(params.id),
    })
    .post('/address-book/groups/:id/members', {
      access: 'signed-in',
      params: groupParams,
      scope: group,
      body: groupMembersSchema,
      async handle({ actor, params, body, locale }) {
        const people = await reachableStaff(directory, actor, body.staffIds, locale);
        await book.addMembers(params.id, people.map((p) => p.id));
        return members(params.id);
      },
    })
    .delete('/address-book/groups/:id/members/:staffId', {
      access: 'signed-in',
      params: memberParams,
      scope: group,
      handle: ({ params }) => book.removeMember(params.id, params.staffId),
    });
}
