import { hasAnyRole, reaches, scopePaths, type RoleGrant } from './roles';

const grant = (role: RoleGrant['role'], orgPath: string): RoleGrant => ({ role, orgId: 0, orgPath, orgName: '' });

describe('role grants (SPEC §1 access rule)', () => {
  const manager = [grant('training_manager', '/1/2/3/')];

  it('a role at org X reaches X and its subtree', () => {
    expect(reaches(manager, '/1/2/3/')).toBe(true);
    expect(reaches(manager, '/1/2/3/9/')).toBe(true);
  });

  it('a role at org X never reaches a sibling or a parent', () => {
    expect(reaches(manager, '/1/2/4/')).toBe(false);
    expect(reaches(manager, '/1/2/')).toBe(false);
  });

  it('counts only the roles asked for', () => {
    const grants = [grant('staff', '/1/'), grant('training_manager', '/1/2/')];
    expect(reaches(grants, '/1/5/', ['training_manager'])).toBe(false);
    expect(reaches(grants, '/1/2/7/', ['training_manager'])).toBe(true);
    expect(hasAnyRole(grants, ['academy_admin'])).toBe(false);
  });

  it('scope paths drop grants covered by a wider one', () => {
    const grants = [grant('institute_admin', '/1/2/'), grant('training_manager', '/1/2/3/'), grant('staff', '/1/5/')];
    expect(scopePaths(grants).sort()).toEqual(['/1/2/', '/1/5/']);
  });
});
