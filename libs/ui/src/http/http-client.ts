import type { ApiErrorBody, Locale } from '@casmooc/domain';

/** A failed API call: the server's stable code, or NETWORK when it never answered. */
const BRAND = Symbol.for('casmooc.ApiRequestError');

export class ApiRequestError extends Error {
  readonly [BRAND] = true;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/**
 * Whether an error is the API's answer. Not `instanceof`: the shell's
 * HttpClient throws its copy of the class, and each remote bundles its
 * own; a registered symbol is the same in every bundle.
 */
export function isApiRequestError(error: unknown): error is ApiRequestError {
  return typeof error === 'object' && error !== null && (error as { [BRAND]?: boolean })[BRAND] === true;
}

const NETWORK_MESSAGE: Record<Locale, string> = {
  'zh-CN': '无法连接服务器，请检查网络后重试',
  'en-US': 'Cannot reach the server, please check your connection',
};

export interface HttpClientOptions {
  /** The session's CSRF token, sent on every write. */
  csrfToken(): string | undefined;
  locale(): Locale;
  /** Called when the server says the session is gone (401 on a signed-in call). */
  onUnauthenticated?(): void;
  fetch?: typeof fetch;
  baseUrl?: string;
}

type Query = Record<string, string | number | boolean | undefined>;

/** How far a download has come. */
export interface DownloadProgress {
  received: number;
  /** Rows in the file, when the server announces them. */
  rows: number | null;
}

function withQuery(path: string, query?: Query): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(key, String(value));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The one way UI code talks to the BFF: JSON in, JSON out, errors as ApiRequestError. */
export class HttpClient {
  constructor(private readonly options: HttpClientOptions) {}

  get<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', withQuery(path, query));
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }

  /** Sends a file as the raw request body. */
  upload<T>(path: string, file: Blob, type: string): Promise<T> {
    return this.request<T>('POST', path, file, type);
  }

  /**
   * Downloads a file the server streams, reporting the bytes received as
   * they arrive (and the row count, when the server announces one in
   * X-Export-Rows); resolves with the file and the name the server gave it.
   */
  async download(path: string, query: Query, onProgress?: (progress: DownloadProgress) => void): Promise<{ blob: Blob; filename: string }> {
    const response = await this.send('GET', withQuery(path, query), undefined, 'application/json', '*/*');
    const rowsHeader = response.headers.get('X-Export-Rows');
    const rows = rowsHeader === null ? null : Number(rowsHeader);
    const chunks: Uint8Array[] = [];
    let received = 0;
    const reader = response.body?.getReader();
    if (reader) {
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        chunks.push(next.value);
        received += next.value.byteLength;
        onProgress?.({ received, rows });
      }
    }
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
    const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
    return { blob: new Blob(chunks as BlobPart[], { type }), filename: encoded ? decodeURIComponent(encoded) : (plain ?? 'download') };
  }

  private async request<T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> {
    const response = await this.send(method, path, body, type);
    if (response.status === 204) return undefined as T;
    return (await response.json().catch(() => null)) as T;
  }

  /** One call to the BFF: a failed answer becomes an ApiRequestError in the user's language. */
  private async send(method: string, path: string, body: unknown, type: string, accept = 'application/json'): Promise<Response> {
    const { locale, csrfToken, onUnauthenticated, baseUrl = '' } = this.options;
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    const headers: Record<string, string> = { Accept: accept, 'Accept-Language': locale() };
    if (body !== undefined) headers['Content-Type'] = type;
    const token = csrfToken();
    if (method !== 'GET' && token) headers['x-csrf-token'] = token;

    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
      });
    } catch {
      throw new ApiRequestError(0, 'NETWORK', NETWORK_MESSAGE[locale()]);
    }
    if (response.ok) return response;
    const error = ((await response.json().catch(() => null)) as ApiErrorBody | null)?.error;
    if (response.status === 401 && token) onUnauthenticated?.();
    throw new ApiRequestError(response.status, error?.code ?? 'INTERNAL', error?.message ?? response.statusText, error?.fields);
  }
}
