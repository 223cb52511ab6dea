/**
 * Deterministic generators of realistic people, so seeds are the same on
 * every machine (tests rely on that) without shipping a list of real names.
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红文辉玉珍鹏飞斌宇浩凯欣怡晨阳雪梅海燕丹萍琳婷晓东立新振华雨轩子涵思远嘉怡佳慧一鸣天翼书瑶梓萱安莉健英笛芬';

/** mulberry32: a tiny seeded PRNG; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, list: ArrayLike<T>): T {
  return list[Math.floor(random() * list.length)];
}

export function chineseName(random: () => number): string {
  const given = Array.from(GIVEN);
  const first = pick(random, given);
  return pick(random, SURNAMES) + (random() < 0.55 ? first + pick(random, given) : first);
}

export function mobilePhone(random: () => number): string {
  const prefix = pick(random, ['130', '135', '138', '139', '150', '156', '158', '177', '186', '189']);
  return prefix + String(Math.floor(random() * 1e8)).padStart(8, '0');
}

export function postType(random: () => number): 'research' | 'management' | 'support' {
  const r = random();
  return r < 0.6 ? 'research' : r < 0.8 ? 'management' : 'support';
}
