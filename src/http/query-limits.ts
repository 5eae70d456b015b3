import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { Limits } from '../config';
import { queryCostPlugin } from './query-cost';

export interface QueryLimitProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * The GraphQL-level limits, none hand-written here. graphql-armor supplies
 * depth, aliases and directives as validation rules, and masks
 * "Did you mean ...?" suggestions in production, where they would help map
 * a schema whose introspection is off. Armor reports each rejection into the
 * validation context, so Apollo answers 400 GRAPHQL_VALIDATION_FAILED with
 * armor's message ("Query depth limit of 10 exceeded, found 12."). Depth
 * counts field levels: `{ actor { name } }` is 2.
 * Introspection is exempt from depth and cost: the Sandbox's introspection
 * query is deep by nature, and introspection is off in production.
 *
 * Cost is graphql-query-complexity's, not armor's (query-cost.ts): armor
 * prices a document without the schema or the variables, so a page left
 * without `first` counted as one item though it returns twenty, and its
 * 1.5x-per-level factor refused plain one-screen lists; its refusal also
 * read "Syntax Error".
 *
 * The token limit is graphql-js's own `maxTokens` parse option rather than
 * armor's token plugin: armor's throws from a plugin hook outside Apollo's
 * parse step, which Apollo answers with HTTP 500, while graphql-js counts the
 * same lexer tokens inside `parse` and Apollo reports it as the 400
 * GRAPHQL_PARSE_FAILED it is.
 */
export function queryLimitProtection(limits: Limits, production: boolean): QueryLimitProtection {
  const off = { enabled: false };
  // flattenFragments: a fragment spread is not a level of nesting, so a
  // front end that organises its queries in fragments pays nothing extra.
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: off,
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: off,
    blockFieldSuggestion: { enabled: production },
  });
  // Armor also returns `allowBatchedHttpRequests: false` and
  // `includeStacktraceInErrorResponses: false`; app.ts sets those itself
  // (batching stays off; stack traces follow NODE_ENV).
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...plugins, queryCostPlugin(limits.maxCost)],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
