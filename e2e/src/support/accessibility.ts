import fs from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  /** What axe says is wrong with the first element, and its markup. */
  why: string;
  html: string;
  targets: string[];
}

/**
 * Problems in Arco's own markup that our props cannot reach, each narrowed
 * to the rule and the element: the menu's collapsed submenus point
 * aria-controls at lists not rendered yet, its role="menu" holds group
 * wrappers (its submenu headers are divs with aria-expanded and no role,
 * named by axe by their id or their class), the page-size picker puts aria-label on a plain div, and the
 * tree numbers its levels from 0 (aria-level starts at 1). Every other finding fails the test.
 */
const LIBRARY_OWNED: ReadonlyArray<{ rule: string; target: RegExp }> = [
  { rule: 'aria-allowed-attr', target: /^(div\[aria-controls="arco-menu-\d+-submenu-inline-\d+"\]|\.arco-menu-inline-header)$/ },
  { rule: 'aria-required-children', target: /(^|\s)\.arco-menu(\.arco-menu-[\w-]+)*$/ },
  { rule: 'aria-prohibited-attr', target: /^\.arco-pagination-option$/ },
  { rule: 'aria-valid-attr-value', target: /\.arco-tree-node[\w.-]*$/ },
];

/** Waits until nothing moves (an animation ending may start the next: a few rounds). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const settling = () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
    for (let round = 0; round < 10 && settling().length > 0; round += 1) {
      await Promise.all(settling().map((a) => a.finished.catch(() => undefined)));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
}

/**
 * The WCAG 2.1 A/AA problems axe-core finds on the page as it is now
 * (dialogs and popups included), or only inside `within` (a selector), one
 * line each so a failing test says what and where.
 */
export async function accessibilityViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated, not added as a script tag: the portal's CSP (rightly) refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  // Judged at rest: a message fading in is not yet the colour it will be, and one animation ending may start the
  // next (Arco's field error fades in, then blinks); when something started moving while axe ran (a message
  // closing), the page is judged again.
  let violations: Violation[] = [];
  for (let round = 0, moved = true; moved && round < 3; round += 1) {
    await settled(page);
    ({ violations, moved } = await page.evaluate(async (scope) => {
      const axe = (window as unknown as { axe: { run(context: Document | { include: string[] }, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; html: string; failureSummary?: string }> }> }> } }).axe;
      let started = false;
      const onStart = () => (started = true);
      for (const type of ['animationstart', 'transitionrun']) document.addEventListener(type, onStart, true);
      const result = await axe.run(scope ? { include: [scope] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      for (const type of ['animationstart', 'transitionrun']) document.removeEventListener(type, onStart, true);
      return {
        moved: started,
        violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, why: v.nodes[0]?.failureSummary ?? '', html: v.nodes[0]?.html.slice(0, 200) ?? '', targets: v.nodes.map((n) => n.target.join(' ')) })),
      };
    }, within));
  }
  return violations
    .map((v: Violation) => ({ ...v, targets: v.targets.filter((target) => !LIBRARY_OWNED.some((known) => known.rule === v.id && known.target.test(target))) }))
    .filter((v) => v.targets.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(', ')} — ${v.why.replace(/\s+/g, ' ')} — ${v.html}`);
}
