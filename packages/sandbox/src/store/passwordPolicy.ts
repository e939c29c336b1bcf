/**
 * The store's password rules, shown as `Settings.customers.passwordComplexitySettings` and applied
 * when a password is set (registration, change, reset). BigCommerce's default store asks for at
 * least 7 characters with letters and numbers; the sandbox uses the same, expressed with the
 * settings' fields (a number required, no case or special-character rule).
 */
export const passwordComplexity = {
  minimumPasswordLength: 7,
  minimumNumbers: 1,
  minimumSpecialCharacters: 0,
  requireLowerCase: false,
  requireNumbers: true,
  requireSpecialCharacters: false,
  requireUpperCase: false,
} as const;

/** Longest password accepted: longer ones are refused rather than hashed or compared at length. */
export const MAX_PASSWORD_LENGTH = 100;

/** Why `password` breaks the store's rules (a sentence for the shopper), or null when it is fine. */
export function passwordProblem(password: string): string | null {
  const rules = passwordComplexity;
  if (password.length < rules.minimumPasswordLength) return `The password must be at least ${rules.minimumPasswordLength} characters long.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  if (!/\p{L}/u.test(password)) return 'The password must contain letters and numbers.';
  if (rules.requireNumbers && (password.match(/\d/g)?.length ?? 0) < rules.minimumNumbers) return 'The password must contain letters and numbers.';
  return null;
}
