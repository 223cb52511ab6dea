import type { PostType } from '../staff/post-types';

/** A staff member as every list, picker and import preview shows them. */
export interface StaffSummary {
  id: number;
  name: string;
  employeeNo: string;
  orgId: number;
  orgName: string;
  postType: PostType;
  phone: string | null;
  email: string | null;
}

export interface StaffPage {
  items: StaffSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** A department of the tree with its own staff and everyone below it. */
export interface DepartmentNode {
  id: number;
  parentId: number | null;
  name: string;
  level: number;
  path: string;
  staffCount: number;
  totalCount: number;
  children: DepartmentNode[];
}

export interface ContactGroup {
  id: number;
  name: string;
  memberCount: number;
}
