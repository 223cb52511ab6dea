import { hasAnyRole, type RoleGrant } from '@casmooc/domain';
import { menuFor, pageOf, routeOf } from './routes';

const grants = (role: RoleGrant['role']): RoleGrant[] => [{ role, orgId: 1, orgPath: '/1/', orgName: '' }];
const menuOf = (role: RoleGrant['role'], managesOrgsBelow = true) =>
  menuFor({ hasRole: (roles) => hasAnyRole(grants(role), roles), managesOrgsBelow }).map((r) => [r.key, ...r.pages.map((p) => p.key)]);

describe('route table', () => {
  it('shows managers every area, with the manual’s pages under 培训计划 and 培训实施', () => {
    const areas = [['home'], ['plans', 'plans.own', 'plans.below', 'plans.templates'], ['training', 'training.open', 'training.mine', 'training.inbox', 'training.hours', 'training.classes', 'training.hoursPeople', 'training.approvals'], ['approvals'], ['contacts']];
    expect(menuOf('training_manager')).toEqual(areas);
    expect(menuOf('academy_admin')).toEqual(areas);
  });

  it('lists 下级机构计划 only to a manager whose org has orgs below it', () => {
    expect(menuOf('training_manager', false)[1]).toEqual(['plans', 'plans.own', 'plans.templates']);
  });

  it('shows staff only home, the classes they may register for and their own, and their address book', () => {
    expect(menuOf('staff')).toEqual([['home'], ['training', 'training.open', 'training.mine', 'training.inbox', 'training.hours'], ['contacts']]);
  });

  it('finds the page a location shows, and the area it is listed under, though the page lives in another remote', () => {
    expect(pageOf('/plans', '?scope=own')?.page.key).toBe('plans.own');
    expect(pageOf('/plans', '?scope=below&page=2')?.page.key).toBe('plans.below');
    expect(pageOf('/templates', '')).toMatchObject({ area: { key: 'plans' }, page: { key: 'plans.templates' } });
    expect(pageOf('/training/classes/7', '')?.page.key).toBe('training.classes');
    expect(pageOf('/plans', '')).toBeUndefined();
    expect(pageOf('/approvals/classes', '')).toMatchObject({ area: { key: 'training' }, page: { key: 'training.approvals' } });
  });

  it('finds the route of nested remote paths', () => {
    expect(routeOf('/plans/123/edit')?.key).toBe('plans');
    expect(routeOf('/')?.key).toBe('home');
    expect(routeOf('/plansx')).toBeUndefined();
  });
});
