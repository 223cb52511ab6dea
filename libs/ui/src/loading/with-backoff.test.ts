import { withBackoff } from './with-backoff';

describe('withBackoff', () => {
  it('retries after each delay and returns the first success', async () => {
    const attempt = jest.fn().mockRejectedValueOnce(new Error('down')).mockRejectedValueOnce(new Error('down')).mockResolvedValue('ok');
    await expect(withBackoff(attempt, [1, 1, 1])).resolves.toBe('ok');
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it('gives up with the last error after the last delay', async () => {
    const attempt = jest.fn().mockRejectedValue(new Error('still down'));
    await expect(withBackoff(attempt, [1, 1])).rejects.toThrow('still down');
    expect(attempt).toHaveBeenCalledTimes(3);
  });
});
