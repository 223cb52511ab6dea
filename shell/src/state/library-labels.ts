import type { Locale } from '@casmooc/domain';

/**
 * Names Arco writes into its markup in English whatever the language (they
 * are not in its locale files): a modal's and a tag's close button, a tree
 * node's expand/collapse switch, the tabs' overflow and add/remove buttons,
 * the breadcrumb's ellipsis. Each is known by every text it may carry, so a
 * label already translated is found again when the language changes.
 */
const LABELS: ReadonlyArray<Record<Locale, string> & { arco: string }> = [
  { arco: 'Close', 'zh-CN': '关闭', 'en-US': 'Close' },
  { arco: 'expand button', 'zh-CN': '展开', 'en-US': 'Expand' },
  { arco: 'fold button', 'zh-CN': '收起', 'en-US': 'Collapse' },
  { arco: 'expand tabs', 'zh-CN': '更多标签页', 'en-US': 'More tabs' },
  { arco: 'add tab', 'zh-CN': '添加标签页', 'en-US': 'Add a tab' },
  { arco: 'remove tab', 'zh-CN': '移除标签页', 'en-US': 'Remove the tab' },
  { arco: 'ellipses of breadcrumb items', 'zh-CN': '更多层级', 'en-US': 'More levels' },
];

const byText = new Map(LABELS.flatMap((label) => [label.arco, label['zh-CN'], label['en-US']].map((text) => [text, label] as const)));

function relabel(root: ParentNode, locale: Locale): void {
  for (const element of root.querySelectorAll<HTMLElement>('[aria-label]')) {
    const label = byText.get(element.getAttribute('aria-label')!);
    if (label && element.getAttribute('aria-label') !== label[locale]) element.setAttribute('aria-label', label[locale]);
  }
}

/**
 * Keeps Arco's own accessible names in the user's language: a screen
 * reader in a Chinese page hears “关闭”, not “Close”. One watcher in the
 * shell serves every remote; `locale()` is read on every pass, and
 * `relabelAll` is called when the language changes.
 */
export function localiseLibraryLabels(locale: () => Locale, doc: Document = document): { relabelAll(): void; stop(): void } {
  let scheduled = false;
  const pass = () => {
    scheduled = false;
    relabel(doc.body, locale());
  };
  // Arco renders popups and dialogs late and in portals: look once per frame at most.
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(pass);
  });
  observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  pass();
  return { relabelAll: pass, stop: () => observer.disconnect() };
}
