import { nameTails } from './name-parts';
import { namePinyin } from './pinyin';

describe('namePinyin', () => {
  it('gives full pinyin and initials without tones', () => {
    expect(namePinyin('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
    expect(namePinyin('欧阳晓东')).toEqual({ full: 'ouyangxiaodong', initials: 'oyxd' });
  });

  it('reads the first character as a surname', () => {
    expect(namePinyin('曾志伟').full).toBe('zengzhiwei');
    expect(namePinyin('单雪梅').full).toBe('shanxuemei');
  });

  it('writes ü as v, as people type it', () => {
    expect(namePinyin('吕丽')).toEqual({ full: 'lvli', initials: 'll' });
  });

  it('keeps latin letters of mixed names', () => {
    expect(namePinyin('李Anna').full).toBe('lianna');
  });
});

describe('name tails', () => {
  it('lists every tail after the first character, so any part of a name is some tail’s prefix', () => {
    expect(nameTails('欧阳明华')).toEqual(['阳明华', '明华', '华']);
    expect(nameTails('张三')).toEqual(['三']);
    expect(nameTails('王')).toEqual([]);
  });
});
