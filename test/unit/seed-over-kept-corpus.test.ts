import type { AnnotationItem } from '../../src/sync/annotation-items';
import { corpusDifferences, SeedOverKeptCorpusError } from '../../src/sync/seed-over-kept-corpus';

// What a seed over a kept corpus is judged on: the items the files and the
// kept corpus disagree on, each named with how.
const item = (id: string, paraphrase: string, home = '001_a'): AnnotationItem => ({
  kind: 'statement',
  id,
  home,
  pos: 0,
  body: { id, paraphrase },
});
const keyed = (...items: AnnotationItem[]) => new Map(items.map((i) => [`${i.kind}:${i.id}`, i]));

describe('corpusDifferences', () => {
  it('finds nothing when the files hold the kept items, whatever their places', () => {
    expect(
      corpusDifferences(
        keyed(item('s1', 'a'), item('s2', 'b')),
        keyed({ ...item('s2', 'b'), pos: 4 }, item('s1', 'a')),
      ),
    ).toEqual([]);
  });

  it('names an item changed, one only in the files, one only in the database, and one moved to another file', () => {
    const kept = keyed(item('s1', 'a'), item('s2', 'b'), item('s4', 'd'));
    const files = keyed(item('s1', 'changed'), item('s3', 'c'), item('s4', 'd', '002_b'));
    expect(corpusDifferences(kept, files)).toEqual([
      { kind: 'statement', id: 's1', how: 'changed' },
      { kind: 'statement', id: 's2', how: 'only in the database' },
      { kind: 'statement', id: 's4', how: 'changed' },
      { kind: 'statement', id: 's3', how: 'only in the files' },
    ]);
  });

  it('refuses with a message that names the first items and points at apply', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ kind: 'actor', id: `a${i}`, how: 'changed' as const }));
    const error = new SeedOverKeptCorpusError(7, many);
    expect(error.message).toMatch(/the files change 12 item\(s\) of .* \(edition 7\): actor a0 \(changed\)/);
    expect(error.message).toContain('actor a9 (changed), and 2 more');
    expect(error.message).toContain('peacegraph apply');
  });
});
