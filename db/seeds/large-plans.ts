import { academyYear, PLAN_CATEGORIES } from '@casmooc/domain';
import type { Db } from '../src/connection';
import { updateStatistics } from '../src/statistics';
import { pick, seededRandom } from './names';
import { insertInChunks } from './writers';

const TOPICS = ['科研数据管理', '网络安全', '科学传播', '项目管理', '实验室安全', '知识产权', '人工智能应用', '保密知识', '财务报销', '英文论文写作'];
/** The states a plan passes through, with how often each is found in a year's plans. */
const STATES = [
  { weight: 2, approval: 'unsubmitted', edit: 'draft', published: false, implemented: false, revoked: false },
  { weight: 2, approval: 'pending', edit: 'submitted', published: false, implemented: false, revoked: false },
  { weight: 2, approval: 'approved', edit: 'submitted', published: true, implemented: false, revoked: false },
  { weight: 3, approval: 'approved', edit: 'submitted', published: true, implemented: true, revoked: false },
  { weight: 1, approval: 'approved', edit: 'submitted', published: true, implemented: false, revoked: true },
] as const;
const WEIGHTED = STATES.flatMap((s) => Array(s.weight).fill(s) as (typeof STATES)[number][]);

/**
 * Plans at academy scale for benchmarks: `total` plans spread over every
 * department, half this year's added plans, half next year's annual ones,
 * in the mix of states a real year has. Created by the first demo account.
 */
export async function seedLargePlans(db: Db, total = 100_000, thisYear = academyYear()): Promise<number> {
  const departments: Array<{ id: number }> = await db('orgs').where('level', 2).select('id');
  const [{ creator }] = await db('users').min({ creator: 'id' });
  const random = seededRandom(11);
  const rows = Array.from({ length: total }, (_, i) => {
    const annual = i % 2 === 0;
    const year = annual ? thisYear + 1 : thisYear;
    const state = pick(random, WEIGHTED);
    const month = 1 + Math.floor(random() * 12);
    return {
      org_id: pick(random, departments).id,
      creator_id: creator,
      name: `${year} 年${pick(random, TOPICS)}培训 ${i + 1}`,
      kind: 'project',
      plan_type: annual ? 'annual' : 'added',
      year,
      month: `${year}-${String(month).padStart(2, '0')}`,
      category: pick(random, PLAN_CATEGORIES),
      hours: 8 + Math.floor(random() * 40),
      days: 1 + Math.floor(random() * 5),
      headcount: 20 + Math.floor(random() * 200),
      budget: Math.floor(random() * 100) * 1000,
      organiser: '规模测试主办单位',
      location: 'local',
      address: '',
      contact_name: '联系人',
      contact_phone: '010-58812000',
      materials: '',
      edit_state: state.edit,
      approval_state: state.approval,
      published: state.published,
      implemented: state.implemented && !annual,
      revoked: state.revoked,
    };
  });
  await insertInChunks(db, 'plans', rows, 400);
  await updateStatistics(db);
  return rows.length;
}
