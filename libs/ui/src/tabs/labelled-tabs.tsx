import { Tabs, type TabsProps } from '@arco-design/web-react';

/**
 * Arco's Tabs with what assistive technology needs: its tab buttons carry
 * role="tab" but sit in no tablist, so a screen reader announces loose
 * tabs and axe flags every one. Wrapped, the header is a named tablist.
 */
export function LabelledTabs({ label, ...props }: TabsProps & { label: string }) {
  return (
    <Tabs
      {...props}
      renderTabHeader={(headerProps, DefaultTabHeader) => (
        <div role="tablist" aria-label={label}>
          <DefaultTabHeader {...headerProps} />
        </div>
      )}
    />
  );
}

LabelledTabs.TabPane = Tabs.TabPane;
