import { useEffect } from 'react';

/**
 * The tab's title in the user's language, most specific first:
 * "本机构计划 · 培训计划 · 培训计划管理平台 · 中国科学院继续教育网" (WCAG 2.4.2).
 * index.html's Chinese title only stands until the shell has rendered.
 */
export function useDocumentTitle(parts: ReadonlyArray<string | undefined>): void {
  const title = [...new Set(parts.filter((p): p is string => Boolean(p)))].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
