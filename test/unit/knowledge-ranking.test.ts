import { describe, expect, it } from 'vitest';
import { buildSearchDocument, makeSnippet, rankBm25, stem, tokenize } from '../../functions/data/knowledge';

const docs = [
  buildSearchDocument(
    'refunds',
    'Refund policy',
    'Refunds are paid back within 14 days after a cancellation.',
  ),
  buildSearchDocument('hours', 'Opening hours', 'We are open Monday to Friday from nine to five.'),
  buildSearchDocument('prices', 'Prices', 'Pricing starts at 100 EUR. Refund requests go to support.'),
  buildSearchDocument(
    'long',
    'Company history',
    `${'Founded long ago in a small town. '.repeat(40)} A refund once.`,
  ),
];

describe('knowledge search ranking', () => {
  it('GIVEN text WHEN tokenised THEN it is lower-cased, accent-free, stemmed and without stop words', () => {
    expect(tokenize('The Bookings are BOOKED; café prices!')).toEqual(['book', 'book', 'cafe', 'pric']);
    expect(stem('policies')).toBe('policy');
    expect(stem('pricing')).toBe(stem('prices'));
    expect(stem('class')).toBe('class');
    expect(stem('bus')).toBe('bus');
  });

  it('GIVEN a query WHEN ranked THEN a title match outranks a body mention and a long document is normalised down', () => {
    const ranked = rankBm25(docs, 'refund');
    expect(ranked.map((r) => r.id)).toEqual(['refunds', 'prices', 'long']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('GIVEN a rare and a common term WHEN ranked THEN the document with the rare term ranks above those with only the common one (idf)', () => {
    const ranked = rankBm25(docs, 'refund monday');
    expect(ranked[0]?.id).toBe('hours');
    expect(ranked.map((r) => r.id)).toEqual(['hours', 'refunds', 'prices', 'long']);
  });

  it('GIVEN a query of only stop words or unknown terms WHEN ranked THEN nothing matches', () => {
    expect(rankBm25(docs, 'the and of')).toEqual([]);
    expect(rankBm25(docs, 'zebra')).toEqual([]);
    expect(rankBm25([], 'refund')).toEqual([]);
  });

  it('GIVEN a long body WHEN a snippet is made THEN it is centred on the first query match', () => {
    const body = `${'Lorem ipsum dolor. '.repeat(30)}Refunds take 14 days. ${'More text. '.repeat(30)}`;
    const snippet = makeSnippet(body, 'refund', 80);
    expect(snippet).toContain('Refunds take 14 days');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(makeSnippet('Short.', 'x')).toBe('Short.');
  });
});
