import { renderHook } from '@testing-library/react';
import { useDebounced } from './use-debounced';

describe('useDebounced', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs once after a burst, with the latest callback, and not after unmount', () => {
    const first = jest.fn();
    const second = jest.fn();
    const { result, rerender, unmount } = renderHook(({ run }) => useDebounced(run, 300), { initialProps: { run: first } });
    for (let i = 0; i < 1000; i++) result.current();
    rerender({ run: second });
    jest.advanceTimersByTime(299);
    expect(second).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    result.current();
    unmount();
    jest.advanceTimersByTime(300);
    expect(second).toHaveBeenCalledTimes(1);
  });
});
