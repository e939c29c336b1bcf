import { followRedirect, loginErrorText } from '@bc-headless/demo-kit/browser';
import { useCustomer, useLogin } from '@bc-headless/react';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n.js';
import { useAppNavigate } from '../router.js';

/**
 * `/login?redirectTo=`: hosted checkout sends shoppers here (through the handler's `GET /login`).
 * After signing in they go back to `redirectTo`, only if it is a path on this site.
 */
export function LoginPage({ redirectTo, serverError = null }: { redirectTo: string | null; serverError?: string | null }) {
  const { t, lang } = useT();
  const login = useLogin();
  const navigate = useAppNavigate();
  const customer = useCustomer();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only a same-site `redirectTo` is followed (the handler's own open-redirect check).
    login.mutate({ email, password }, { onSuccess: () => void followRedirect(redirectTo, navigate) });
  };

  return (
    <section className="panel auth" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      {customer.data && <p className="notice ok">{t('login.signedIn', { name: `${customer.data.firstName} ${customer.data.lastName}` })}</p>}
      <form className="stack" method="post" onSubmit={submit}>
        <div className="field">
          <label htmlFor="login-email">{t('login.email')}</label>
          <input id="login-email" name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        {!login.isError && serverError && <p className="notice error" role="alert">{serverError}</p>}
        {login.isError && <p className="notice error" role="alert">{loginErrorText(login.error, lang)}</p>}
        <button className="button block" type="submit" disabled={login.isPending}>{login.isPending ? t('login.signingIn') : t('login.submit')}</button>
      </form>
      <p className="muted">{t('login.demo')}</p>
    </section>
  );
}
