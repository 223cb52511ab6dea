import { z } from 'zod';
import { REMOTE_APPS } from './remotes';

const manifestUrl = z
  .string()
  .trim()
  .max(500)
  .refine((url) => url.startsWith('/') || /^https?:\/\/[^\s]+$/.test(url), {
    message: 'must be an absolute http(s) URL or a path starting with /',
  })
  .refine((url) => url.endsWith('.json'), { message: 'must point at an mf-manifest.json' });

export const registryUpdateSchema = z.strictObject({
  url: manifestUrl,
  version: z.string().trim().min(1).max(40),
});
export type RegistryUpdate = z.infer<typeof registryUpdateSchema>;

export const remoteAppSchema = z.enum(REMOTE_APPS);
