import { Component, Suspense, type ReactNode } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { lazyWithRetry, renewFailedChunk } from './lazy-with-retry';

const Page = () => <p>page form</p>;

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  private readonly retry = () => {
    renewFailedChunk(this.state.error);
    this.setState({ error: null });
  };
  override render() {
    return this.state.error ? <button onClick={this.retry}>retry</button> : this.props.children;
  }
}

const show = (Lazy: ReturnType<typeof lazyWithRetry>) =>
  render(
    <Boundary>
      <Suspense fallback={<p>loading</p>}>
        <Lazy />
      </Suspense>
    </Boundary>,
  );

describe('lazyWithRetry', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('loads a chunk that failed twice, without the user doing anything', async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error('ChunkLoadError')).mockRejectedValueOnce(new Error('ChunkLoadError')).mockResolvedValue(Page);
    show(lazyWithRetry(load, [1, 1]));
    expect(await screen.findByText('page form')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('after every try failed, the boundary’s retry loads the chunk afresh', async () => {
    let down = true;
    const load = jest.fn(() => (down ? Promise.reject(new Error('down')) : Promise.resolve(Page)));
    show(lazyWithRetry(load, [1]));
    const retry = await screen.findByRole('button', { name: 'retry' });
    const triedBefore = load.mock.calls.length;
    down = false;
    fireEvent.click(retry);
    await act(async () => undefined);
    expect(await screen.findByText('page form')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(triedBefore + 1);
  });
});
