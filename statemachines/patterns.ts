/**
 * EventBridge event patterns (content filtering), matched and validated the way EventBridge does it. One module
 * for AWS (dispatcher), the local runtime, the validator and `dynaris match`; its parts live in patterns/:
 * match (matching), validate (what EventBridge refuses), complexity ("Rule is too complex"), wildcard, ip (cidr),
 * filters (trigger filters and the event envelope), pattern-index (many patterns against one event).
 * docs/event-patterns.md lists the behaviours, with sources.
 */
export { patternComplexity, TOO_COMPLEX_MESSAGE, WILDCARD_COMPLEXITY_LIMIT } from './patterns/complexity';
export { filterToPattern, type MatchableEvent, toEventBridgeShape, validateFilter } from './patterns/filters';
export { parseCidr } from './patterns/ip';
export { matchNested, matchPattern } from './patterns/match';
export { type IndexMatch, PatternIndex } from './patterns/pattern-index';
export {
  type EventPattern,
  MAX_PATTERN_LENGTH,
  NUMERIC_LIMIT,
  nestDottedKeys,
  type PatternProblem,
} from './patterns/shape';
export { validatePattern } from './patterns/validate';
