import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem } from '../../src/seed/annotation-error';
import { locateProblems, pathSegments } from '../../src/seed/problem-locations';

describe('where a validation problem is', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-problems-'));
  const file = path.join(dir, 'a.yaml');
  fs.writeFileSync(
    file,
    [
      'article: { id: article-009, file: a.txt }',
      'statements:',
      '  - id: stmt-009-01',
      '    speaker: actor-x',
      '  - id: stmt-009-02',
      '    speaker: actor-y',
      '    quote: { text: "hi", start: 1, end: 3 }',
    ].join('\n'),
  );
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const locate = (problemPath: string) =>
    locateProblems([{ file: 'a.yaml', path: problemPath, reason: 'wrong' }], (shown) => path.join(dir, shown))[0];

  it('names the line of the value and the id of the item', () => {
    expect(locate('statements[1].speaker')).toMatchObject({ line: 6, item: 'stmt-009-02' });
    expect(locate('statements[1].quote.start')).toMatchObject({ line: 7, item: 'stmt-009-02' });
    expect(formatProblem(locate('statements[0].speaker'))).toBe('a.yaml:4: statements[0].speaker (stmt-009-01): wrong');
  });

  it('falls back to the item for a key that is missing, and names no item outside a list', () => {
    expect(locate('statements[0].date')).toMatchObject({ line: 3, item: 'stmt-009-01' });
    expect(locate('article.title')).toEqual({ file: 'a.yaml', path: 'article.title', reason: 'wrong', line: 1 });
  });

  it('leaves a problem unlocated when its path or file cannot be read', () => {
    expect(pathSegments('line 3, column 4')).toBeNull();
    expect(locate('line 3, column 4')).toEqual({ file: 'a.yaml', path: 'line 3, column 4', reason: 'wrong' });
    const missing = locateProblems([{ file: 'gone.yaml', path: 'statements[0]', reason: 'x' }], (shown) =>
      path.join(dir, shown),
    );
    expect(missing).toEqual([{ file: 'gone.yaml', path: 'statements[0]', reason: 'x' }]);
  });
});
