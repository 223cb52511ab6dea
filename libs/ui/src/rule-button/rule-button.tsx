import { Button, Tooltip } from '@arco-design/web-react';
import type { ActionView } from '@casmooc/domain';

export interface RuleButtonProps {
  /** What the rules say about the action (P-13): allowed, or the reason it is not. */
  view: ActionView;
  label: string;
  onClick?: () => void;
  busy?: boolean;
}

/** A row action that is disabled with the server's reason as its tooltip. */
export function RuleButton({ view, label, onClick, busy = false }: RuleButtonProps) {
  const button = (
    <Button type="text" size="mini" disabled={!view.allowed} loading={busy} onClick={onClick} aria-label={label}>
      {label}
    </Button>
  );
  if (view.allowed) return button;
  // A disabled button fires no mouse events: the tooltip hangs on a wrapper.
  return (
    <Tooltip content={view.reason}>
      <span className="rule-button--disabled" style={{ display: 'inline-block', cursor: 'not-allowed' }}>
        {button}
      </span>
    </Tooltip>
  );
}
