/**
 * The demo organisation tree: the Academy, institutes, departments and,
 * under one department, a further level (depth is data, not code).
 * `domain` is the institute's mail domain, used for staff emails.
 */
export interface SeedOrg {
  name: string;
  domain?: string;
  children?: SeedOrg[];
}

const departments = (...names: string[]): SeedOrg[] => names.map((name) => ({ name }));

export const DEMO_ORG_TREE: SeedOrg = {
  name: '中国科学院',
  children: [
    {
      name: '计算机网络信息中心',
      domain: 'cnic.cn',
      children: [
        { name: '党群办公室' },
        { name: '新媒体技术与应用发展部' },
        { name: '管理信息化技术与应用发展部' },
        { name: '广州中心', children: departments('广州中心运维组', '广州中心研发组') },
        { name: '基地办公室' },
        { name: '纪检审计办公室' },
        { name: '科技云运行与技术发展部' },
        { name: '科学新闻传播与研究发展部' },
        { name: '区域创新先进信息技术实验室' },
        { name: '网络科普教育中心' },
        { name: '离岗创业' },
      ],
    },
    {
      name: '物理研究所',
      domain: 'iphy.ac.cn',
      children: departments('综合处', '科技处', '人事教育处', '凝聚态物理实验室', '光物理实验室'),
    },
    {
      name: '化学研究所',
      domain: 'iccas.ac.cn',
      children: departments('综合办公室', '科技处', '人事教育处', '高分子物理与化学实验室'),
    },
    {
      name: '数学与系统科学研究院',
      domain: 'amss.ac.cn',
      children: departments('综合办公室', '科研管理处', '人事处', '数学研究所', '系统科学研究所'),
    },
  ],
};

/**
 * Demo accounts: one per role, plus a sibling institute's admin. Each is
 * a person of the directory too (its staff record, in `staffOrg`, with a
 * post type), so "me" means someone for registration and the hours ledger.
 */
export const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: '中科院管理员', role: 'academy_admin', org: '中国科学院', staffOrg: '中国科学院', postType: 'management' },
  { username: 'cnic_admin', displayName: '网络中心管理员', role: 'institute_admin', org: '计算机网络信息中心', staffOrg: '党群办公室', postType: 'management' },
  { username: 'xmt_manager', displayName: '孙健英', role: 'training_manager', org: '新媒体技术与应用发展部', staffOrg: '新媒体技术与应用发展部', postType: 'management' },
  { username: 'staff', displayName: '唐安莉', role: 'staff', org: '新媒体技术与应用发展部', staffOrg: '新媒体技术与应用发展部', postType: 'research' },
  { username: 'iphy_admin', displayName: '物理所管理员', role: 'institute_admin', org: '物理研究所', staffOrg: '人事教育处', postType: 'management' },
] as const;

export const DEMO_PASSWORD = 'Casmooc@2026';
