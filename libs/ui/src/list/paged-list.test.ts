import { PagedList, type Page } from './paged-list';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('PagedList', () => {
  it('asks for the filters and the page, and starts a new search from page 1', async () => {
    const fetch = jest.fn(async () => ({ items: ['a'], total: 41 }));
    const list = new PagedList<string, { name?: string }>(fetch, {});
    await list.goTo(3, 10);
    expect(fetch).toHaveBeenLastCalledWith({ page: 3, pageSize: 10 });
    await list.search({ name: '讲座' });
    expect(fetch).toHaveBeenLastCalledWith({ name: '讲座', page: 1, pageSize: 10 });
    expect(list.items).toEqual(['a']);
    expect(list.pagination((n) => `共 ${n} 条`)).toMatchObject({ total: 41, current: 1, pageSize: 10 });
  });

  it('keeps the newest answer when an older one arrives late', async () => {
    const slow = deferred<Page<string>>();
    const fetch = jest.fn().mockReturnValueOnce(slow.promise).mockResolvedValueOnce({ items: ['new'], total: 1 });
    const list = new PagedList<string, object>(fetch, {});
    const first = list.load();
    await list.load();
    slow.resolve({ items: ['old'], total: 9 });
    await first;
    expect(list.items).toEqual(['new']);
    expect(list.status.loading).toBe(false);
  });

  it('keeps the rows and shows the error when loading fails', async () => {
    const fetch = jest.fn().mockResolvedValueOnce({ items: ['a'], total: 1 }).mockRejectedValueOnce(new Error('无法连接服务器'));
    const list = new PagedList<string, object>(fetch, {});
    await list.load();
    await list.load();
    expect(list.items).toEqual(['a']);
    expect(list.status.error).toBe('无法连接服务器');
  });

  it('puts a changed row in its place', async () => {
    const list = new PagedList<{ id: number; v: number }, object>(async () => ({ items: [{ id: 1, v: 1 }, { id: 2, v: 1 }], total: 2 }), {});
    await list.load();
    list.replace({ id: 2, v: 2 }, (row) => row.id);
    expect(list.items).toEqual([{ id: 1, v: 1 }, { id: 2, v: 2 }]);
  });
});
