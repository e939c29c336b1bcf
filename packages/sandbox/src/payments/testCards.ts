/** How a test card behaves when charged. */
export type TestCardBehaviour = 'success' | 'decline' | 'insufficient_funds' | 'slow';

/**
 * The sandbox's test cards, modelled on the gateways' test numbers BigCommerce links to
 * (docs/store-operations/payments/index.mdx, "Using test credit cards"). Any other number that
 * passes the Luhn check succeeds; one that fails it is refused as unverifiable.
 */
export const TEST_CARDS: Record<string, TestCardBehaviour> = {
  '4111111111111111': 'success',
  '4242424242424242': 'success',
  '5555555555554444': 'success',
  '4000000000000002': 'decline',
  '4000000000009995': 'insufficient_funds',
  // Charged at once, answered after the configured delay: a client timeout then leaves the money taken.
  '4000000000000077': 'slow',
};

/** True when `number` passes the Luhn checksum. */
export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i += 1) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The behaviour of a card number: a listed test card, `success` for other valid numbers, `invalid` otherwise. */
export function cardBehaviour(number: string): TestCardBehaviour | 'invalid' {
  const listed = TEST_CARDS[number];
  if (listed) return listed;
  return luhnValid(number) ? 'success' : 'invalid';
}
