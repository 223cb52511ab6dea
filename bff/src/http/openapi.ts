import { z } from 'zod';
import type { RouteInfo } from './api-router';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

/** A zod schema as the JSON Schema a client sends: defaults optional, coercions and transforms by their input. */
const schemaOf = (schema: z.ZodType): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** `:id` as OpenAPI writes it: `{id}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function parameters(route: RouteInfo) {
  const from = (where: 'path' | 'query', schema: z.ZodType | undefined) => {
    if (!schema) return [];
    const { properties = {}, required = [] } = schemaOf(schema);
    return Object.entries(properties).map(([name, property]) => ({ name, in: where, required: where === 'path' || required.includes(name), schema: property }));
  };
  return [...from('path', route.params), ...from('query', route.query)];
}

function requestBody(route: RouteInfo) {
  if (route.upload) return { required: true, content: { [route.upload]: { schema: { type: 'string', format: 'binary' } } } };
  if (route.body) return { required: true, content: { 'application/json': { schema: schemaOf(route.body) } } };
  return undefined;
}

/** Who may call it, as the router enforces it. */
function access(route: RouteInfo): string {
  if (route.access === 'public') return 'public';
  if (route.access === 'signed-in') return 'signed-in';
  return route.access.roles.join(', ');
}

/**
 * The API's OpenAPI 3.1 description, made from the routes as registered and
 * the zod schemas they validate with (never written by hand, so it cannot
 * drift from what the BFF accepts). Answers are described by status; errors
 * share one shape.
 */
export function openApiDocument(routes: readonly RouteInfo[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const success = String(route.status ?? (route.method === 'delete' ? 204 : 200));
    const body = requestBody(route);
    (paths[openApiPath(`/api${route.path}`)] ??= {})[route.method] = {
      operationId: `${route.method}${route.path.replace(/[^\w]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      'x-access': access(route),
      parameters: parameters(route),
      ...(body && { requestBody: body }),
      responses: {
        [success]: { description: 'OK' },
        default: { description: 'An error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'CASMOOC 培训计划门户 API', version },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, fields: { type: 'object', additionalProperties: { type: 'string' } }, rule: { type: 'string' } },
            },
          },
        },
      },
    },
  };
}
