import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isDatabaseUnavailable } from '@casmooc/db';
import { errorMessage, type ApiErrorBody, type ErrorCode, type Locale } from '@casmooc/domain';
import { ApiError } from './api-error';
import { requestLocale } from './locale';

/** body-parser reports its failures by `type`; each becomes one of our codes. */
const BODY_PARSER_ERRORS: Record<string, ErrorCode> = {
  'entity.parse.failed': 'MALFORMED_JSON',
  'entity.too.large': 'PAYLOAD_TOO_LARGE',
  'encoding.unsupported': 'MALFORMED_JSON',
  'charset.unsupported': 'MALFORMED_JSON',
};

/** An error as the client reads it, in the caller's language. */
export function errorBody(error: ApiError, locale: Locale): ApiErrorBody {
  const detail = typeof error.detail === 'string' ? error.detail : error.detail?.[locale];
  return {
    error: {
      code: error.code,
      message: detail ?? errorMessage(error.code, locale),
      ...(error.fields && { fields: error.fields }),
      ...(error.rule && { rule: error.rule }),
    },
  };
}

export function sendError(res: Parameters<RequestHandler>[1], locale: Locale, error: ApiError) {
  // Counted by code in the metrics.
  res.locals.errorCode = error.code;
  res.status(error.status).json(errorBody(error, locale));
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendError(res, requestLocale(req), new ApiError(404, 'NOT_FOUND'));
};

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const locale = requestLocale(req);
  if (res.headersSent) {
    // A download failed half-way: the client sees a cut-off file, never a JSON error inside it.
    req.log?.error({ err }, 'failed while streaming an answer');
    res.destroy();
    return;
  }
  if (err instanceof ApiError) return sendError(res, locale, err);
  const bodyCode = typeof err?.type === 'string' ? BODY_PARSER_ERRORS[err.type] : undefined;
  // Every bad body is the client's mistake: 400, whatever body-parser's own status.
  if (bodyCode) return sendError(res, locale, new ApiError(400, bodyCode));
  // A path that is not valid percent-encoding (/api/plans/%E0%A4%A): the router cannot decode it.
  if (err instanceof URIError) return sendError(res, locale, new ApiError(400, 'BAD_REQUEST'));
  if (isDatabaseUnavailable(err)) {
    req.log?.warn({ err }, 'database unavailable');
    res.set('Retry-After', '5');
    return sendError(res, locale, new ApiError(503, 'SERVICE_UNAVAILABLE'));
  }
  req.log?.error({ err }, 'unhandled error');
  sendError(res, locale, new ApiError(500, 'INTERNAL'));
};

/**
 * No request waits for ever: one not answered within `ms` (the database
 * frozen, say) gets 503 in the error shape. What the handler does later is
 * dropped (the router sends nothing once headers are out).
 */
export function requestDeadline(ms: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      req.log?.warn({ ms }, 'request deadline passed');
      res.set('Retry-After', '5');
      sendError(res, requestLocale(req), new ApiError(503, 'SERVICE_UNAVAILABLE'));
    }, ms);
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
