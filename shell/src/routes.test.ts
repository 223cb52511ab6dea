import { hasAnyRole, type RoleGrant } from '@casmooc/domain';
import { ROUTES, routeAllowed, routeOf } from './routes';

const grants = (role: RoleGrant['role']): RoleGrant[] => [{ role, orgId: 1, orgPath: '/1/', orgName: '' }];
const menuFor = (role: RoleGrant['role']) => ROUTES.filter((r) => routeAllowed(r, (roles) => hasAnyRole(grants(role), roles))).map((r) => r.key);

describe('route table', () => {
  it('shows managers every area', () => {
    expect(menuFor('training_manager')).toEqual(['home', 'plans', 'training', 'approvals', 'templates', 'contacts']);
    expect(menuFor('academy_admin')).toEqual(['home', 'plans', 'training', 'approvals', 'templates', 'contacts']);
  });

  it('shows staff only home, training and their address book', () => {
    expect(menuFor('staff')).toEqual(['home', 'training', 'contacts']);
  });

  it('finds the route of nested remote paths', () => {
    expect(routeOf('/plans/123/edit')?.key).toBe('plans');
    expect(routeOf('/')?.key).toBe('home');
    expect(routeOf('/plansx')).toBeUndefined();
  });
});
