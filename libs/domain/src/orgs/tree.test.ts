import { ancestorPath, buildOrgTree, childPath, isAcademyPath, isInSubtree, pathIds } from './tree';
import type { Org } from './types';

const org = (id: number, parentId: number | null, path: string): Org => ({
  id,
  parentId,
  name: `org ${id}`,
  level: path.split('/').length - 3,
  path,
});

describe('org subtree access', () => {
  it('an org reaches itself and every depth below it', () => {
    expect(isInSubtree('/1/2/', '/1/2/')).toBe(true);
    expect(isInSubtree('/1/2/', '/1/2/5/9/14/')).toBe(true);
  });

  it('an org never reaches a sibling, a parent or a cousin', () => {
    expect(isInSubtree('/1/2/', '/1/3/')).toBe(false);
    expect(isInSubtree('/1/2/', '/1/')).toBe(false);
    expect(isInSubtree('/1/2/', '/1/3/4/')).toBe(false);
  });

  it('does not confuse ids that share digits', () => {
    expect(isInSubtree('/1/2/', '/1/22/')).toBe(false);
    expect(isInSubtree('/1/2/', '/12/')).toBe(false);
  });

  it('reads the ids and ancestors of a path', () => {
    expect(pathIds('/1/7/23/')).toEqual([1, 7, 23]);
    expect(ancestorPath('/1/7/23/', 0)).toBe('/1/');
    expect(ancestorPath('/1/7/23/', 1)).toBe('/1/7/');
    expect(ancestorPath('/1/', 1)).toBeNull();
  });

  it('knows the Academy by its path: the root org, and no org below it', () => {
    expect(isAcademyPath('/1/')).toBe(true);
    expect(isAcademyPath('/1/7/')).toBe(false);
    expect(isAcademyPath('/1/7/23/')).toBe(false);
  });

  it('builds paths from the parent path', () => {
    expect(childPath(null, 1)).toBe('/1/');
    expect(childPath('/1/7/', 23)).toBe('/1/7/23/');
  });
});

describe('buildOrgTree', () => {
  it('nests a tree of any depth', () => {
    const tree = buildOrgTree([
      org(1, null, '/1/'),
      org(2, 1, '/1/2/'),
      org(3, 2, '/1/2/3/'),
      org(4, 3, '/1/2/3/4/'),
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0].children[0].children[0].children[0].id).toBe(4);
  });

  it('roots a partial list at the orgs whose parent is missing', () => {
    const tree = buildOrgTree([org(2, 1, '/1/2/'), org(5, 2, '/1/2/5/'), org(6, 2, '/1/2/6/')]);
    expect(tree.map((n) => n.id)).toEqual([2]);
    expect(tree[0].children.map((n) => n.id)).toEqual([5, 6]);
  });
});
