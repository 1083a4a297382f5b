import { describe, expect, it } from 'vitest';
import { placeNextTo } from '../../src/components/useAnchoredPopover';

const band = { top: 60, bottom: 900, width: 1280 };
const card = { width: 384, height: 420 };

describe('placeNextTo', () => {
  it('hangs the popover under a word high on the page', () => {
    const placement = placeNextTo({ top: 200, bottom: 224, left: 300 }, card, band);
    expect(placement.side).toBe('below');
    expect(placement.top).toBe(230);
    expect(placement.top + Math.min(card.height, placement.maxHeight)).toBeLessThanOrEqual(892);
  });

  it('puts it above a word low on the page, ending just over the word', () => {
    const placement = placeNextTo({ top: 780, bottom: 804, left: 300 }, card, band);
    expect(placement.side).toBe('above');
    expect(placement.top + card.height).toBe(774);
  });

  it('keeps it inside the band and limits its height when neither side has the room', () => {
    const tall = { width: 384, height: 2000 };
    const placement = placeNextTo({ top: 480, bottom: 504, left: 300 }, tall, band);
    expect(placement.top).toBeGreaterThanOrEqual(68);
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(892);
  });

  it('keeps it inside the band when the word itself is below the window', () => {
    const placement = placeNextTo({ top: 1280, bottom: 1304, left: 300 }, card, band);
    expect(placement.top).toBeGreaterThanOrEqual(68);
    expect(placement.top + Math.min(card.height, placement.maxHeight)).toBeLessThanOrEqual(892);
  });

  it('shifts it left so it never runs off the right edge', () => {
    const placement = placeNextTo({ top: 200, bottom: 224, left: 1200 }, card, band);
    expect(placement.left).toBe(1280 - 384 - 8);
  });
});
