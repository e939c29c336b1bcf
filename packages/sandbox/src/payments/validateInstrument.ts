import { isRecord } from '../http/responses.js';

/** A card instrument (`type: "card"`), as the Payments API receives it. */
export interface CardInstrument {
  type: 'card';
  number: string;
  cardholder_name: string;
  expiry_month: number;
  expiry_year: number;
  verification_value: string;
}

/** A stored card instrument (`type: "stored_card"`). */
export interface StoredCardInstrument {
  type: 'stored_card';
  token: string;
  verification_value?: string;
}

/**
 * Checks an instrument's fields (reference/payments/process_payments.yml, schemas Card and
 * StoredCard). Returns the instrument or an `errors` map naming each bad field.
 */
export function validateInstrument(
  instrument: unknown,
): { ok: true; instrument: CardInstrument | StoredCardInstrument } | { ok: false; errors: Record<string, string> } {
  if (!isRecord(instrument)) return { ok: false, errors: { 'payment.instrument': 'must be an object with a type' } };
  const errors: Record<string, string> = {};
  if (instrument.type === 'card') {
    const { number, cardholder_name, expiry_month, expiry_year, verification_value } = instrument;
    if (typeof number !== 'string' || !/^\d{12,19}$/.test(number)) errors['payment.instrument.number'] = 'must be a string of 12 to 19 digits';
    if (typeof cardholder_name !== 'string' || cardholder_name.trim() === '') errors['payment.instrument.cardholder_name'] = 'is required';
    if (typeof expiry_month !== 'number' || !Number.isInteger(expiry_month) || expiry_month < 1 || expiry_month > 12)
      errors['payment.instrument.expiry_month'] = 'must be an integer from 1 to 12';
    if (typeof expiry_year !== 'number' || !Number.isInteger(expiry_year) || expiry_year < 1000 || expiry_year > 9999)
      errors['payment.instrument.expiry_year'] = 'must be a four-digit year';
    if (typeof verification_value !== 'string' || !/^\d{3,4}$/.test(verification_value))
      errors['payment.instrument.verification_value'] = 'must be a string of 3 or 4 digits';
    if (Object.keys(errors).length) return { ok: false, errors };
    return { ok: true, instrument: instrument as unknown as CardInstrument };
  }
  if (instrument.type === 'stored_card') {
    if (typeof instrument.token !== 'string' || instrument.token === '') errors['payment.instrument.token'] = 'is required';
    if (instrument.verification_value !== undefined && (typeof instrument.verification_value !== 'string' || !/^\d{3,4}$/.test(instrument.verification_value)))
      errors['payment.instrument.verification_value'] = 'must be a string of 3 or 4 digits';
    if (Object.keys(errors).length) return { ok: false, errors };
    return { ok: true, instrument: instrument as unknown as StoredCardInstrument };
  }
  return { ok: false, errors: { 'payment.instrument.type': 'the sandbox accepts "card" and "stored_card"' } };
}
