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

/** The one way UI code talks to the BFF: JSON in, JSON out, errors as ApiRequestError. */
export class HttpClient {
  constructor(private readonly options: HttpClientOptions) {}

  get<T>(path: string, query?: Query): Promise<T> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(key, String(value));
    const qs = search.toString();
    return this.request<T>('GET', qs ? `${path}?${qs}` : path);
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

  private async request<T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> {
    const { locale, csrfToken, onUnauthenticated, baseUrl = '' } = this.options;
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale() };
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
    if (response.status === 204) return undefined as T;
    const payload = await response.json().catch(() => null);
    if (response.ok) return payload as T;

    const error = (payload as ApiErrorBody | null)?.error;
    if (response.status === 401 && token) onUnauthenticated?.();
    throw new ApiRequestError(response.status, error?.code ?? 'INTERNAL', error?.message ?? response.statusText, error?.fields);
  }
}
