/** Arco's dialogs: a modal and a drawer each live in a wrapper that is removed or hidden when they close. */
const DIALOGS = '.arco-modal-wrapper, .arco-drawer-wrapper';

const anyDialogOpen = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(DIALOGS)].some((d) => doc.defaultView?.getComputedStyle(d).display !== 'none');

/**
 * When a modal or drawer closes, focus goes back to what opened it. Arco
 * leaves it on <body>, so a keyboard user starts again from the top of the
 * page and a screen reader loses its place. One watcher in the shell serves
 * every remote's dialogs: it remembers the last element focused outside a
 * dialog and, once no dialog is open and focus has fallen to <body>,
 * returns focus there.
 */
export function returnFocusAfterDialogs(doc: Document = document): () => void {
  let opener: HTMLElement | null = null;
  let wasOpen = false;
  let scheduled = false;
  const onFocus = (e: FocusEvent) => {
    if (e.target instanceof HTMLElement && e.target !== doc.body && !e.target.closest(DIALOGS)) opener = e.target;
  };
  const check = () => {
    scheduled = false;
    const open = anyDialogOpen(doc);
    const focusLost = doc.activeElement === null || doc.activeElement === doc.body;
    if (wasOpen && !open && focusLost && opener?.isConnected) opener.focus();
    wasOpen = open;
  };
  // Dialogs open and close by adding, removing and restyling their wrappers: look once per frame at most.
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  });
  doc.addEventListener('focusin', onFocus, true);
  observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
  return () => {
    doc.removeEventListener('focusin', onFocus, true);
    observer.disconnect();
  };
}
