import { runtimeServes, sharedMissing, shellServes } from './shell-contract';

describe('shellServes', () => {
  const shell = { version: 3, oldestServed: 2 };
  it('serves remotes built for its own version and the older ones it still provides for', () => {
    expect([1, 2, 3, 4].map((v) => shellServes(v, shell))).toEqual([false, true, true, false]);
  });
  it('does not serve a remote built before versions were stated', () => {
    expect(shellServes(undefined, shell)).toBe(false);
  });
});

describe('runtimeServes', () => {
  it('runs a remote on the shell’s federation runtime when the shell’s is the same or newer within a major (the shell is upgraded first)', () => {
    expect(['2.9.3', '2.9.0', '2.1.7', '2.9.4', '2.10.0', '3.0.0', '1.9.3'].map((remote) => runtimeServes(remote, '2.9.3'))).toEqual([true, true, true, false, false, false, false]);
  });
  it('a remote that names no runtime brings its own', () => {
    expect(runtimeServes(undefined, '2.9.3')).toBe(true);
  });
});

describe('sharedMissing', () => {
  const provided = { '@arco-design/web-react': ['Button', 'Table'], 'react-router-dom': ['Link'] };
  it('names what a remote takes of a package shared in part that the shell does not provide', () => {
    expect(sharedMissing({ '@arco-design/web-react': ['Button', 'Slider', 'Table'], 'react-router-dom': ['Link'] }, provided)).toEqual(['@arco-design/web-react: Slider']);
    expect(sharedMissing({ 'react-router-dom': ['Link', 'Routes'] }, provided)).toEqual(['react-router-dom: Routes']);
    expect(sharedMissing({ '@arco-design/web-react': ['Table'] }, provided)).toEqual([]);
  });
  it('checks nothing when a side states nothing (a remote built before the rule brings its own)', () => {
    expect(sharedMissing(undefined, provided)).toEqual([]);
    expect(sharedMissing({ 'react-router-dom': ['Link'] }, undefined)).toEqual([]);
  });
});
