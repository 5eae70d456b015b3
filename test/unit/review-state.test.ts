// The /review page's logic without a browser: its two DOM-free scripts load
// in Node as they load in the page (review-state.js, text-marks.js).
/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
const ReviewState = require('../../src/http/review/page/review-state.js');
const TextMarks = require('../../src/http/review/page/text-marks.js');

const TEXT = 'Talks stall\nPeskov said on Monday that "Kyiv must withdraw first". Kuleba rejected the demand.\n';
const quote = 'Kyiv must withdraw first';
const PLOVER = { type: 'CONSULT', mode: null, cameo: '010', codebook: 'PLOVER 2021-10 / CAMEO 1.1b3' };

function draft() {
  const date = { value: '2026-03-02', precision: 'DAY', cue: 'on Monday', inferred: false };
  const annotation = {
    article: {
      id: 'article-900',
      file: '900_x.txt',
      title: 'Talks stall',
      titleIsHeadline: true,
      outlet: null,
      published: date,
    },
    actors: [{ id: 'actor-new-envoy', name: 'Envoy', kind: 'PERSON', aliases: [], description: null, country: null }],
    territories: [],
    events: [],
    statements: [
      {
        id: 'stmt-900-01',
        speaker: 'actor-dmitry-peskov',
        date,
        quote: { text: quote, start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length },
        paraphrase: 'Peskov sets a condition.',
        evidence: { start: 12, end: TEXT.indexOf('Kuleba') - 1 },
        plover: PLOVER,
        targets: ['actor-new-envoy'],
        mentions: [],
        demands: [{ demand: 'demand-russia-withdraw', stance: 'SETS' }],
      },
      {
        id: 'stmt-900-02',
        speaker: 'actor-dmytro-kuleba',
        date,
        quote: null,
        paraphrase: 'Kuleba rejects it.',
        evidence: { start: TEXT.indexOf('Kuleba'), end: TEXT.length - 1 },
        plover: { ...PLOVER, type: 'REJECT', cameo: '120' },
        targets: [],
        mentions: ['actor-new-envoy'],
        demands: [{ demand: 'demand-russia-withdraw', stance: 'REJECTS' }],
      },
    ],
    demands: [
      {
        id: 'demand-russia-withdraw',
        summary: 'Kyiv must withdraw',
        kind: 'PRECONDITION',
        topic: 'WITHDRAWAL',
        owner: 'actor-russia',
        addressedTo: ['actor-ukraine', 'actor-new-envoy'],
      },
    ],
    relations: [],
  };
  const suggestions = [
    { path: 'statements[0]', confidence: 0.9, cues: ['quotation marks'] },
    { path: 'statements[0].speaker', confidence: 0.9, cues: ['Peskov', 'said'] },
    { path: 'statements[0].date', confidence: 0.7, cues: ['on Monday'] },
    { path: 'statements[0].demands[0]', confidence: 0.6, cues: ['must', 'lexicon 1.4.0'] },
    { path: 'statements[1].demands[0]', confidence: 0.55, cues: ['rejected'] },
    { path: 'article.published', confidence: 0.2, cues: ['no such words in the text'] },
  ];
  return ReviewState.fromDraft(annotation, suggestions);
}

describe('the review of a draft', () => {
  it('starts with every statement, demand and proposed actor undecided, with its suggestions', () => {
    const review = draft();
    expect(review.items.map((item: any) => [item.key, item.kind, item.status])).toEqual([
      ['statements[0]', 'statement', 'pending'],
      ['statements[1]', 'statement', 'pending'],
      ['demands[0]', 'demand', 'pending'],
      ['actors[0]', 'actor', 'pending'],
    ]);
    expect(review.items[0].suggestions.speaker).toEqual({ confidence: 0.9, cues: ['Peskov', 'said'] });
    expect(review.items[0].suggestions['']).toEqual({ confidence: 0.9, cues: ['quotation marks'] });
    expect(ReviewState.undecided(review)).toHaveLength(4);
  });

  it('builds the file from the accepted items only, dropping references to rejected ones', () => {
    const review = draft();
    review.items.forEach((item: any) => (item.status = 'accepted'));
    ReviewState.item(review, 'actors[0]').status = 'rejected';
    ReviewState.item(review, 'statements[0]').status = 'rejected';
    const { document, paths } = ReviewState.buildDocument(review);
    expect(document.statements.map((s: any) => s.id)).toEqual(['stmt-900-02']);
    expect(document.actors).toEqual([]);
    expect(document.statements[0].mentions).toEqual([]);
    expect(document.demands[0].addressedTo).toEqual(['actor-ukraine']);
    expect(paths).toEqual({ 'statements[0]': 'statements[1]', 'demands[0]': 'demands[0]' });
    // The draft itself is untouched: a rejection can be undone.
    expect(ReviewState.item(review, 'statements[1]').data.mentions).toEqual(['actor-new-envoy']);

    ReviewState.item(review, 'demands[0]').status = 'rejected';
    expect(ReviewState.buildDocument(review).document.statements[0].demands).toEqual([]);
  });

  it('places each problem on the item whose path it names, in the validator format', () => {
    const review = draft();
    review.items.forEach((item: any) => (item.status = 'accepted'));
    ReviewState.item(review, 'statements[0]').status = 'rejected';
    const { paths } = ReviewState.buildDocument(review);
    const placed = ReviewState.placeProblems(
      review,
      [
        { file: 'seed/annotations/900_x.yaml', path: 'demands[0]', reason: 'never voiced' },
        { file: 'seed/annotations/900_x.yaml', path: 'statements[0].speaker', reason: 'unknown id', line: 12 },
        { file: 'seed/annotations/900_x.yaml', path: 'article.published.value', reason: 'bad date' },
        { file: 'seed/annotations/_shared.yaml', path: 'relations[0]', reason: 'elsewhere' },
      ],
      paths,
    );
    expect(placed).toEqual([
      { key: 'demands[0]', text: 'seed/annotations/900_x.yaml: demands[0] (demand-russia-withdraw): never voiced' },
      {
        key: 'statements[1]',
        text: 'seed/annotations/900_x.yaml:12: statements[0].speaker (stmt-900-02): unknown id',
      },
      { key: 'article', text: 'seed/annotations/900_x.yaml: article.published.value: bad date' },
      { key: null, text: 'seed/annotations/_shared.yaml: relations[0]: elsewhere' },
    ]);
  });

  it('adds a missed quote from a selection, without its quotation marks, under the next free id', () => {
    const review = draft();
    const open = TEXT.indexOf('"Kyiv');
    const added = ReviewState.addStatement(review, TEXT, open - 1, open + quote.length + 2, true, PLOVER);
    expect(added.data.id).toBe('stmt-900-03');
    expect(added.data.quote).toEqual({ text: quote, start: open + 1, end: open + 1 + quote.length });
    expect(TEXT.slice(added.data.quote.start, added.data.quote.end)).toBe(quote);
    expect(added.data.evidence).toBeNull();
    expect(added.status).toBe('accepted');
    expect(added.data.date).toMatchObject({ value: '2026-03-02', inferred: true });

    const statement = ReviewState.addStatement(review, TEXT, TEXT.indexOf('Kuleba'), TEXT.length, false, PLOVER);
    expect(statement.data.id).toBe('stmt-900-04');
    expect(statement.data.evidence).toEqual({ start: TEXT.indexOf('Kuleba'), end: TEXT.length - 1 });
    expect(statement.data.paraphrase).toBe('Kuleba rejected the demand.');
    expect(ReviewState.addStatement(review, TEXT, 11, 12, true, PLOVER)).toBeNull();
  });
});

describe('the marks of a review in its text', () => {
  it('marks quotes, statements and the cue words found in them, never the cues that are rules', () => {
    const review = draft();
    const marks = TextMarks.marksFor(review, TEXT);
    const words = (kind: string) =>
      marks.filter((mark: any) => mark.kind === kind).map((mark: any) => TEXT.slice(mark.start, mark.end));
    expect(words('quote')).toEqual([quote]);
    expect(words('speaker')).toEqual(['Peskov']);
    expect(words('date')).toEqual(['on Monday']);
    expect(words('demand')).toEqual(['must', 'must']);
    expect(words('stance')).toEqual(['rejected']);
    expect(words('actor')).toEqual([]);
    expect(marks.filter((mark: any) => mark.kind === 'demand').map((mark: any) => mark.key)).toEqual([
      'statements[0]',
      'demands[0]',
    ]);

    ReviewState.item(review, 'statements[1]').status = 'rejected';
    expect(TextMarks.marksFor(review, TEXT).some((mark: any) => mark.key === 'statements[1]')).toBe(false);
  });

  it('cuts the text into segments that cover it exactly, each with the marks over it', () => {
    const marks = [
      { start: 2, end: 8, kind: 'statement', key: 'a' },
      { start: 4, end: 6, kind: 'quote', key: 'a' },
    ];
    const segments = TextMarks.segments('0123456789', marks);
    expect(segments).toEqual([
      { start: 0, end: 2, marks: [] },
      { start: 2, end: 4, marks: [0] },
      { start: 4, end: 6, marks: [0, 1] },
      { start: 6, end: 8, marks: [0] },
      { start: 8, end: 10, marks: [] },
    ]);
  });
});
