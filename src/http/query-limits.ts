import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { Limits } from '../config';
import { costWithVariables } from './variable-cost';

export interface QueryLimitProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * The GraphQL-level limits, none hand-written here. graphql-armor supplies
 * depth, static cost, aliases and directives as validation rules, and masks
 * "Did you mean ...?" suggestions in production, where they would help map
 * a schema whose introspection is off. Armor reports each rejection into the
 * validation context, so Apollo answers 400 GRAPHQL_VALIDATION_FAILED with
 * armor's message ("Query depth limit of 10 exceeded, found 12."). Depth
 * counts field levels: `{ actor { name } }` is 2.
 * Introspection is exempt from depth and cost: the Sandbox's introspection
 * query is deep by nature, and introspection is off in production. Page
 * sizes sent as variables are priced too (variable-cost.ts).
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
  const costLimit = { maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit,
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: off,
    blockFieldSuggestion: { enabled: production },
  });
  // Armor also returns `allowBatchedHttpRequests: false` and
  // `includeStacktraceInErrorResponses: false`; app.ts sets those itself
  // (batching stays off; stack traces follow NODE_ENV).
  const { plugins, validationRules } = armor.protect();
  // The same cost rule alone, run again once variables are known.
  const [costRule] = new ApolloArmor({
    costLimit: { ...costLimit },
    maxDepth: off,
    maxAliases: off,
    maxDirectives: off,
    maxTokens: off,
    blockFieldSuggestion: off,
  }).protect().validationRules;
  return {
    plugins: [...plugins, costWithVariables(costRule)],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
