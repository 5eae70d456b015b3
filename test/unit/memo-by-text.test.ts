import { memoByNameAndText, memoByText } from '../../src/text/memo-by-text';

describe('memoByText', () => {
  it('computes a text once and hands every caller the same value', () => {
    const compute = jest.fn((text: string) => ({ length: text.length }));
    const remembered = memoByText(compute);
    const first = remembered('abc');
    expect(remembered('abc')).toBe(first);
    expect(remembered('abcd')).toEqual({ length: 4 });
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('freezes what it remembers all the way down, so a caller cannot change it for the next', () => {
    const remembered = memoByText((text: string) => ({ words: text.split(' ').map((word) => ({ word })) }));
    const value = remembered('kept corpus');
    expect(() => value.words.push({ word: 'more' })).toThrow(TypeError);
    expect(() => {
      value.words[0].word = 'changed';
    }).toThrow(TypeError);
    expect(remembered('kept corpus')).toEqual({ words: [{ word: 'kept' }, { word: 'corpus' }] });
  });

  it('forgets the texts used least recently once it holds more than its size in characters', () => {
    const compute = jest.fn((text: string) => ({ text }));
    const remembered = memoByText(compute, 10);
    remembered('aaaa');
    remembered('bbbb');
    remembered('aaaa'); // now the more recent of the two
    remembered('cccc'); // 12 characters: the least recent goes
    expect(compute).toHaveBeenCalledTimes(3);
    remembered('aaaa');
    expect(compute).toHaveBeenCalledTimes(3);
    remembered('bbbb');
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('computes a text larger than the whole memo every time, without holding it', () => {
    const compute = jest.fn((text: string) => ({ text }));
    const remembered = memoByText(compute, 10);
    const large = 'x'.repeat(11);
    remembered(large);
    remembered(large);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

describe('memoByNameAndText', () => {
  it('keys by the name and the text together', () => {
    const compute = jest.fn((name: string, text: string) => ({ name, text }));
    const remembered = memoByNameAndText(compute);
    expect(remembered('a.yaml', 'x: 1')).toEqual({ name: 'a.yaml', text: 'x: 1' });
    expect(remembered('b.yaml', 'x: 1')).toEqual({ name: 'b.yaml', text: 'x: 1' });
    expect(remembered('a.yaml', 'x: 1')).toBe(remembered('a.yaml', 'x: 1'));
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
