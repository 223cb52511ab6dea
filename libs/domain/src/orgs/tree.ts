import type { Org, OrgNode } from './types';

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** The ids from the root down: `/1/7/23/` → [1, 7, 23]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

/** True for the Academy's own path (the root org, the one level above the institutes). */
export function isAcademyPath(path: string): boolean {
  return pathIds(path).length === 1;
}

/** The path of the ancestor at `depth` (0 = the root), or null when the path is shallower. */
export function ancestorPath(path: string, depth: number): string | null {
  const ids = pathIds(path);
  return ids.length > depth ? `/${ids.slice(0, depth + 1).join('/')}/` : null;
}

/** The paths from the root down to this one: `/1/2/3/` → `/1/`, `/1/2/`, `/1/2/3/`. */
export function pathsDownTo(path: string): string[] {
  return pathIds(path).map((_, i, ids) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/** True when `target` is `scope` itself or lies anywhere below it. */
export function isInSubtree(scopePath: string, targetPath: string): boolean {
  return targetPath.startsWith(scopePath);
}

/**
 * Nests a flat list into trees. Orgs whose parent is not in the list become
 * roots, so a caller's visible subtree comes out rooted at its own org.
 */
export function buildOrgTree(orgs: readonly Org[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>(orgs.map((org) => [org.id, { ...org, children: [] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const byId = (a: OrgNode, b: OrgNode) => a.id - b.id;
  const sort = (list: OrgNode[]) => {
    list.sort(byId);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
