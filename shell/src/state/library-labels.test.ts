import type { Locale } from '@casmooc/domain';
import { localiseLibraryLabels } from './library-labels';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('localiseLibraryLabels', () => {
  it('names Arco’s close and expand buttons in the user’s language, and follows a change of language', async () => {
    let locale: Locale = 'zh-CN';
    document.body.innerHTML = '<button aria-label="Close"></button><span aria-label="fold button"></span><button aria-label="发布"></button>';
    const labels = localiseLibraryLabels(() => locale);
    const names = () => [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
    expect(names()).toEqual(['关闭', '收起', '发布']);

    // Rendered later (a modal opens): named at the next frame.
    document.body.insertAdjacentHTML('beforeend', '<span aria-label="expand button"></span>');
    await frame();
    expect(names()).toEqual(['关闭', '收起', '发布', '展开']);

    locale = 'en-US';
    labels.relabelAll();
    expect(names()).toEqual(['Close', 'Collapse', '发布', 'Expand']);
    labels.stop();
  });
});
