import type { Label, Locale } from '@casmooc/domain';

const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

/**
 * Names Arco writes into its markup in English whatever the language (they
 * are not in its locale files), keyed by that English text: a modal's close
 * button, a tag's (named by what it removes), a tree node's expand/collapse
 * switch (named by its node), the tabs' overflow and add/remove buttons, the
 * breadcrumb's ellipsis.
 */
const LABELS: Readonly<Record<string, (element: HTMLElement) => Label>> = {
  Close: (element) => {
    if (!element.classList.contains('arco-tag-close-btn')) return { 'zh-CN': '关闭', 'en-US': 'Close' };
    const tag = text(element.closest('.arco-tag')?.querySelector('.arco-tag-content'));
    return { 'zh-CN': `移除 ${tag}`.trim(), 'en-US': `Remove ${tag}`.trim() };
  },
  // Not named by their node: a search for the node's name must find the node, not its switch.
  'expand button': () => ({ 'zh-CN': '展开', 'en-US': 'Expand' }),
  'fold button': () => ({ 'zh-CN': '收起', 'en-US': 'Collapse' }),
  'expand tabs': () => ({ 'zh-CN': '更多标签页', 'en-US': 'More tabs' }),
  'add tab': () => ({ 'zh-CN': '添加标签页', 'en-US': 'Add a tab' }),
  'remove tab': () => ({ 'zh-CN': '移除标签页', 'en-US': 'Remove the tab' }),
  'ellipses of breadcrumb items': () => ({ 'zh-CN': '更多层级', 'en-US': 'More levels' }),
};

/** Where the English name Arco gave an element is kept, so it is named again when the language changes. */
const ORIGINAL = 'data-library-label';
const SELECTOR = [...Object.keys(LABELS).map((label) => `[aria-label="${label}"]`), `[${ORIGINAL}]`].join(', ');

function relabel(root: ParentNode, locale: Locale): void {
  for (const element of root.querySelectorAll<HTMLElement>(SELECTOR)) {
    const current = element.getAttribute('aria-label') ?? '';
    // Arco sets its own text again when it re-renders (a node opens: "fold button").
    const original = current in LABELS ? current : element.getAttribute(ORIGINAL)!;
    const named = LABELS[original](element)[locale];
    element.setAttribute(ORIGINAL, original);
    if (current !== named) element.setAttribute('aria-label', named);
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
