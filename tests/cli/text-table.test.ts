// The aligned text table: display widths (CJK counts two), last column unpadded, escapes.
import { describe, expect, it } from 'vitest';
import { displayWidth, textTable } from '../../src/cli/text-table.js';

describe('displayWidth', () => {
  it.each([
    ['Cao Shunli', 10],
    ['曹顺利', 6],
    ['"曹顺利"@zh', 11],
    ['', 0],
    ['e\u0301', 1],
  ])('%j is %i columns wide', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('textTable', () => {
  it('aligns columns by display width', () => {
    expect(textTable(['name', 'n'], [['曹顺利', '1'], ['Cao Shunli', '22']])).toBe(
      ['name        n', '----------  --', '曹顺利      1', 'Cao Shunli  22'].join('\n'),
    );
  });

  it('keeps a cell on one line', () => {
    expect(textTable(['a'], [['x\ny\tz']])).toBe('a\n-------\nx\\ny\\tz');
  });
});
