import type { OrgNode } from '@casmooc/domain';

/** An org tree as Arco's TreeSelect takes it: string keys, the org's name as the title. */
export interface OrgTreeData {
  key: string;
  title: string;
  children: OrgTreeData[];
}

export const orgTreeData = (nodes: readonly OrgNode[]): OrgTreeData[] => nodes.map((n) => ({ key: String(n.id), title: n.name, children: orgTreeData(n.children) }));

/** A Form.Item's props for an org field shown as a TreeSelect: the tree's keys are strings, the form's org id a number. */
export const ORG_ID_FIELD = {
  normalize: (key?: string) => (key === undefined ? undefined : Number(key)),
  formatter: (id?: number | string) => (id === undefined ? undefined : String(id)),
};
