import { pinyin } from 'pinyin-pro';

export interface NamePinyin {
  /** `zhangsan` for 张三: what people type to find a name. */
  full: string;
  /** `zs` for 张三. */
  initials: string;
}

// Names read their first character as a surname (曾 zeng, 单 shan, 乐 yue),
// and ü is typed as v (吕 lv), as every pinyin keyboard does.
const options = { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive', v: true } as const;

export function namePinyin(name: string): NamePinyin {
  const syllables = pinyin(name, options).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}
