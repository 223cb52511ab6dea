import type { Role, RoleGrant } from '../auth/roles';
import { audienceRooms, holdersWithin, inAudience, managersOf, users, viewerRooms, type Audience, type Viewer } from './audience';

// The Academy /1/, an institute /1/2/, its department /1/2/3/, a sibling institute /1/9/.
const grant = (role: Role, orgPath: string): RoleGrant => ({ role, orgId: Number(orgPath.split('/').at(-2)), orgPath, orgName: orgPath });
const viewer = (userId: number, ...grants: RoleGrant[]): Viewer => ({ userId, grants });

const academyAdmin = viewer(1, grant('academy_admin', '/1/'));
const instituteAdmin = viewer(2, grant('institute_admin', '/1/2/'));
const departmentManager = viewer(3, grant('training_manager', '/1/2/3/'));
const departmentStaff = viewer(4, grant('staff', '/1/2/3/'));
const siblingAdmin = viewer(5, grant('institute_admin', '/1/9/'));
const everyone = [academyAdmin, instituteAdmin, departmentManager, departmentStaff, siblingAdmin];

/** The ids of the viewers in an audience, by the rule and by the rooms: both must agree. */
function seenBy(audience: Audience) {
  const byRule = everyone.filter((v) => inAudience(audience, v)).map((v) => v.userId);
  const rooms = new Set(audienceRooms(audience));
  const byRooms = everyone.filter((v) => viewerRooms(v).some((room) => rooms.has(room))).map((v) => v.userId);
  expect(byRooms).toEqual(byRule);
  return byRule;
}

describe('event audiences', () => {
  it('by default an org’s managers and those above it see its events; its staff and siblings do not', () => {
    expect(seenBy([managersOf('/1/2/3/')])).toEqual([1, 2, 3]);
    expect(seenBy([managersOf('/1/2/')])).toEqual([1, 2]);
    expect(seenBy([managersOf('/1/9/')])).toEqual([1, 5]);
  });

  it('a named user sees an event addressed to them, whatever their role', () => {
    expect(seenBy(users(4))).toEqual([4]);
    expect(seenBy([managersOf('/1/2/3/'), ...users(4, 4, null)])).toEqual([1, 2, 3, 4]);
  });

  it('holders within a subtree are those of the org and every org below it', () => {
    expect(seenBy([holdersWithin('/1/2/', ['staff'])])).toEqual([4]);
    expect(seenBy([holdersWithin('/1/', ['staff', 'training_manager'])])).toEqual([3, 4]);
    expect(seenBy([holdersWithin('/1/9/', ['staff'])])).toEqual([]);
  });

  it('a user with grants at two orgs joins the rooms of both, and their own', () => {
    const rooms = viewerRooms(viewer(7, grant('training_manager', '/1/2/3/'), grant('staff', '/1/2/3/')));
    expect(rooms).toContain('user:7');
    expect(rooms).toContain('role:training_manager@org:3');
    expect(rooms).toContain('within:staff@org:1');
  });
});
