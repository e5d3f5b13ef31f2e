import { hashVoicePin, parseSpokenPin, verifyVoicePin } from '../../../src/core/voice-pin';

describe('voice PIN', () => {
  describe('hashVoicePin', () => {
    it('keeps a salted scrypt hash, never the digits', async () => {
      const stored = await hashVoicePin('4821');
      expect(stored).toMatchObject({ scheme: 'scrypt', N: 16384, r: 8, p: 1 });
      expect(JSON.stringify(stored)).not.toContain('4821');
      expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16);
    });

    it('salts each hash, so two customers with the same PIN have different hashes', async () => {
      const [a, b] = await Promise.all([hashVoicePin('1234'), hashVoicePin('1234')]);
      expect(a.hash).not.toEqual(b.hash);
    });

    it.each(['123', '12345', 'abcd', '', '12 4'])('refuses to hash %p', async (pin) => {
      await expect(hashVoicePin(pin)).rejects.toThrow(RangeError);
    });
  });

  describe('verifyVoicePin', () => {
    it('accepts the right PIN and refuses every other', async () => {
      const stored = await hashVoicePin('0719');
      expect(await verifyVoicePin('0719', stored)).toBe(true);
      for (const wrong of ['0718', '7190', '0000', '719', '07190']) expect(await verifyVoicePin(wrong, stored)).toBe(false);
    });

    it('refuses a stored hash of an unknown scheme', async () => {
      const stored = await hashVoicePin('1111');
      expect(await verifyVoicePin('1111', { ...stored, scheme: 'md5' as 'scrypt' })).toBe(false);
    });
  });

  describe('parseSpokenPin', () => {
    it.each([
      ['1234', '1234'],
      ['12 34', '1234'],
      ['one two three four', '1234'],
      ['oh seven one nine', '0719'],
      ['zero zero four two', '0042'],
      ['1 two 3 four', '1234'],
      ['42', '0042'],
      ['123', '0123'],
      ['eins zwei drei vier', '1234'],
    ])('hears %p as %p', (spoken, pin) => {
      expect(parseSpokenPin(spoken)).toBe(pin);
    });

    it.each([undefined, '', '?', '12345', 'one two three', 'my code', 'one two three four five', '12 3', 'x'.repeat(200)])('hears no PIN in %p', (spoken) => {
      expect(parseSpokenPin(spoken)).toBeUndefined();
    });
  });
});
