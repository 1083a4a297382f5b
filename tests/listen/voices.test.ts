import { describe, expect, it } from 'vitest';
import { langMatchScore, pickVoice, rankVoices } from '../../src/lib/speech/voices';
import type { VoiceLike } from '../../src/lib/speech/voices';

function voice(name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike {
  return { name, lang, voiceURI: name, localService: true, default: false, ...extra };
}

describe('langMatchScore', () => {
  it('accepts the spellings engines use for Indonesian', () => {
    for (const tag of ['id-ID', 'id_ID', 'in-ID', 'in_ID', 'ID-id']) {
      expect(langMatchScore(tag, 'id'), tag).toBe(3);
    }
    expect(langMatchScore('id', 'id')).toBe(2);
    expect(langMatchScore('en-US', 'id')).toBe(0);
    expect(langMatchScore('ms-MY', 'id')).toBe(0);
    expect(langMatchScore('', 'id')).toBe(0);
  });

  it('accepts any English and ranks US/GB above other regions', () => {
    expect(langMatchScore('en-US', 'en')).toBe(3);
    expect(langMatchScore('en_GB', 'en')).toBe(3);
    expect(langMatchScore('en', 'en')).toBe(2);
    expect(langMatchScore('en-AU', 'en')).toBe(1);
    expect(langMatchScore('id-ID', 'en')).toBe(0);
  });
});

describe('pickVoice', () => {
  it('returns null when no voice reads the language', () => {
    expect(pickVoice([], 'id')).toBeNull();
    expect(pickVoice([voice('Alex', 'en-US'), voice('Amélie', 'fr-CA')], 'id')).toBeNull();
  });

  it('finds Indonesian under id_ID and in-ID (Android)', () => {
    expect(pickVoice([voice('Alex', 'en-US'), voice('x', 'id_ID')], 'id')?.name).toBe('x');
    expect(pickVoice([voice('Alex', 'en-US'), voice('y', 'in-ID')], 'id')?.name).toBe('y');
  });

  it('prefers a natural voice over a plain local one (Edge)', () => {
    const voices = [
      voice('Microsoft Andika - Indonesian (Indonesia)', 'id-ID'),
      voice('Microsoft Gadis Online (Natural) - Indonesian (Indonesia)', 'id-ID', {
        localService: false,
      }),
    ];
    expect(pickVoice(voices, 'id')?.name).toBe(
      'Microsoft Gadis Online (Natural) - Indonesian (Indonesia)',
    );
  });

  it('prefers a known good voice over an unknown one, and local over remote among equals', () => {
    const chrome = [
      voice('Some Indonesian', 'id-ID'),
      voice('Google Bahasa Indonesia', 'id-ID', { localService: false }),
    ];
    expect(pickVoice(chrome, 'id')?.name).toBe('Google Bahasa Indonesia');

    const mac = [
      voice('Google Bahasa Indonesia', 'id-ID', { localService: false }),
      voice('Damayanti', 'id-ID', { localService: true }),
    ];
    expect(pickVoice(mac, 'id')?.name).toBe('Damayanti');
  });

  it('prefers en-US/en-GB over other English regions', () => {
    const voices = [
      voice('Karen', 'en-AU'),
      voice('Rishi', 'en-IN'),
      voice('Daniel', 'en-GB'),
      voice('Fred', 'en-US'),
    ];
    const ranked = rankVoices(voices, 'en').map((v) => v.name);
    // Daniel is a known good name, so it wins among the US/GB voices.
    expect(ranked).toEqual(['Daniel', 'Fred', 'Karen', 'Rishi']);
  });

  it('uses the platform default and then the list order as tie-breakers', () => {
    const voices = [
      voice('A', 'en-US'),
      voice('B', 'en-US', { default: true }),
      voice('C', 'en-US'),
    ];
    expect(rankVoices(voices, 'en').map((v) => v.name)).toEqual(['B', 'A', 'C']);
  });

  it('honours the preferred voiceURI when it reads the language', () => {
    const voices = [
      voice('Damayanti', 'id-ID', { voiceURI: 'com.apple.Damayanti' }),
      voice('Plain', 'id-ID', { voiceURI: 'plain-uri' }),
      voice('Samantha', 'en-US', { voiceURI: 'com.apple.Samantha' }),
    ];
    expect(pickVoice(voices, 'id', 'plain-uri')?.name).toBe('Plain');
    // Unknown or uninstalled preference: fall back to the best voice.
    expect(pickVoice(voices, 'id', 'gone')?.name).toBe('Damayanti');
    // A preference for a voice of the other language is not used for Indonesian.
    expect(pickVoice(voices, 'id', 'com.apple.Samantha')?.name).toBe('Damayanti');
  });
});
