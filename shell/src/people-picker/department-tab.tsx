import { useEffect, useRef, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Alert, Checkbox, Input, Tree } from '@arco-design/web-react';
import type { DepartmentNode, PostType, StaffSummary } from '@casmooc/domain';
import type { DirectoryClient } from '../api/directory-client';
import { useT } from '../exposed/locale';
import { pickerMessages } from './locale';
import type { SelectionStore } from './picker-store';
import { StaffList } from './staff-list';

interface Props {
  client: DirectoryClient;
  selection: SelectionStore;
  add(people: readonly StaffSummary[]): void;
  multiple: boolean;
  scopeOrgId?: number;
  postTypes: readonly PostType[];
}

interface TreeItem {
  key: string;
  title: string;
  children: TreeItem[];
}

const toTreeData = (nodes: readonly DepartmentNode[]): TreeItem[] =>
  nodes.map((n) => ({ key: String(n.id), title: `${n.name}（${n.totalCount}）`, children: toTreeData(n.children) }));

function findNode(nodes: readonly DepartmentNode[], id: number): DepartmentNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** 从部门选择: the department tree (ticking a department picks all its staff) and its people, searchable. */
export const DepartmentTab = observer(function DepartmentTab({ client, selection, add, multiple, scopeOrgId, postTypes }: Props) {
  const t = useT(pickerMessages);
  const [tree, setTree] = useState<DepartmentNode[]>([]);
  const [orgId, setOrgId] = useState<number>();
  const [checked, setChecked] = useState<string[]>([]);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<StaffSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const staffOf = useRef(new Map<number, Promise<StaffSummary[]>>());
  const types = postTypes.join(',');

  const departmentStaff = (id: number) => {
    const cached = staffOf.current.get(id);
    if (cached) return cached;
    const loading = client.departmentStaff(id, postTypes);
    staffOf.current.set(id, loading);
    loading.catch(() => staffOf.current.delete(id));
    return loading;
  };

  useEffect(() => {
    client.departments().then(
      (nodes) => {
        const scoped = scopeOrgId ? [findNode(nodes, scopeOrgId)].filter((n): n is DepartmentNode => Boolean(n)) : nodes;
        setTree(scoped);
        setExpanded(scoped.map((n) => String(n.id)));
        setOrgId(scoped[0]?.id);
        if (!scoped.length) setLoading(false);
      },
      (e: Error) => {
        setError(e.message);
        setLoading(false);
      },
    );
  }, [client, scopeOrgId]);

  useEffect(() => {
    if (orgId === undefined) return;
    let current = true;
    setLoading(true);
    const timer = setTimeout(
      () => {
        const q = query.trim();
        const load = q ? client.search({ q, orgId, postTypes: types ? (types.split(',') as PostType[]) : [], pageSize: 100 }).then((page) => page.items) : departmentStaff(orgId);
        load
          .then((result) => current && setPeople(result), (e: Error) => current && setError(e.message))
          .finally(() => current && setLoading(false));
      },
      query ? 250 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // departmentStaff is stable per opening (it caches by org).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, orgId, query, types]);

  const onCheck = async (keys: string[]) => {
    const ticked = keys.filter((k) => !checked.includes(k));
    const unticked = checked.filter((k) => !keys.includes(k));
    setChecked(keys);
    try {
      for (const key of ticked) add(await departmentStaff(Number(key)));
      for (const key of unticked) selection.remove((await departmentStaff(Number(key))).map((p) => p.id));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="picker__columns">
      <div className="picker__tree">
        <Tree
          blockNode
          expandedKeys={expanded}
          onExpand={(keys) => setExpanded(keys as string[])}
          selectedKeys={orgId ? [String(orgId)] : []}
          onSelect={(keys) => keys[0] && setOrgId(Number(keys[0]))}
          // Arco's own tree checkbox is an input without a name: ours is labelled by the department it ticks.
          renderTitle={(node) => {
            const key = String(node._key);
            if (!multiple) return node.title;
            // The box ticks the whole department; the name beside it (outside the box) shows its people.
            return (
              <>
                <span className="picker__tree-check" onClick={(e) => e.stopPropagation()}>
                  <Checkbox checked={checked.includes(key)} onChange={(on: boolean) => void onCheck(on ? [...checked, key] : checked.filter((k) => k !== key))}>
                    <span className="visually-hidden">{t('picker.tickDepartment', { name: String(node.title) })}</span>
                  </Checkbox>
                </span>
                {node.title}
              </>
            );
          }}
          treeData={toTreeData(tree)}
          virtualListProps={{ height: 360 }}
        />
      </div>
      <div className="picker__people">
        {error && <Alert type="error" content={t('picker.loadFailed', { message: error })} closable onClose={() => setError(null)} />}
        <Input.Search allowClear value={query} onChange={setQuery} placeholder={t('picker.search')} aria-label={t('picker.search')} />
        <StaffList
          people={people}
          selection={selection}
          loading={loading}
          multiple={multiple}
          add={add}
        />
      </div>
    </div>
  );
});
