import type { Locale } from '@casmooc/domain';
import { localiseLibraryLabels } from './library-labels';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('localiseLibraryLabels', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('names Arco’s close buttons, its tags’ and its tree’s switches in the user’s language, and follows a change of language', async () => {
    let locale: Locale = 'zh-CN';
    document.body.innerHTML = `
      <button class="arco-modal-close-icon" aria-label="Close"></button>
      <span class="arco-tag"><span class="arco-tag-content">白英</span><span class="arco-tag-close-btn" aria-label="Close"></span></span>
      <div class="arco-tree-node"><span aria-label="fold button"></span><span class="arco-tree-node-title">新媒体部</span></div>
      <button aria-label="发布"></button>`;
    const labels = localiseLibraryLabels(() => locale);
    const names = () => [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
    expect(names()).toEqual(['关闭', '移除 白英', '收起', '发布']);

    // Rendered later (a modal opens): named at the next frame.
    document.body.insertAdjacentHTML('beforeend', '<span aria-label="expand tabs"></span>');
    await frame();
    expect(names()).toEqual(['关闭', '移除 白英', '收起', '发布', '更多标签页']);

    // Arco writes its own text again when a node opens or closes.
    document.querySelector('[aria-label="收起"]')!.setAttribute('aria-label', 'expand button');
    await frame();
    expect(names()[2]).toBe('展开');

    locale = 'en-US';
    labels.relabelAll();
    expect(names()).toEqual(['Close', 'Remove 白英', 'Expand', '发布', 'More tabs']);
    labels.stop();
  });
});
