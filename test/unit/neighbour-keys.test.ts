import 'reflect-metadata';
import { setMaxPageSize, DEFAULT_MAX_PAGE_SIZE } from '../../src/model/page-size';
import { encodeCursor } from '../../src/repositories/cursor';
import { neighbourListKey, neighbourPageKey } from '../../src/repositories/neighbour.repository';
import { declaredWalks } from '../../src/repositories/declared-walks';
import { STANCES } from '../../src/repositories/walks';

const walkOf = (field: string) => declaredWalks().get(field)!.walk!;
const WALKS = { statementsMade: walkOf('Actor.statements'), statementsOnBehalfOf: walkOf('Actor.statementsOnBehalf') };

// The neighbour reads' params are built once and shared (neighbour.repository.ts):
// one object per walk, sort and page arguments, one per list of edge types.
// Sharing must never hand one request's arguments to another.

const byDate = { by: 'date', desc: true };

describe('neighbour read keys', () => {
  afterEach(() => setMaxPageSize(DEFAULT_MAX_PAGE_SIZE));

  it('gives every parent of a page field the same params object, and other arguments their own', () => {
    const first = neighbourPageKey('actor-1', WALKS.statementsMade, byDate, { first: 5 });
    const second = neighbourPageKey('actor-2', WALKS.statementsMade, byDate, { first: 5 });
    expect([first.parentId, second.parentId]).toEqual(['actor-1', 'actor-2']);
    expect(second.params).toBe(first.params);
    expect(Object.isFrozen(first.params)).toBe(true);
    expect(neighbourPageKey('actor-1', WALKS.statementsMade, byDate, { first: 6 }).params).not.toBe(first.params);
    expect(
      neighbourPageKey('actor-1', WALKS.statementsMade, { by: 'date', desc: false }, { first: 5 }).params.desc,
    ).toBe(false);
    expect(neighbourPageKey('actor-1', WALKS.statementsOnBehalfOf, byDate, { first: 5 }).params.types).toEqual([
      'ON_BEHALF_OF',
    ]);
  });

  it('gives each pair of cursors its own params, whichever way round', () => {
    const a = encodeCursor('x', 'y');
    const b = encodeCursor('y', 'z');
    const one = neighbourPageKey('p', WALKS.statementsMade, byDate, { after: a, before: b });
    const other = neighbourPageKey('p', WALKS.statementsMade, byDate, { after: b, before: a });
    expect(one.params.after).toEqual(['x', 'y']);
    expect(other.params.after).toEqual(['y', 'z']);
    expect(other.params.before).toEqual(['x', 'y']);
    // A cursor that does not decode is refused every time, never remembered.
    expect(() => neighbourPageKey('p', WALKS.statementsMade, byDate, { after: 'not a cursor' })).toThrow(/after/);
    expect(() => neighbourPageKey('p', WALKS.statementsMade, byDate, { after: 'not a cursor' })).toThrow(/after/);
  });

  it('checks page sizes against the limit in force, not the one a shared object was built under', () => {
    expect(neighbourPageKey('p', WALKS.statementsMade, byDate, { first: 50 }).params.first).toEqual(
      expect.objectContaining({ low: 50 }),
    );
    setMaxPageSize(10);
    expect(() => neighbourPageKey('p', WALKS.statementsMade, byDate, { first: 50 })).toThrow(/at most 10/);
  });

  it('finds list params by type, by frozen list and by names, always for the types asked', () => {
    const owner = neighbourListKey('d', 'out', ['OWNED_BY']);
    expect(neighbourListKey('e', 'out', ['OWNED_BY']).params).toBe(owner.params);
    expect(owner.params).toEqual(expect.objectContaining({ types: ['OWNED_BY'], relType: 'OWNED_BY' }));
    expect(neighbourListKey('d', 'in', ['OWNED_BY']).params).not.toBe(owner.params);

    const stances = neighbourListKey('s', 'out', STANCES);
    expect(neighbourListKey('t', 'out', [...STANCES]).params).toBe(stances.params);
    expect(stances.params).toEqual(expect.objectContaining({ types: [...STANCES], relType: null }));
    // A client's own list (stances: [SETS, REJECTS]) is found by its names, never by another list's identity.
    const two = neighbourListKey('s', 'out', ['SETS', 'REJECTS']);
    expect(two.params.types).toEqual(['SETS', 'REJECTS']);
    expect(neighbourListKey('s', 'out', ['REJECTS', 'SETS']).params.types).toEqual(['REJECTS', 'SETS']);
  });
});
