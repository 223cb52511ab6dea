import { translator } from './translate';

describe('translator', () => {
  const messages = {
    'zh-CN': { hello: '你好，{name}' },
    'en-US': { hello: 'Hello, {name}' },
  };

  it('looks up the text of the current locale and fills variables', () => {
    expect(translator(messages, 'zh-CN')('hello', { name: '张三' })).toBe('你好，张三');
    expect(translator(messages, 'en-US')('hello', { name: 'Zhang' })).toBe('Hello, Zhang');
  });
});
