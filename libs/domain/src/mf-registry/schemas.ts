import { z } from 'zod';
import { localisedIssue } from '../i18n/issue';
import { REMOTE_APPS } from './remotes';

const manifestUrl = z
  .string()
  .trim()
  .max(500)
  .refine(
    (url) => url.startsWith('/') || /^https?:\/\/[^\s]+$/.test(url),
    localisedIssue({ 'zh-CN': '须为 http(s) 绝对地址或以 / 开头的路径', 'en-US': 'Must be an absolute http(s) URL or a path starting with /' }),
  )
  .refine((url) => url.endsWith('.json'), localisedIssue({ 'zh-CN': '须指向 mf-manifest.json', 'en-US': 'Must point at an mf-manifest.json' }));

export const registryUpdateSchema = z.strictObject({
  url: manifestUrl,
  version: z.string().trim().min(1).max(40),
});
export type RegistryUpdate = z.infer<typeof registryUpdateSchema>;

export const remoteAppSchema = z.enum(REMOTE_APPS);
