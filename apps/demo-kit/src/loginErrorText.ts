import { translate } from './messages.js';

/**
 * What a failed sign-in says: the shared wording for refused credentials (the storefront handler
 * answers them `401 INVALID_CREDENTIALS`, "The email or password is wrong."), else what happened
 * (store down…).
 */
export function loginErrorText(error: { message: string; status?: number; code?: string }, lang: string): string {
  const refused = error.status === 401 || error.code === 'INVALID_CREDENTIALS' || /401|invalid|match/i.test(error.message);
  return refused ? translate(lang, 'login.error') : error.message;
}
