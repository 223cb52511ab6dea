/**
 * An organisation of the tree: the Academy (level 0), institutes (1),
 * departments (2) and any depth below. `path` lists the ids from the root
 * down to this org, as `/1/7/23/`, so "X's subtree" is a prefix match.
 */
export interface Org {
  id: number;
  parentId: number | null;
  name: string;
  level: number;
  path: string;
}

export interface OrgNode extends Org {
  children: OrgNode[];
}
