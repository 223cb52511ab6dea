import { ApiRequestError, HttpClient, isApiRequestError } from './http-client';

const jsonResponse = (status: number, body: unknown) =>
  ({ status, ok: status < 400, statusText: 'x', json: async () => body }) as Response;

describe('HttpClient', () => {
  const setup = (response: Response | Error, token = 'csrf-1') => {
    const fetch = jest.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    });
    const onUnauthenticated = jest.fn();
    const client = new HttpClient({ csrfToken: () => token, locale: () => 'zh-CN', fetch, onUnauthenticated });
    return { client, fetch, onUnauthenticated };
  };

  it('sends the CSRF token and language on writes, JSON in the body', async () => {
    const { client, fetch } = setup(jsonResponse(200, { ok: true }));
    await expect(client.put('/api/x', { a: 1 })).resolves.toEqual({ ok: true });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/x');
    expect(init.headers).toMatchObject({ 'x-csrf-token': 'csrf-1', 'Accept-Language': 'zh-CN', 'Content-Type': 'application/json' });
    expect(init.body).toBe('{"a":1}');
  });

  it('does not send the CSRF token on reads and builds the query string', async () => {
    const { client, fetch } = setup(jsonResponse(200, []));
    await client.get('/api/events', { after: 5, skip: undefined });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/events?after=5');
    expect(init.headers).not.toHaveProperty('x-csrf-token');
  });

  it('turns the error shape into an ApiRequestError with code and fields', async () => {
    const { client } = setup(jsonResponse(400, { error: { code: 'VALIDATION_FAILED', message: '有误', fields: { name: '必填' } } }));
    const error = await client.post('/api/x', {}).catch((e) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: '有误', fields: { name: '必填' } });
  });

  it('reports a lost session once', async () => {
    const { client, onUnauthenticated } = setup(jsonResponse(401, { error: { code: 'UNAUTHENTICATED', message: '请先登录' } }));
    await expect(client.get('/api/me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('downloads a streamed file, reporting bytes and the announced rows as they arrive', async () => {
    const parts = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])];
    const headers = new Map([
      ['X-Export-Rows', '1200'],
      ['Content-Disposition', `attachment; filename="x.xlsx"; filename*=UTF-8''${encodeURIComponent('计算机网络信息中心 2027 年度培训计划.xlsx')}`],
      ['Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    const reader = { read: jest.fn(async () => (parts.length ? { done: false, value: parts.shift()! } : { done: true, value: undefined })) };
    const response = { status: 200, ok: true, headers: { get: (name: string) => headers.get(name) ?? null }, body: { getReader: () => reader } } as unknown as Response;
    const { client, fetch } = setup(response);
    const progress: Array<{ received: number; rows: number | null }> = [];
    const { blob, filename } = await client.download('/api/plans/export', { year: 2027 }, (p) => progress.push(p));
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe('/api/plans/export?year=2027');
    expect(progress).toEqual([{ received: 3, rows: 1200 }, { received: 5, rows: 1200 }]);
    expect(blob.size).toBe(5);
    expect(filename).toBe('计算机网络信息中心 2027 年度培训计划.xlsx');
  });

  it('says NETWORK in the user’s language when the server is unreachable', async () => {
    const { client } = setup(new TypeError('Failed to fetch'));
    await expect(client.get('/api/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' });
  });
});

describe('isApiRequestError', () => {
  it('recognises the class of another bundle by its registered brand, not by instanceof', () => {
    // What a remote sees: the shell's copy of the class, which is not its own.
    const fromAnotherBundle = Object.assign(new Error('冲突'), { status: 409, code: 'CONFLICT', [Symbol.for('casmooc.ApiRequestError')]: true });
    expect(fromAnotherBundle instanceof ApiRequestError).toBe(false);
    expect(isApiRequestError(fromAnotherBundle)).toBe(true);
    expect(isApiRequestError(new ApiRequestError(404, 'NOT_FOUND', 'x'))).toBe(true);
    expect(isApiRequestError(Object.assign(new Error('x'), { status: 409, code: 'CONFLICT' }))).toBe(false);
    expect(isApiRequestError(null)).toBe(false);
  });
});
