import { XLSX_MIME, type ContactGroup, type DepartmentNode, type ImportOutcome, type ImportRowResult, type PostType, type StaffPage, type StaffSummary } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

export interface ImportPreview {
  results: ImportRowResult[];
  counts: Record<ImportOutcome, number>;
}

/** The people directory and the user's address book, as the picker and the 通讯录 page use them. */
export interface DirectoryClient {
  departments(): Promise<DepartmentNode[]>;
  search(params: { q?: string; orgId?: number; postTypes?: readonly PostType[]; page?: number; pageSize?: number }): Promise<StaffPage>;
  departmentStaff(orgId: number, postTypes?: readonly PostType[]): Promise<StaffSummary[]>;
  groups(): Promise<ContactGroup[]>;
  createGroup(name: string): Promise<ContactGroup>;
  renameGroup(id: number, name: string): Promise<ContactGroup>;
  deleteGroup(id: number): Promise<void>;
  members(groupId: number): Promise<StaffSummary[]>;
  addMembers(groupId: number, staffIds: number[]): Promise<StaffSummary[]>;
  removeMember(groupId: number, staffId: number): Promise<void>;
  importSheet(file: Blob): Promise<ImportPreview>;
  templateUrl: string;
}

const joinTypes = (postTypes?: readonly PostType[]) => (postTypes?.length ? postTypes.join(',') : undefined);

export class HttpDirectoryClient implements DirectoryClient {
  readonly templateUrl = '/api/directory/import-template';

  constructor(private readonly http: HttpClient) {}

  departments() {
    return this.http.get<DepartmentNode[]>('/api/directory/departments');
  }
  search({ q, orgId, postTypes, page, pageSize }: Parameters<DirectoryClient['search']>[0]) {
    return this.http.get<StaffPage>('/api/directory/staff', { q: q || undefined, orgId, postTypes: joinTypes(postTypes), page, pageSize });
  }
  departmentStaff(orgId: number, postTypes?: readonly PostType[]) {
    return this.http.get<StaffSummary[]>('/api/directory/department-staff', { orgId, postTypes: joinTypes(postTypes) });
  }
  groups() {
    return this.http.get<ContactGroup[]>('/api/address-book/groups');
  }
  createGroup(name: string) {
    return this.http.post<ContactGroup>('/api/address-book/groups', { name });
  }
  renameGroup(id: number, name: string) {
    return this.http.put<ContactGroup>(`/api/address-book/groups/${id}`, { name });
  }
  deleteGroup(id: number) {
    return this.http.delete<void>(`/api/address-book/groups/${id}`);
  }
  members(groupId: number) {
    return this.http.get<StaffSummary[]>(`/api/address-book/groups/${groupId}/members`);
  }
  addMembers(groupId: number, staffIds: number[]) {
    return this.http.post<StaffSummary[]>(`/api/address-book/groups/${groupId}/members`, { staffIds });
  }
  removeMember(groupId: number, staffId: number) {
    return this.http.delete<void>(`/api/address-book/groups/${groupId}/members/${staffId}`);
  }
  importSheet(file: Blob) {
    return this.http.upload<ImportPreview>('/api/directory/import', file, XLSX_MIME);
  }
}
