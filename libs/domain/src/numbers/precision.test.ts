import { hasAtMostDecimals } from './precision';

describe('decimal places the columns keep', () => {
  it('accepts what a DECIMAL column stores exactly and refuses more places', () => {
    expect(hasAtMostDecimals(12.3, 1)).toBe(true);
    expect(hasAtMostDecimals(16, 1)).toBe(true);
    expect(hasAtMostDecimals(12.25, 1)).toBe(false);
    expect(hasAtMostDecimals(0.1 + 0.2, 1)).toBe(true);
    expect(hasAtMostDecimals(19999.99, 2)).toBe(true);
    expect(hasAtMostDecimals(19999.999, 2)).toBe(false);
  });
});
