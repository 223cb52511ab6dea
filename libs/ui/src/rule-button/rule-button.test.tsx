import { fireEvent, render, screen } from '@testing-library/react';
import { RuleButton } from './rule-button';

describe('RuleButton', () => {
  it('a refused action stays reachable by keyboard and tells a screen reader why', () => {
    const onClick = jest.fn();
    render(<RuleButton view={{ allowed: false, rule: 'P-4', reason: '暂存计划不能发布 (P-4)' }} label="发布" onClick={onClick} />);
    const button = screen.getByRole('button', { name: '发布' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect((button as HTMLButtonElement).disabled).toBe(false);
    expect(button.tabIndex).not.toBe(-1);
    expect(button.getAttribute('aria-description')).toBe('暂存计划不能发布 (P-4)');
    // Written once on the page (in the tooltip when shown), not again in hidden text.
    expect(screen.queryByText('暂存计划不能发布 (P-4)')).toBeNull();
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('an allowed action is a plain button with no description', () => {
    const onClick = jest.fn();
    render(<RuleButton view={{ allowed: true }} label="发布" onClick={onClick} />);
    const button = screen.getByRole('button', { name: '发布' });
    expect(button.getAttribute('aria-description')).toBeNull();
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
