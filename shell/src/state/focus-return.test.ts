import { returnFocusAfterDialogs } from './focus-return';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('returnFocusAfterDialogs', () => {
  it('puts focus back on the button that opened a dialog once the dialog closes', async () => {
    document.body.innerHTML = '<button id="opener">撤销</button>';
    const stop = returnFocusAfterDialogs();
    const opener = document.getElementById('opener')!;
    opener.focus();
    const wrapper = document.createElement('div');
    wrapper.className = 'arco-modal-wrapper';
    wrapper.innerHTML = '<textarea id="reason"></textarea>';
    document.body.append(wrapper);
    await frame();
    (document.getElementById('reason') as HTMLTextAreaElement).focus();
    wrapper.remove();
    await frame();
    expect(document.activeElement).toBe(opener);
    stop();
  });

  it('leaves focus alone where the user moved it, and without a dialog', async () => {
    document.body.innerHTML = '<button id="a">甲</button><button id="b">乙</button>';
    const stop = returnFocusAfterDialogs();
    document.getElementById('a')!.focus();
    document.body.append(document.createElement('span'));
    (document.activeElement as HTMLElement).blur();
    await frame();
    expect(document.activeElement).toBe(document.body);

    const wrapper = document.createElement('div');
    wrapper.className = 'arco-drawer-wrapper';
    wrapper.innerHTML = '<button id="inside">关闭</button>';
    document.body.append(wrapper);
    await frame();
    document.getElementById('b')!.focus();
    wrapper.style.display = 'none';
    await frame();
    expect(document.activeElement!.id).toBe('b');
    stop();
  });
});
