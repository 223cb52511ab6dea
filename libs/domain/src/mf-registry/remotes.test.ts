import { containerName } from './remotes';
import { registryUpdateSchema } from './schemas';

describe('mf registry', () => {
  it('derives identifier-safe container names', () => {
    expect(containerName('mf-plans')).toBe('mf_plans');
  });

  it('accepts same-origin paths and http(s) manifest URLs', () => {
    expect(registryUpdateSchema.safeParse({ url: '/remotes/mf-plans/mf-manifest.json', version: '1.2.0' }).success).toBe(true);
    expect(registryUpdateSchema.safeParse({ url: 'https://cdn.example.org/plans/1.2/mf-manifest.json', version: '1.2' }).success).toBe(true);
  });

  it('refuses script URLs, non-manifests and unknown fields', () => {
    expect(registryUpdateSchema.safeParse({ url: 'javascript:alert(1)//.json', version: '1' }).success).toBe(false);
    expect(registryUpdateSchema.safeParse({ url: '/remotes/mf-plans/remoteEntry.js', version: '1' }).success).toBe(false);
    expect(registryUpdateSchema.safeParse({ url: '/a/mf-manifest.json', version: '1', extra: true }).success).toBe(false);
  });
});
