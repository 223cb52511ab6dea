import type { Label } from '../i18n/locale';

export const MIN_PASSWORD_LENGTH = 12;

const CLASSES: ReadonlyArray<RegExp> = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/];

/**
 * What is wrong with a password an operator chooses for an account (the
 * first academy admin): at least 12 characters of at least three kinds
 * (lower case, upper case, digits, symbols), not holding the username, and
 * none of the known passwords (the demo one). Empty when it will do.
 */
export function passwordProblems(password: string, username: string, known: readonly string[] = []): Label[] {
  const problems: Label[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push({ 'zh-CN': `密码至少 ${MIN_PASSWORD_LENGTH} 位`, 'en-US': `At least ${MIN_PASSWORD_LENGTH} characters` });
  if (CLASSES.filter((c) => c.test(password)).length < 3) problems.push({ 'zh-CN': '密码须包含小写字母、大写字母、数字、符号中的至少三类', 'en-US': 'At least three of: lower case, upper case, digits, symbols' });
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push({ 'zh-CN': '密码不能包含用户名', 'en-US': 'It may not contain the username' });
  if (known.includes(password)) problems.push({ 'zh-CN': '不能使用公开的演示密码', 'en-US': 'It may not be the published demo password' });
  return problems;
}
