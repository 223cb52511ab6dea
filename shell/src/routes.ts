import type { ComponentType } from 'react';
import { IconApps, IconCalendar, IconCheckSquare, IconFile, IconHome, IconUserGroup } from '@arco-design/web-react/icon';
import { MANAGER_ROLES, ROLES, type RemoteApp, type Role } from '@casmooc/domain';
import type { ShellMessageKey } from './locale';

/**
 * A page of an area, as the menu lists it under the area (the manual's
 * 培训计划 › 本机构计划 / 下级机构计划 / 计划模板). `to` is where it lives:
 * inside the area's remote, or in another area's remote (计划模板 is
 * mf-templates' page, listed under 培训计划), so each page stays in its remote.
 */
export interface PortalPage {
  key: string;
  locale: ShellMessageKey;
  to: string;
  roles: readonly Role[];
  /** Listed only to a user who manages orgs below their own (下级机构计划 is always empty to the others). */
  needsOrgsBelow?: boolean;
}

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
  /** Listed in the menu under this area (the area itself opens its first page). */
  pages?: readonly PortalPage[];
  /** Routed, but reached through another area's page rather than an entry of its own. */
  hidden?: boolean;
}

export const ROUTES: readonly PortalRoute[] = [
  { key: 'home', path: '/', locale: 'menu.home', icon: IconHome, roles: ROLES },
  {
    key: 'plans',
    path: '/plans',
    locale: 'menu.plans',
    icon: IconFile,
    roles: MANAGER_ROLES,
    remote: 'mf-plans',
    pages: [
      { key: 'plans.own', locale: 'menu.plans.own', to: '/plans?scope=own', roles: MANAGER_ROLES },
      { key: 'plans.below', locale: 'menu.plans.below', to: '/plans?scope=below', roles: MANAGER_ROLES, needsOrgsBelow: true },
      { key: 'plans.templates', locale: 'menu.templates', to: '/templates', roles: MANAGER_ROLES },
    ],
  },
  // Staff register for and attend classes, so everyone sees this area.
  {
    key: 'training',
    path: '/training',
    locale: 'menu.training',
    icon: IconCalendar,
    roles: ROLES,
    remote: 'mf-training',
    pages: [
      { key: 'training.open', locale: 'menu.training.open', to: '/training/open', roles: ROLES },
      { key: 'training.mine', locale: 'menu.training.mine', to: '/training/mine', roles: ROLES },
      { key: 'training.inbox', locale: 'menu.training.inbox', to: '/training/inbox', roles: ROLES },
      { key: 'training.hours', locale: 'menu.training.hours', to: '/training/hours', roles: ROLES },
      { key: 'training.classes', locale: 'menu.training.classes', to: '/training', roles: MANAGER_ROLES },
      { key: 'training.hoursPeople', locale: 'menu.training.hoursPeople', to: '/training/hours/people', roles: MANAGER_ROLES },
      { key: 'training.approvals', locale: 'menu.training.approvals', to: '/approvals/classes', roles: MANAGER_ROLES },
    ],
  },
  { key: 'approvals', path: '/approvals', locale: 'menu.approvals', icon: IconCheckSquare, roles: MANAGER_ROLES, remote: 'mf-approvals' },
  { key: 'templates', path: '/templates', locale: 'menu.templates', icon: IconApps, roles: MANAGER_ROLES, remote: 'mf-templates', hidden: true },
  { key: 'contacts', path: '/contacts', locale: 'menu.contacts', icon: IconUserGroup, roles: ROLES },
];

type HasRole = (roles: readonly Role[]) => boolean;

/** Who the menu is for: the roles they hold, and whether they manage orgs below their own. */
export interface MenuViewer {
  hasRole: HasRole;
  managesOrgsBelow: boolean;
}

export function routeAllowed(route: Pick<PortalRoute, 'roles'>, hasRole: HasRole): boolean {
  return hasRole(route.roles);
}

/** What the menu shows a user: the areas they may use, each with the pages they may open (and that can hold anything for them). */
export function menuFor(viewer: MenuViewer): Array<PortalRoute & { pages: readonly PortalPage[] }> {
  const hasRole: HasRole = (roles) => viewer.hasRole(roles);
  const listed = (p: PortalPage) => routeAllowed(p, hasRole) && (!p.needsOrgsBelow || viewer.managesOrgsBelow);
  return ROUTES.filter((r) => !r.hidden && routeAllowed(r, hasRole)).map((r) => ({ ...r, pages: (r.pages ?? []).filter(listed) }));
}

/** The route a location belongs to: the longest path that prefixes it. */
export function routeOf(pathname: string): PortalRoute | undefined {
  return [...ROUTES]
    .sort((a, b) => b.path.length - a.path.length)
    .find((r) => (r.path === '/' ? pathname === '/' : pathname === r.path || pathname.startsWith(`${r.path}/`)));
}

/**
 * The menu page a location shows, and the area it is listed under: the
 * page whose path prefixes the location, preferring one whose query the
 * location carries too (本机构计划 is /plans?scope=own).
 */
export function pageOf(pathname: string, search: string): { area: PortalRoute; page: PortalPage } | undefined {
  const query = new URLSearchParams(search);
  const candidates = ROUTES.flatMap((area) => (area.pages ?? []).map((page) => ({ area, page, url: new URL(page.to, 'http://portal') })))
    .filter(({ url }) => pathname === url.pathname || pathname.startsWith(`${url.pathname}/`))
    .map((c) => ({ ...c, matches: [...c.url.searchParams].every(([key, value]) => query.get(key) === value), length: c.url.pathname.length }))
    .filter((c) => c.matches)
    .sort((a, b) => b.length - a.length || b.url.searchParams.size - a.url.searchParams.size);
  return candidates[0] && { area: candidates[0].area, page: candidates[0].page };
}
