import { useEffect, useState } from 'react';
import { Checkbox, Message, Modal, Typography } from '@arco-design/web-react';
import type { OrgNode, TemplateDto } from '@casmooc/domain';
import type { T } from '../../locale';

/** The orgs a template may be shared with (M-2): its own org and everything below it, in tree order with their depth. */
function subtreeOf(nodes: readonly OrgNode[], ownerId: number): Array<{ org: OrgNode; depth: number }> {
  const flatten = (node: OrgNode, depth: number): Array<{ org: OrgNode; depth: number }> => [{ org: node, depth }, ...node.children.flatMap((c) => flatten(c, depth + 1))];
  for (const node of nodes) {
    if (node.id === ownerId) return flatten(node, 0);
    const found = subtreeOf(node.children, ownerId);
    if (found.length) return found;
  }
  return [];
}

const listBox = { maxHeight: 360, overflow: 'auto', padding: '8px 12px', border: '1px solid var(--color-border-2)', borderRadius: 4 };

/**
 * 共享: tick the orgs (each with its subtree) a template is shared with;
 * none stops sharing. Plain labelled checkboxes, indented as the tree is:
 * Tab and Space work, and a screen reader hears each org's name.
 */
export function ShareModal({ template, orgs, t, onShare, onClose }: { template: TemplateDto | null; orgs: readonly OrgNode[]; t: T; onShare(template: TemplateDto, orgIds: number[]): Promise<void>; onClose(): void }) {
  const [chosen, setChosen] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => setChosen(template?.shares.map((s) => s.orgId) ?? []), [template]);
  const choices = template ? subtreeOf(orgs, template.orgId) : [];
  return (
    <Modal
      visible={template !== null}
      title={template ? t('share.title', { name: template.name }) : ''}
      okText={t('share.ok')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: busy }}
      onCancel={onClose}
      onOk={async () => {
        setBusy(true);
        try {
          await onShare(template!, chosen);
          Message.success(t('share.done'));
          onClose();
        } catch (e) {
          Message.error((e as Error).message);
        } finally {
          setBusy(false);
        }
      }}
      unmountOnExit
    >
      <Typography.Paragraph type="secondary">{t('share.hint')}</Typography.Paragraph>
      <div role="group" aria-label={t('share.orgs')} style={listBox}>
        <Checkbox.Group direction="vertical" value={chosen} onChange={(ids: number[]) => setChosen(ids)}>
          {choices.map(({ org, depth }) => (
            <Checkbox key={org.id} value={org.id} style={{ paddingLeft: depth * 20 }}>
              {org.name}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </div>
    </Modal>
  );
}
