import type { ComponentType } from 'react';
import { IconApps, IconCalendar, IconCheckSquare, IconFile, IconHome, IconUserGroup } from '@arco-design/web-react/icon';
import { MANAGER_ROLES, ROLES, type RemoteApp, type Role } from '@casmooc/domain';
import type { ShellMessageKey } from './locale';

/**
 * The one route table: it drives the menu, the breadcrumb and the role
 * check. A route either renders a shell page or mounts a remote's routes.
 */
export interface PortalRoute {
  key: string;
  path: string;
  locale: ShellMessageKey;
  icon: ComponentType;
  roles: readonly Role[];
  remote?: RemoteApp;
}

export const ROUTES: readonly PortalRoute[] = [
  { key: 'home', path: '/', locale: 'menu.home', icon: IconHome, roles: ROLES },
  { key: 'plans', path: '/plans', locale: 'menu.plans', icon: IconFile, roles: MANAGER_ROLES, remote: 'mf-plans' },
  // Staff register for and attend classes, so everyone sees this area.
  { key: 'training', path: '/training', locale: 'menu.training', icon: IconCalendar, roles: ROLES, remote: 'mf-training' },
  { key: 'approvals', path: '/approvals', locale: 'menu.approvals', icon: IconCheckSquare, roles: MANAGER_ROLES, remote: 'mf-approvals' },
  { key: 'templates', path: '/templates', locale: 'menu.templates', icon: IconApps, roles: MANAGER_ROLES, remote: 'mf-templates' },
  { key: 'contacts', path: '/contacts', locale: 'menu.contacts', icon: IconUserGroup, roles: ROLES },
];

export function routeAllowed(route: PortalRoute, hasRole: (roles: readonly Role[]) => boolean): boolean {
  return hasRole(route.roles);
}

/** The route a location belongs to: the longest path that prefixes it. */
export function routeOf(pathname: string): PortalRoute | undefined {
  return [...ROUTES]
    .sort((a, b) => b.path.length - a.path.length)
    .find((r) => (r.path === '/' ? pathname === '/' : pathname === r.path || pathname.startsWith(`${r.path}/`)));
}
