import { exampleStaff } from '@casmooc/domain/src/directory/testing';
import { SelectionStore } from './picker-store';

const person = (id: number) => exampleStaff(id);

describe('SelectionStore', () => {
  it('keeps the order of choice and ignores people chosen twice', () => {
    const store = new SelectionStore([person(3)], { multiple: true });
    expect(store.add([person(1), person(3), person(2)])).toEqual({ added: 2, overMax: 0 });
    expect(store.people.map((p) => p.id)).toEqual([3, 1, 2]);
  });

  it('never exceeds max and says how many did not fit', () => {
    const store = new SelectionStore([], { multiple: true, max: 3 });
    expect(store.add([1, 2, 3, 4, 5].map(person))).toEqual({ added: 3, overMax: 2 });
    expect(store.count).toBe(3);
    expect(store.toggle(person(9))).toEqual({ added: 0, overMax: 1 });
  });

  it('a single picker keeps only the last one chosen', () => {
    const store = new SelectionStore([person(1)], { multiple: false });
    store.add([person(2), person(3)]);
    expect(store.people.map((p) => p.id)).toEqual([3]);
  });

  it('removes, toggles and clears', () => {
    const store = new SelectionStore([1, 2, 3].map(person), { multiple: true });
    store.remove([2]);
    store.toggle(person(1));
    expect(store.people.map((p) => p.id)).toEqual([3]);
    store.clear();
    expect(store.count).toBe(0);
  });
});
