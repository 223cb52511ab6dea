import {
  buildOrgTree,
  classifyImportRows,
  countOutcomes,
  departmentStaffQuerySchema,
  MANAGER_ROLES,
  MAX_IMPORT_BYTES,
  staffSearchQuerySchema,
  XLSX_MIME,
  type DepartmentNode,
  type ImportCandidate,
  type OrgNode,
  type StaffPage,
} from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import { notFound } from '../http/api-error';
import { ApiRouter } from '../http/api-router';
import type { OrgRepository } from '../orgs/repository';
import type { DirectoryRepository, StaffWithPath } from './repository';
import { readImportSheet } from './sheet-reader';
import { importTemplate } from './sheet-template';

/** Adds each org's staff count and its subtree's total. */
function withCounts(node: OrgNode, counts: Map<number, number>): DepartmentNode {
  const children = node.children.map((child) => withCounts(child, counts));
  const staffCount = counts.get(node.id) ?? 0;
  return { ...node, children, staffCount, totalCount: staffCount + children.reduce((sum, c) => sum + c.totalCount, 0) };
}

const groupBy = (people: StaffWithPath[], key: (p: StaffWithPath) => string | null) => {
  const map = new Map<string, StaffWithPath[]>();
  for (const person of people) {
    const k = key(person);
    if (k) map.set(k, [...(map.get(k) ?? []), person]);
  }
  return map;
};

export function directoryRoutes(directory: DirectoryRepository, orgs: OrgRepository): ApiRouter {
  /** The subtree a request is limited to: an org the caller reaches, or everything the caller reaches. */
  const scopeOf = async (actor: Actor, orgId: number | undefined): Promise<string[]> => {
    if (orgId === undefined) return actor.scopePaths();
    const org = await orgs.findById(orgId);
    if (!org) throw notFound();
    actor.assertReaches(org.path);
    return [org.path];
  };

  return new ApiRouter()
    .get('/directory/departments', {
      access: 'signed-in',
      async handle({ actor }) {
        const scope = actor.scopePaths();
        const [tree, counts] = await Promise.all([orgs.inSubtrees(scope), directory.countsByOrg(scope)]);
        return buildOrgTree(tree).map((root) => withCounts(root, counts));
      },
    })
    .get('/directory/staff', {
      access: 'signed-in',
      query: staffSearchQuerySchema,
      async handle({ actor, query }): Promise<StaffPage> {
        const scopePaths = await scopeOf(actor, query.orgId);
        const { items, total } = await directory.search({ scopePaths, text: query.q, postTypes: query.postTypes }, query.page, query.pageSize);
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    })
    .get('/directory/department-staff', {
      access: 'signed-in',
      query: departmentStaffQuerySchema,
      async handle({ actor, query }) {
        const [path] = await scopeOf(actor, query.orgId);
        return directory.inDepartment(path, query.postTypes);
      },
    })
    .get('/directory/import-template', {
      access: 'signed-in',
      async handle({ locale, res }) {
        const file = await importTemplate(locale);
        res.attachment(locale === 'zh-CN' ? '人员导入模板.xlsx' : 'people-import-template.xlsx').type(XLSX_MIME).send(file);
      },
    })
    .post('/directory/import', {
      // The picker's import fills attendance and notices: a manager's tool (and the costliest request there is).
      access: { roles: MANAGER_ROLES },
      upload: { type: XLSX_MIME, maxBytes: MAX_IMPORT_BYTES, tooLarge: 'IMPORT_TOO_LARGE', wrongType: 'IMPORT_NOT_XLSX' },
      async handle({ actor, file }) {
        const rows = await readImportSheet(file);
        const people = await directory.byImportKeys({
          employeeNos: rows.map((r) => r.employeeNo).filter(Boolean),
          phones: rows.map((r) => r.phone).filter(Boolean),
          emails: rows.map((r) => r.email).filter(Boolean),
          names: rows.filter((r) => !r.employeeNo && !r.phone && !r.email).map((r) => r.name),
        });
        const candidates = new Map<number, ImportCandidate>(
          people.map(({ orgPath, ...staff }) => [staff.id, { ...staff, inScope: actor.reaches(orgPath) }]),
        );
        const asCandidates = (map: Map<string, StaffWithPath[]>) => new Map([...map].map(([k, list]) => [k, list.map((p) => candidates.get(p.id)!)]));
        const results = classifyImportRows(rows, {
          byEmployeeNo: new Map(people.map((p) => [p.employeeNo, candidates.get(p.id)!])),
          byPhone: asCandidates(groupBy(people, (p) => p.phone)),
          byEmail: asCandidates(groupBy(people, (p) => p.email?.toLowerCase() ?? null)),
          byName: asCandidates(groupBy(people, (p) => p.name)),
        });
        return { results, counts: countOutcomes(results) };
      },
    });
}
