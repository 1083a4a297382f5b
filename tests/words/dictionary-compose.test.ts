/** Composed meanings: one small rule per affix pattern, each checked on a typical root. */
import { describe, expect, it } from 'vitest';
import { composeMeaning } from '../../src/features/words/language/dictionary/compose';

const compose = (gloss: string, pos: Parameters<typeof composeMeaning>[1], affixes: string[]) =>
  composeMeaning(gloss, pos, affixes);

describe('composing a meaning from the root and the affixes', () => {
  it.each([
    ['ke-...-an + butuh', 'need', 'v', ['ke-...-an'], 'need (the state or fact of needing)', 'n'],
    ['di- -kan (passive, causative)', 'ready', 'adj', ['di-', '-kan'], 'be made ready', 'v'],
    ['di- -kan on a verb', 'write', 'v', ['di-', '-kan'], 'be made to write, be written', 'v'],
    ['di- (passive)', 'eat', 'v', ['di-'], 'be eaten', 'v'],
    ['meN- -kan (causative)', 'high', 'adj', ['meN-', '-kan'], 'make high', 'v'],
    ['meN- on a verb', 'write', 'v', ['meN-'], 'write', 'v'],
    ['meN- on an adjective', 'red', 'adj', ['meN-'], 'become red', 'v'],
    ['ber- on a noun', 'child', 'n', ['ber-'], 'have child, use or do child', 'v'],
    ['ter- on an adjective', 'big', 'adj', ['ter-'], 'most big', 'adj'],
    ['ter- on a verb', 'sleep', 'v', ['ter-'], 'slept (accidentally, or able to be slept)', 'v'],
    ['peN- (agent)', 'write', 'v', ['peN-'], 'one who writes; a tool for writing', 'n'],
    ['peN-...-an (the act)', 'build', 'v', ['peN-...-an'], 'the act of building', 'n'],
    ['-an on a verb', 'eat', 'v', ['-an'], 'thing eaten, result of eating', 'n'],
    ['se- on a noun', 'house', 'n', ['se-'], 'one house, a whole house, the same house', 'n'],
    ['se- on an adjective', 'tall', 'adj', ['se-'], 'as tall as', 'adj'],
    ['se-...-nya', 'good', 'adj', ['se-...-nya'], 'as good as possible', 'adj'],
  ] as const)('%s', (_, gloss, pos, affixes, text, composedPos) => {
    const result = compose(gloss, pos, [...affixes]);
    expect(result.text).toBe(text);
    expect(result.pos).toBe(composedPos);
  });

  it('reads reduplication as plural or variety', () => {
    expect(compose('child', 'n', ['R']).text).toBe('child (many or various)');
    expect(compose('fruit', 'n', ['R', '-an']).text).toBe(
      'various kinds of fruit, fruit of all sorts',
    );
    expect(compose('walk', 'v', ['R']).text).toBe('walk (repeatedly, or casually)');
  });

  it('says what -nya and the other clitics add', () => {
    expect(compose('house', 'n', ['-nya']).text).toBe('house (-nya: his, her, its, their; the)');
    expect(compose('house', 'n', ['-ku']).text).toBe('house (-ku: my)');
  });

  it('composes with each sense, a verb sense first for a verbal pattern, notes left out', () => {
    expect(
      compose('for, to; v divide, share (base of bagian)', 'prep', ['meN-', '-kan']).text,
    ).toBe('divide (something, or for someone); cause to divide; make into or provide for');
  });

  it('keeps the root’s gloss and names the affixes when no rule fits', () => {
    const result = compose('house', 'n', ['ke-', '-i']);
    expect(result.rule).toBe('unknown');
    expect(result.text).toBe('house (with ke- -i)');
  });
});
