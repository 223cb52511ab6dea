import { prefixSuccessor } from './prefix';

describe('prefixSuccessor', () => {
  it('bounds every string with the prefix', () => {
    expect(prefixSuccessor('zhang')).toBe('zhanh');
    expect(prefixSuccessor('/1/2/')).toBe('/1/20');
    expect('/1/2/999/' < prefixSuccessor('/1/2/')).toBe(true);
    expect('/1/20/' < prefixSuccessor('/1/2/')).toBe(false);
    expect(prefixSuccessor('张天')).toBe('张太');
  });
});
