import { readdirSync } from 'node:fs';
import { SHELL_CONTRACT } from '@casmooc/ui';

/**
 * The shell's side of its contract with the remotes: every exposed module
 * still has every export the contract names. Removing or renaming one
 * breaks deployed remotes: that is a new contract version (see
 * SHELL_CONTRACT), never an accident this test lets through.
 */
describe('the shell contract', () => {
  it('names every exposed module, and nothing else', () => {
    const exposed = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `shell/${f.replace(/\.tsx?$/, '')}`);
    expect(Object.keys(SHELL_CONTRACT.modules).sort()).toEqual(exposed.sort());
  });

  it.each(Object.entries(SHELL_CONTRACT.modules))('%s still exports what remotes use', async (name, exports) => {
    const module = (await import(`./${name.replace('shell/', '')}`)) as Record<string, unknown>;
    const missing = exports.filter((e) => module[e] === undefined);
    expect(missing).toEqual([]);
  });
});
