import { GraphQLError } from 'graphql';
import { formatProblem } from '../../src/seed/annotation-error';
import type { AnnotationProblem } from '../../src/seed/annotation-error';
import { locateInSubmitted } from '../../src/seed/submitted-locations';
import { sentDocument } from '../../src/sync/sent-document';

// A problem the validator finds in the corpus an API change makes names the
// corpus's file and path; locateInSubmitted gives it the line and column in
// the text the client sent (YAML or JSON), and leaves other problems alone.
const FILE = 'seed/annotations/005_x.yaml';
const problem = (path: string, file = FILE): AnnotationProblem => ({ file, path, reason: 'wrong' });

describe('locateInSubmitted', () => {
  const yamlItem = ['id: stmt-005-09', 'paraphrase: Someone says something.', 'speaker:   actor-nobody', ''].join('\n');

  it('places a problem of an item sent alone at its line and column in that text, with the argument and id', () => {
    const [located] = locateInSubmitted(
      [problem('statements[3].speaker')],
      [{ file: FILE, at: ['statements', 3], argument: 'item', text: yamlItem }],
    );
    expect(located).toEqual({
      ...problem('statements[3].speaker'),
      line: 3,
      column: 12,
      argument: 'item',
      item: 'stmt-005-09',
    });
    expect(formatProblem(located)).toBe(`${FILE} (item line 3, column 12): statements[3].speaker (stmt-005-09): wrong`);
  });

  it('counts in JSON as in YAML, and puts a key the item lacks at the item', () => {
    const json = '{\n  "id": "stmt-005-09",\n  "date": { "value": "2024-13-01" }\n}';
    const sent = [{ file: FILE, at: ['statements', 0], argument: 'item', text: json }];
    const [value, missing] = locateInSubmitted(
      [problem('statements[0].date.value'), problem('statements[0].plover')],
      sent,
    );
    expect([value.line, value.column]).toEqual([3, 22]);
    expect([missing.line, missing.column]).toEqual([1, 1]);
  });

  it('places a problem of a whole file sent at its line there; with no argument it reads file:line', () => {
    const annotation = [
      'article:',
      '  id: article-x',
      'statements:',
      '  - id: stmt-x-01',
      '    speaker: nobody',
      '',
    ].join('\n');
    const [located] = locateInSubmitted([problem('statements[0].speaker')], [{ file: FILE, at: [], text: annotation }]);
    expect(located).toMatchObject({ line: 5, column: 14, item: 'stmt-x-01' });
    expect(located.argument).toBeUndefined();
    expect(formatProblem(located)).toBe(`${FILE}:5: statements[0].speaker (stmt-x-01): wrong`);
  });

  it('leaves alone a problem of another file, of another item, or with no path it can walk', () => {
    const sent = [{ file: FILE, at: ['statements', 3], argument: 'item', text: yamlItem }];
    const others = [
      problem('statements[3].speaker', 'seed/annotations/006_y.yaml'),
      problem('statements[2].speaker'),
      problem('line 4, column 7'),
    ];
    expect(locateInSubmitted(others, sent)).toEqual(others);
  });
});

describe('sentDocument', () => {
  it('refuses text that does not parse with BAD_USER_INPUT, the argument and the line and column of the error', () => {
    let error: unknown;
    try {
      sentDocument('id: stmt-x\nspeaker: [unclosed\n', 'item', 'not a map');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    const { extensions, message } = error as GraphQLError;
    expect(message).toMatch(/^item is not YAML or JSON: /);
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'item', line: 3, column: 1 });
  });

  it('refuses what is not a map with the message given, and reads JSON as YAML', () => {
    expect(() => sentDocument('- a\n- list\n', 'annotation', 'not one file')).toThrow('not one file');
    expect(sentDocument('{ "id": "actor-x", "aliases": [] }', 'item', 'not a map')).toEqual({
      id: 'actor-x',
      aliases: [],
    });
  });
});
