/**
 * The tails of a name after its first character: 欧阳明华 → 阳明华, 明华, 华.
 * Stored with an index, they make "any part of a name" a prefix search:
 * 明 is a prefix of 明华, so searching 明 finds 欧阳明华 without scanning
 * every name. The name itself covers the prefixes.
 */
export function nameTails(name: string): string[] {
  const chars = [...name.trim()];
  return chars.slice(1).map((_, i) => chars.slice(i + 1).join(''));
}
