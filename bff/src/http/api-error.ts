import type { ErrorCode } from '@casmooc/domain';

/**
 * A failure the client should see: a stable code, an HTTP status and,
 * for bad input, what is wrong with each field. The message is looked up
 * from the code in the caller's language when the error is sent.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly fields?: Record<string, string>,
    /** Overrides the code's standard message (already localised). */
    readonly detail?: string,
  ) {
    super(detail ?? code);
  }
}

export const notFound = () => new ApiError(404, 'NOT_FOUND');
export const forbidden = () => new ApiError(403, 'FORBIDDEN');
export const unauthenticated = () => new ApiError(401, 'UNAUTHENTICATED');
export const conflict = (detail?: string) => new ApiError(409, 'CONFLICT', undefined, detail);
