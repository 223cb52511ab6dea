import { shellServes } from './shell-contract';

describe('shellServes', () => {
  const shell = { version: 3, oldestServed: 2 };
  it('serves remotes built for its own version and the older ones it still provides for', () => {
    expect([1, 2, 3, 4].map((v) => shellServes(v, shell))).toEqual([false, true, true, false]);
  });
  it('does not serve a remote built before versions were stated', () => {
    expect(shellServes(undefined, shell)).toBe(false);
  });
});
