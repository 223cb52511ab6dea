import type { Label } from '../i18n/locale';

/** The four independently deployed micro-frontends the shell loads at run time. */
export const REMOTE_APPS = ['mf-plans', 'mf-training', 'mf-approvals', 'mf-templates'] as const;
export type RemoteApp = (typeof REMOTE_APPS)[number];

export const REMOTE_APP_LABELS: Record<RemoteApp, Label> = {
  'mf-plans': { 'zh-CN': '培训计划', 'en-US': 'Training plans' },
  'mf-training': { 'zh-CN': '培训实施', 'en-US': 'Training classes' },
  'mf-approvals': { 'zh-CN': '审批', 'en-US': 'Approvals' },
  'mf-templates': { 'zh-CN': '计划模板', 'en-US': 'Plan templates' },
};

/** The event of a registry change: a remote released or rolled back. */
export const REGISTRY_UPDATED = 'mf-registry.updated';

/** Module Federation container names must be JS identifiers. */
export function containerName(app: string): string {
  return app.replace(/-/g, '_');
}

/** Where a remote's manifest lives when the BFF serves the built apps. */
export function defaultManifestUrl(app: RemoteApp): string {
  return `/remotes/${app}/mf-manifest.json`;
}

export interface RegistryEntry {
  name: RemoteApp;
  url: string;
  version: string;
  updatedAt: string;
}
