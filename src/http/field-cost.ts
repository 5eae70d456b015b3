import {
  getNamedType,
  getNullableType,
  GraphQLObjectType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../model/page-size';

/**
 * A list that is not a page (a statement's targets, a demand's addressees)
 * has no size argument; this is what one is taken to hold. The corpus's
 * lists are shorter, so the guess errs on the safe side without refusing
 * one-screen queries.
 */
export const UNPAGED_LIST_SIZE = 5;

/**
 * The price of one field, for graphql-query-complexity: what it will make
 * the server do, in units of about one item read. A field is 1; a page
 * (any field with a `first` argument) is its size times what each item
 * selects, and the size is the one it will return: `first`, else `last`,
 * else the default page of 20, so a page left without `first` is priced as
 * the twenty items it returns and pages in pages multiply. Fields whose work
 * is not items (the graph algorithms of `analytics`, exports) declare their
 * own price in the schema (`complexity` on the field, see
 * analytics.resolver.ts), added to what their items cost.
 */
export function fieldCost({ field, args, childComplexity, type }: ComplexityEstimatorArgs): number {
  const declared = field.extensions?.complexity;
  const own = typeof declared === 'number' ? declared : 1;
  if (field.args.some((argument) => argument.name === 'first')) {
    return own + pageSize(args) * childComplexity;
  }
  const returned = getNullableType(field.type);
  if (isListType(returned) && isCompositeType(getNamedType(returned)) && !isPageOf(type)) {
    return own + UNPAGED_LIST_SIZE * childComplexity;
  }
  return own + childComplexity;
}

function pageSize(args: Record<string, unknown>): number {
  const asked = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  // A negative size is refused later as bad input; it selects nothing here.
  return asked === undefined ? DEFAULT_PAGE_SIZE : Math.max(0, asked);
}

/** A connection's `nodes` and `edges` are the page its field was already priced for. */
function isPageOf(parent: unknown): boolean {
  return (isObjectType(parent) || isInterfaceType(parent)) && 'pageInfo' in (parent as GraphQLObjectType).getFields();
}
