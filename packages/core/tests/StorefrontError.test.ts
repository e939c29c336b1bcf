import { describe, expect, it } from 'vitest';
import { PaymentDeclinedError } from '../src/errors/PaymentDeclinedError.js';
import { StorefrontError } from '../src/errors/StorefrontError.js';

describe('StorefrontError fields', () => {
  it('copies the fields it is given', () => {
    const error = new PaymentDeclinedError('payments.create: declined', { title: 'Card declined', code: 'card_declined', status: 422, correlationId: 'c-1' });
    expect(error).toMatchObject({ title: 'Card declined', code: 'card_declined', status: 422, correlationId: 'c-1' });
    expect(error).toBeInstanceOf(StorefrontError);
  });

  it('never lets a field (an upstream body’s, say) replace the message, name, stack or cause', () => {
    const cause = new Error('the real cause');
    const error = new StorefrontError('what happened', { message: 'forged', name: 'Forged', stack: 'forged', cause: 'forged', detail: 'kept' }, cause);
    expect(error.message).toBe('what happened');
    expect(error.name).toBe('StorefrontError');
    expect(error.stack).not.toBe('forged');
    expect(error.cause).toBe(cause);
    expect((error as unknown as { detail: string }).detail).toBe('kept');
  });
});
