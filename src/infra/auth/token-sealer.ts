import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A sealed value could not be opened: another key, or changed since it was sealed. */
export class SealedValueError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'SealedValueError';
  }
}

const PREFIX = 'sealed.v1.';

/**
 * Encrypts the tokens the shop holds before they are stored (AES-256-GCM, a fresh IV per value,
 * the record's key bound in as associated data so a sealed token cannot be moved to another
 * shopper's record). On top of the table's own encryption at rest: whoever can read the table
 * (a backup, a console) still cannot use a token without the key.
 */
export class TokenSealer {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('the token key must be 32 bytes (base64 of 32 random bytes)');
    this.key = key;
  }

  /** A key given as base64 (DEVICE_LINK_TOKEN_KEY). */
  static fromBase64(text: string): TokenSealer {
    return new TokenSealer(Buffer.from(text.trim(), 'base64'));
  }

  seal(value: string, boundTo: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return `${PREFIX}${[iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.')}`;
  }

  open(sealed: string, boundTo: string): string {
    if (!sealed.startsWith(PREFIX)) throw new SealedValueError('the value is not sealed');
    const [iv, tag, body] = sealed
      .slice(PREFIX.length)
      .split('.')
      .map((part) => Buffer.from(part, 'base64url'));
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch (cause) {
      throw new SealedValueError('the sealed value does not open with this key', { cause });
    }
  }
}
