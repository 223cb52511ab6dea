import { passwordProblems } from './password-strength';

const zh = (password: string, username = 'root', known: string[] = []) => passwordProblems(password, username, known).map((p) => p['zh-CN']);

describe('a chosen password', () => {
  it('will do with twelve characters of three kinds, without the username, not a known one', () => {
    expect(zh('Kexue-Yuan2026')).toEqual([]);
    expect(zh('kexue yuan 2026')).toEqual([]);
  });
  it('each shortfall is named', () => {
    expect(zh('Ab1!')).toEqual(['密码至少 12 位']);
    expect(zh('abcdefghijklmn')).toEqual(['密码须包含小写字母、大写字母、数字、符号中的至少三类']);
    expect(zh('Root-Password-1', 'root')).toEqual(['密码不能包含用户名']);
    expect(zh('Casmooc@2026-x', 'admin', ['Casmooc@2026-x'])).toEqual(['不能使用公开的演示密码']);
  });
});
