import { translate } from './messages.js';

/**
 * What a failed sign-in says: the shared wording for refused credentials (the storefront handler
 * answers them `401 INVALID_CREDENTIALS`), else what happened (store down…). Read from the error's
 * code and status, never its wording.
 */
export function loginErrorText(error: { message: string; status?: number; code?: string }, lang: string): string {
  const refused = error.code === 'INVALID_CREDENTIALS' || error.status === 401;
  return refused ? translate(lang, 'login.error') : error.message;
}
