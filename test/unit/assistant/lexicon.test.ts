import { describe, expect, it } from 'vitest';
import { alt, WORD_CLASSES, words, wordsOf } from '../../../functions/assistant/grammar/lexicon';
import { regexSites } from '../../../scripts/lint/regex-patterns';

describe('the grammar lexicon of word classes by meaning', () => {
  it('GIVEN every class WHEN its words are listed THEN each word is written once in the whole lexicon, in lower case', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const c of WORD_CLASSES) {
      for (const w of wordsOf(c)) {
        if (seen.has(w)) twice.push(`${w}: ${seen.get(w)} and ${c}`);
        seen.set(w, c);
        expect(w).toMatch(/^[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)*$/);
      }
    }
    expect(twice).toStrictEqual([]);
  });

  it('GIVEN classes WHEN joined as an alternation THEN the words come longest first, a space reads as \\s+ and the group captures nothing', () => {
    expect(alt('article')).toBe('(?:the|an|a)');
    expect(alt('article', '+one of our')).toBe('(?:one\\s+of\\s+our|the|an|a)');
    expect(alt('crmPerson', 'customer')).toBe('(?:customer|prospect|contact|client|lead)');
  });

  it('GIVEN the same words said through different classes or adjustments WHEN joined THEN the text is the same', () => {
    expect(alt('customer', 'crmPerson')).toBe(alt('crmPerson', 'customer'));
    expect(alt('newness', '-inbound', '+inbound')).toBe(alt('newness'));
  });

  it('GIVEN a class with a word taken away and one added WHEN read THEN exactly those words match, whole, and no other', () => {
    const re = new RegExp(`^${alt('newness', '-fresh', '+brand new')}$`);
    for (const w of ['new', 'incoming', 'inbound', 'brand new', 'brand   new']) expect(re.test(w)).toBe(true);
    for (const w of ['fresh', 'news', 'brand', 'brandnew', 'in']) expect(re.test(w)).toBe(false);
    expect(words('newness', '-fresh', '+brand new').sort()).toStrictEqual([
      'brand new',
      'inbound',
      'incoming',
      'new',
    ]);
  });

  it('GIVEN a word taken away that the classes lack, or added twice WHEN read THEN it fails at once, naming it', () => {
    expect(() => alt('article', '-our')).toThrow('"-our"');
    expect(() => alt('article', '+the')).toThrow('"+the"');
  });

  it('GIVEN a word that is a prefix of another WHEN matched with nothing after the group THEN the longer word wins', () => {
    expect('another'.match(new RegExp(alt('article', '+another')))?.[0]).toBe('another');
    expect('an'.match(new RegExp(`^${alt('article', '+another')}$`))?.[0]).toBe('an');
  });

  it("GIVEN a grammar module building a pattern with alt() WHEN the lint's super-linear check folds it THEN it sees the pattern built, not a computed one", () => {
    const files = new Map([
      ['functions/assistant/grammar/lexicon.ts', 'export const alt = () => "";'],
      [
        'functions/assistant/grammar/reader.ts',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a module, with its template
        "import { alt } from './lexicon';\nconst DET = alt('article', '+our');\nexport const R = new RegExp(`^${DET}\\\\s+(x)$`, 'i');",
      ],
    ]);
    const sites = regexSites(files, (f) => f.endsWith('reader.ts'));
    expect(sites.map((s) => [s.source, s.flags])).toStrictEqual([['^(?:our|the|an|a)\\s+(x)$', 'i']]);
  });

  it("GIVEN a reader using a word set the lexicon names WHEN the lint folds it THEN the lexicon's own alt() call is run too", () => {
    const files = new Map([
      [
        'functions/assistant/grammar/lexicon.ts',
        "const alt = () => '';\nexport const EVERY = alt('quantifier');",
      ],
      [
        'functions/assistant/grammar/reader.ts',
        "import { EVERY } from './lexicon';\nexport const R = new RegExp(EVERY + '\\\\s');",
      ],
    ]);
    const sites = regexSites(files, (f) => f.endsWith('reader.ts'));
    expect(sites.map((s) => s.source)).toStrictEqual(['(?:every|each|all|any)\\s']);
  });
});
