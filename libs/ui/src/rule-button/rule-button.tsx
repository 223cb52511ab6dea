import { Button, Tooltip } from '@arco-design/web-react';
import type { ActionView } from '@casmooc/domain';

export interface RuleButtonProps {
  /** What the rules say about the action (P-13): allowed, or the reason it is not. */
  view: ActionView;
  label: string;
  /** What a screen reader names it by, when the label is the same on every row ("冲销 / 更正 保密知识培训"). */
  ariaLabel?: string;
  onClick?: () => void;
  busy?: boolean;
}

/**
 * A row action that, when the rules refuse it, says why to everyone: the
 * reason shows on hover and on keyboard focus, and a screen reader reads it
 * as the button's description (aria-description: the reason is written
 * once on the page, in the tooltip, not again in hidden text). The refused
 * button stays in the tab order (aria-disabled, not disabled, which would
 * take it out and hide the reason).
 */
export function RuleButton({ view, label, ariaLabel = label, onClick, busy = false }: RuleButtonProps) {
  if (view.allowed) {
    return (
      <Button type="text" size="mini" loading={busy} onClick={onClick} aria-label={ariaLabel}>
        {label}
      </Button>
    );
  }
  return (
    <Tooltip content={view.reason} trigger={['hover', 'focus']}>
      <Button type="text" size="mini" className="rule-button--disabled" aria-disabled="true" aria-label={ariaLabel} aria-description={view.reason}>
        {label}
      </Button>
    </Tooltip>
  );
}
