import type { AttendeeDto, TrainingClassDto } from '@casmooc/domain';
import { exampleAttendee as person } from '@casmooc/domain/src/training/testing';
import type { TrainingClient } from '../api/training-client';
import { AttendanceStore } from './attendance-store';
import { ClassStore } from './class-store';

const aClass = { id: 7, name: '网络安全培训', hours: 8, attendance: { added: 3, attended: 1, confirmed: 1 } } as TrainingClassDto;

function fakeClient(people: AttendeeDto[]): TrainingClient {
  return {
    classes: jest.fn(),
    orgs: jest.fn(async () => []),
    get: jest.fn(async () => aClass),
    save: jest.fn(),
    implement: jest.fn(),
    cancel: jest.fn(),
    timeline: jest.fn(async () => []),
    attendees: jest.fn(async () => ({ items: people, total: people.length, page: 1, pageSize: 20 })),
    add: jest.fn(async (_id, ids) => ({ added: ids.length, alreadyListed: 0, attendance: { added: 5, attended: 1, confirmed: 1 } })),
    setAttended: jest.fn(async () => ({ attendance: { added: 3, attended: 3, confirmed: 1 } })),
    remove: jest.fn(async () => ({ attendance: { added: 2, attended: 1, confirmed: 1 } })),
    confirm: jest.fn(async () => ({ confirmed: 2, already_confirmed: 0, not_attended: 0, not_added: 0, attendance: { added: 3, attended: 3, confirmed: 3 } })),
  };
}

/** The class's store and its attendance, loaded as the page loads them. */
let classes: ClassStore;
async function storeOf(client: TrainingClient): Promise<AttendanceStore> {
  classes = new ClassStore(client, 7);
  await classes.load();
  return new AttendanceStore(client, classes);
}

describe('AttendanceStore (T-6)', () => {
  it('loads the class and its people; people with confirmed hours cannot be selected', async () => {
    const client = fakeClient([person(1), person(2, { attended: true, confirmedHours: 8 })]);
    const store = await storeOf(client);
    await store.load();
    expect(classes.trainingClass?.name).toBe('网络安全培训');
    expect(store.people.items.map((p) => [p.id, store.selectable(p)])).toEqual([[1, true], [2, false]]);
  });

  it('adds whom the picker chose and takes the new counts from the answer', async () => {
    const client = fakeClient([person(1)]);
    const store = await storeOf(client);
    await store.load();
    const answer = await store.add([person(3), person(4)]);
    expect(client.add).toHaveBeenCalledWith(7, [3, 4]);
    expect(answer.added).toBe(2);
    expect(store.counts).toEqual({ added: 5, attended: 1, confirmed: 1 });
    expect(client.attendees).toHaveBeenCalledTimes(2);
  });

  it('ticks the selection, then confirms the selection, or everyone ticked when nothing is selected', async () => {
    const client = fakeClient([person(1), person(2)]);
    const store = await storeOf(client);
    await store.load();
    store.select([1, 2]);
    await store.mark(true);
    expect(client.setAttended).toHaveBeenCalledWith(7, [1, 2], true);
    expect(store.selected).toEqual([]);
    await store.confirm();
    expect(client.confirm).toHaveBeenLastCalledWith(7, undefined);
    store.select([2]);
    await store.confirm();
    expect(client.confirm).toHaveBeenLastCalledWith(7, [2]);
    expect(store.counts.confirmed).toBe(3);
  });

  it('a refused change leaves the selection and is thrown for the page to show', async () => {
    const client = fakeClient([person(1)]);
    jest.mocked(client.remove).mockRejectedValueOnce(new Error('学时已确认，不能取消参会或移除 (T-6)'));
    const store = await storeOf(client);
    await store.load();
    store.select([1]);
    await expect(store.removeSelected()).rejects.toThrow('T-6');
    expect(store.selected).toEqual([1]);
    expect(store.busy).toBe(false);
  });
});
