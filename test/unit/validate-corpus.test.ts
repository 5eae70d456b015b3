import { createHash } from 'node:crypto';
import { AnnotationValidationError } from '../../src/seed/annotation-error';
import { validateCorpus } from '../../src/seed/validate-corpus';
import {
  ARTICLE_FILE,
  ARTICLE_PATH,
  SHARED_PATH,
  fixtureArticleText,
  fixtureDocs,
  fixtureTexts,
  inputFromDocs,
  problemsOf,
} from '../fixtures/valid-corpus';

describe('validateCorpus: a valid corpus', () => {
  it('is accepted, merged across files and normalized', () => {
    const corpus = validateCorpus(inputFromDocs(fixtureDocs()));
    const text = fixtureArticleText();

    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]).toMatchObject({ id: 'article-000', file: ARTICLE_FILE, outlet: null, text });
    expect(corpus.articles[0].sha256).toBe(createHash('sha256').update(text).digest('hex'));

    // Shared declarations come first (file order), then the article file's own.
    expect(corpus.actors.map((a) => a.id)).toEqual([
      'actor-dmitry-peskov',
      'actor-kremlin',
      'actor-russia',
      'actor-united-states',
      'actor-rossiya-1',
    ]);
    // Optional lists default to [], optional scalars to null.
    expect(corpus.actors[1]).toEqual({
      id: 'actor-kremlin',
      name: 'Kremlin',
      kind: 'GOVERNMENT',
      aliases: [],
      description: null,
      country: null,
    });
    expect(corpus.events[0]).toMatchObject({ territories: [], place: null, article: 'article-000' });

    // Statements and demands carry the article of the file that declared them.
    expect(corpus.statements.map((s) => [s.id, s.article])).toEqual([
      ['stmt-000-01', 'article-000'],
      ['stmt-000-02', 'article-000'],
    ]);
    const [quoted, paraphrased] = corpus.statements;
    expect(text.slice(quoted.quote!.start, quoted.quote!.end)).toBe(quoted.quote!.text);
    expect(quoted).toMatchObject({ evidence: null, demands: [] });
    expect(paraphrased).toMatchObject({ quote: null, onBehalfOf: null, reportedBy: null, targets: [], mentions: [] });
    expect(paraphrased.plover.mode).toBeNull();
    expect(corpus.demands).toEqual([
      expect.objectContaining({
        id: 'demand-russia-us-heed-security-concerns',
        article: 'article-000',
        territories: [],
        conflictsWith: [],
      }),
    ]);
    expect(corpus.relations).toEqual([
      expect.objectContaining({ type: 'SPEAKS_FOR', role: 'Press Secretary', since: null }),
      expect.objectContaining({
        type: 'CONTROLS',
        statement: null,
        role: null,
        since: expect.objectContaining({ value: '2014', precision: 'YEAR' }),
      }),
    ]);
  });

  it('accepts an empty _ file and a corpus of no files', () => {
    const docs = fixtureDocs();
    const input = inputFromDocs(docs);
    input.files.push({ path: 'seed/annotations/_empty.yaml', content: '# nothing yet\n' });
    expect(() => validateCorpus(input)).not.toThrow();
    expect(validateCorpus({ files: [], articleTexts: new Map() })).toEqual({
      articles: [],
      actors: [],
      territories: [],
      events: [],
      statements: [],
      demands: [],
      relations: [],
    });
  });
});

describe('validateCorpus: refused annotations', () => {
  it('reports an unknown reference with the closest declared id', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].statements[0].speaker = 'actor-dmitri-peskov';
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: ARTICLE_PATH,
        path: 'statements[0].speaker',
        reason: 'unknown id "actor-dmitri-peskov" (expected an actor); did you mean "actor-dmitry-peskov"?',
      },
    ]);
  });

  it('names the actor or territory whose alias an unknown id spells', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].statements[0].speaker = 'actor-moscow'; // an alias of actor-russia
    docs[ARTICLE_PATH].statements[0].mentions = ['territory-krym']; // no name near it: no hint
    docs[ARTICLE_PATH].relations[0].from = 'actor-washingtn'; // a typo of an alias of actor-united-states
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: ARTICLE_PATH,
        path: 'statements[0].speaker',
        reason: 'unknown id "actor-moscow" (expected an actor); did you mean "actor-russia"?',
      },
      {
        file: ARTICLE_PATH,
        path: 'statements[0].mentions[0]',
        reason: 'unknown id "territory-krym" (expected an actor, a territory or an event)',
      },
      {
        file: ARTICLE_PATH,
        path: 'relations[0].from',
        reason: 'unknown id "actor-washingtn" (expected an actor); did you mean "actor-united-states"?',
      },
    ]);
  });

  it('refuses a CAMEO code that is not in the codebook, at the statement that has it', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].statements[0].plover.cameo = '1047';
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: ARTICLE_PATH,
        path: 'statements[0].plover.cameo',
        reason: '"1047" is not a CAMEO 1.1b3 code (Demand: 104 has 1041, 1042, 1043, 1044)',
      },
    ]);
  });

  it('reports references to ids of the wrong kind, per relation type', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].relations[0].to = 'territory-crimea'; // SPEAKS_FOR wants an actor
    docs[ARTICLE_PATH].relations[1].to = 'actor-kremlin'; // CONTROLS wants a territory
    docs[ARTICLE_PATH].statements[0].mentions.push('demand-russia-us-heed-security-concerns');
    docs[ARTICLE_PATH].article.outlet = 'territory-crimea';
    const problems = problemsOf(inputFromDocs(docs));
    expect(problems.map((p) => [p.path, p.reason])).toEqual([
      ['article.outlet', expect.stringMatching(/^"territory-crimea" is a territory .*, expected an actor$/)],
      [
        'statements[0].mentions[1]',
        expect.stringMatching(/is a demand .*, expected an actor, a territory or an event$/),
      ],
      ['relations[0].to', expect.stringMatching(/is a territory .*, expected an actor$/)],
      ['relations[1].to', expect.stringMatching(/is an actor .*, expected a territory$/)],
    ]);
  });

  it('reports unknown ids in every reference field', () => {
    const docs = fixtureDocs();
    const article = docs[ARTICLE_PATH];
    article.events[0].participants.push('actor-nobody');
    article.statements[0].targets.push('actor-nobody');
    article.statements[1].demands[0].demand = 'demand-nobody';
    article.demands[0].addressedTo.push('actor-nobody');
    article.demands[0].conflictsWith = ['demand-nobody'];
    article.relations[0].statement = 'stmt-nobody';
    article.relations[0].article = 'article-nobody';
    const paths = problemsOf(inputFromDocs(docs)).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'events[0].participants[2]',
        'statements[0].targets[1]',
        'statements[1].demands[0].demand',
        'demands[0].addressedTo[1]',
        'demands[0].conflictsWith[0]',
        'relations[0].statement',
        'relations[0].article',
      ]),
    );
  });

  it('reports duplicate ids across files and across sections', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].actors.push({ id: 'actor-kremlin', name: 'The Kremlin', kind: 'GOVERNMENT' });
    docs[ARTICLE_PATH].demands[0].id = 'actor-rossiya-1';
    docs[ARTICLE_PATH].statements[1].demands[0].demand = 'actor-rossiya-1';
    const problems = problemsOf(inputFromDocs(docs));
    expect(problems).toContainEqual({
      file: ARTICLE_PATH,
      path: 'actors[1].id',
      reason: `duplicate id "actor-kremlin": already declared at ${SHARED_PATH} actors[1] (ids are global across files and sections)`,
    });
    expect(problems).toContainEqual({
      file: ARTICLE_PATH,
      path: 'demands[0].id',
      reason:
        'duplicate id "actor-rossiya-1": already declared at actors[0] (ids are global across files and sections)',
    });
  });

  it('reports a quote that is not verbatim at its offsets, saying what is there', () => {
    const docs = fixtureDocs();
    const quote = docs[ARTICLE_PATH].statements[0].quote;
    quote.start += 4;
    quote.end += 4;
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: ARTICLE_PATH,
        path: 'statements[0].quote',
        reason:
          'quote is not verbatim at 171..210: the text there is "deciding vote rests with Washington,” P"; ' +
          'the quote occurs at start 167, end 206',
      },
    ]);
  });

  it('reports a quote whose words are not in the article at all', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].statements[0].quote.text = 'The deciding vote rests with Kiev';
    const [problem] = problemsOf(inputFromDocs(docs));
    expect(problem.path).toBe('statements[0].quote');
    expect(problem.reason).toMatch(
      /the text there is "The deciding vote rests with Washington"; the quote does not occur anywhere/,
    );
  });

  it('reports offsets outside the text, reversed spans, and a statement with neither quote nor evidence', () => {
    const docs = fixtureDocs();
    const [quoted, paraphrased] = docs[ARTICLE_PATH].statements;
    const length = fixtureArticleText().length;
    quoted.quote.end = length + 10;
    paraphrased.evidence = { start: 300, end: 300 };
    docs[ARTICLE_PATH].statements.push({ ...paraphrased, id: 'stmt-000-03', evidence: null, demands: [] });
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: ARTICLE_PATH,
        path: 'statements[0].quote.end',
        reason: `end (${length + 10}) is past the end of the article text (length ${length})`,
      },
      { file: ARTICLE_PATH, path: 'statements[1].evidence.end', reason: 'end (300) must be greater than start (300)' },
      {
        file: ARTICLE_PATH,
        path: 'statements[2].evidence',
        reason: 'a statement without a quote needs evidence: the offsets of the sentence(s) that report it',
      },
    ]);
  });

  it('reports unparseable dates wherever a DateSpec occurs', () => {
    const docs = fixtureDocs();
    const article = docs[ARTICLE_PATH];
    article.article.published.value = '2023-02-30';
    article.statements[0].date = { value: '2022-10', precision: 'DAY', cue: 'on Sunday', inferred: true };
    article.statements[1].date.value = '2022-13';
    article.relations[1].since.value = 2014; // unquoted in YAML: a number
    article.events[0].date.value = '16 October 2022';
    expect(problemsOf(inputFromDocs(docs)).map((p) => [p.path, p.reason])).toEqual([
      ['article.published.value', 'date "2023-02-30" is not a calendar date: 2023-02 has 28 days'],
      ['events[0].date.value', 'dates are written YYYY, YYYY-MM or YYYY-MM-DD'],
      [
        'statements[0].date.value',
        'date "2022-10" does not match precision DAY: expected YYYY-MM-DD (it is written at MONTH precision)',
      ],
      ['statements[1].date.value', 'date "2022-13" has no month 13'],
      ['relations[1].since.value', 'write the date as a quoted string, e.g. "2014"'],
    ]);
  });

  it('reports a demand with no owner, and one with an unknown owner', () => {
    const docs = fixtureDocs();
    const demands = docs[ARTICLE_PATH].demands;
    delete demands[0].owner;
    demands.push({ ...demands[0], id: 'demand-second', owner: 'actor-nobody' });
    docs[ARTICLE_PATH].statements[1].demands.push({ demand: 'demand-second', stance: 'REPEATS' });
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      { file: ARTICLE_PATH, path: 'demands[0].owner', reason: 'demand has no owner: name the actor who makes it' },
      { file: ARTICLE_PATH, path: 'demands[1].owner', reason: 'unknown id "actor-nobody" (expected an actor)' },
    ]);
  });

  it('reports a demand that no statement sets or repeats, naming it', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].statements[1].demands[0].stance = 'REJECTS';
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: ARTICLE_PATH,
        path: 'demands[0]',
        reason: 'demand "demand-russia-us-heed-security-concerns" is never voiced: no statement SETS or REPEATS it',
      },
    ]);
  });

  it('reports a YAML syntax error with line and column, and still checks the other files', () => {
    const input = inputFromDocs(fixtureDocs());
    input.files[0].content = 'actors:\n  - id: actor-x\n    name: [unclosed\n';
    input.files.push({
      path: 'seed/annotations/_more.yaml',
      content: 'events:\n  - { id: event-x, name: X, kind: PARTY }\n',
    });
    const problems = problemsOf(input);
    expect(problems[0]).toEqual({
      file: SHARED_PATH,
      path: expect.stringMatching(/^line \d+, column \d+$/),
      reason: expect.stringMatching(/^YAML syntax error: /),
    });
    expect(problems).toContainEqual({
      file: 'seed/annotations/_more.yaml',
      path: 'events[0].kind',
      reason: expect.stringMatching(/^Invalid option: expected one of/),
    });
  });

  it('reports unknown keys at the key itself', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].statements[0].quote.offset = 3;
    docs[ARTICLE_PATH].statement = [];
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      { file: ARTICLE_PATH, path: 'statements[0].quote.offset', reason: 'unknown key "offset"' },
      { file: ARTICLE_PATH, path: 'statement', reason: 'unknown key "statement"' },
    ]);
  });

  it('does not cascade: ids of items that failed the schema are still declared', () => {
    const docs = fixtureDocs();
    docs[SHARED_PATH].actors[0].kind = 'SPOKESPERSON'; // actor-dmitry-peskov is referenced everywhere
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: SHARED_PATH,
        path: 'actors[0].kind',
        reason: expect.stringMatching(/^Invalid option: expected one of "PERSON"/),
      },
    ]);
  });

  it('requires exactly one article header in article files and none in _ files', () => {
    const docs = fixtureDocs();
    docs[SHARED_PATH].article = { ...docs[ARTICLE_PATH].article, id: 'article-shared' };
    delete docs[ARTICLE_PATH].article;
    const problems = problemsOf(inputFromDocs(docs));
    expect(problems).toContainEqual({
      file: SHARED_PATH,
      path: 'article',
      reason: 'a _ file holds shared declarations and must not have an article header',
    });
    expect(problems).toContainEqual({
      file: ARTICLE_PATH,
      path: 'article',
      reason: 'missing article header: every annotation file not starting with _ describes one article',
    });
  });

  it('refuses statements and demands in _ files', () => {
    const docs = fixtureDocs();
    docs[SHARED_PATH].demands = docs[ARTICLE_PATH].demands;
    delete docs[ARTICLE_PATH].demands;
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: SHARED_PATH,
        path: 'demands[0]',
        reason: 'demands belong to an article file: move it to the annotation file of the article that reports it',
      },
    ]);
  });

  it('requires the article text to exist and to match the annotation file name', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].article.file = '001_other.txt';
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: ARTICLE_PATH,
        path: 'article.file',
        reason: '"001_other.txt" does not match the annotation file name: expected 000_fixture.txt',
      },
      { file: ARTICLE_PATH, path: 'article.file', reason: 'no article text named "001_other.txt"' },
    ]);
  });

  it('checks that a headline title is the first line of the text', () => {
    const docs = fixtureDocs();
    docs[ARTICLE_PATH].article.title = 'Kremlin ready for talks';
    expect(problemsOf(inputFromDocs(docs))).toEqual([
      {
        file: ARTICLE_PATH,
        path: 'article.title',
        reason:
          'titleIsHeadline is true but the article\'s first line is "Kremlin ready for talks with Washington, Peskov says"',
      },
    ]);
  });

  it('checks that a relation statement comes from the relation article', () => {
    const docs = fixtureDocs();
    const texts = fixtureTexts();
    texts.set('001_second.txt', 'Another article.\n');
    docs['seed/annotations/001_second.yaml'] = {
      article: { ...docs[ARTICLE_PATH].article, id: 'article-001', file: '001_second.txt', titleIsHeadline: false },
    };
    docs[ARTICLE_PATH].relations[0].article = 'article-001';
    docs[ARTICLE_PATH].relations[0].statement = 'stmt-000-01';
    expect(problemsOf(inputFromDocs(docs, texts))).toEqual([
      {
        file: ARTICLE_PATH,
        path: 'relations[0].statement',
        reason: 'statement "stmt-000-01" is reported in article-000, not in article-001',
      },
    ]);
  });

  it('collects every problem of every file into one error, one per line', () => {
    const docs = fixtureDocs();
    docs[SHARED_PATH].actors[1].colour = 'red';
    docs[ARTICLE_PATH].statements[0].speaker = 'actor-nobody';
    docs[ARTICLE_PATH].statements[1].date = { value: '2022-02-30', precision: 'DAY', cue: 'He added', inferred: true };
    let error: unknown;
    try {
      validateCorpus(inputFromDocs(docs));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AnnotationValidationError);
    expect((error as Error).message.split('\n')).toEqual([
      'annotations refused, 3 problems:',
      `${SHARED_PATH}: actors[1].colour: unknown key "colour"`,
      `${ARTICLE_PATH}: statements[1].date.value: date "2022-02-30" is not a calendar date: 2022-02 has 28 days`,
      `${ARTICLE_PATH}: statements[0].speaker: unknown id "actor-nobody" (expected an actor)`,
    ]);
  });
});

describe('validateCorpus: hostile YAML', () => {
  it('refuses an alias bomb with the file named, instead of throwing', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const files = [{ path: 'seed/annotations/_bomb.yaml', content: lines.join('\n') }];
    let problems: { file: string; path: string; reason: string }[] = [];
    try {
      validateCorpus({ files, articleTexts: new Map() });
    } catch (error) {
      problems = (error as AnnotationValidationError).problems;
    }
    expect(problems).toEqual([
      {
        file: 'seed/annotations/_bomb.yaml',
        path: '(file)',
        reason: expect.stringMatching(/^YAML could not be read: .*alias/i),
      },
    ]);
  });
});
