import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginErrorText } from '../src/loginErrorText.js';
import { translate } from '../src/messages.js';
import { mutate, startDemoStack, type DemoStack } from './support/startDemoStack.js';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.close());

const signIn = (password: string) => {
  const page = stack.page();
  return mutate(page.queryClient, page.queries.login(), { email: 'jane@example.com', password }).then(
    () => null,
    (error: Error) => error,
  );
};

describe('loginErrorText against the demo server', () => {
  it('gives refused credentials the shared wording, in the shopper’s language', async () => {
    const error = await signIn('not-her-password');
    expect(error).toBeInstanceOf(Error);
    // The handler's words, which the apps' old /401|invalid|match/ test never recognised.
    expect(error!.message).toMatch(/The email or password is wrong/);
    expect(loginErrorText(error!, 'de')).toBe(translate('de', 'login.error'));
    expect(loginErrorText(error!, 'en')).toBe(translate('en', 'login.error'));
  });

  it('says what happened when the store itself fails', async () => {
    await fetch(`${stack.sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { path: '/graphql' }, count: 1000, fault: { status: 503 } }),
    });
    const error = await signIn('whatever');
    await fetch(`${stack.sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
    expect(error).toBeInstanceOf(Error);
    expect(loginErrorText(error!, 'en')).toBe(error!.message);
    expect(error!.message).not.toBe(translate('en', 'login.error'));
  });
});
