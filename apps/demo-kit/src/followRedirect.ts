import { safeRedirectPath } from '@bc-headless/core/queries';

/**
 * After signing in, goes to `redirectTo` if it is a path on this site (the handler's own
 * open-redirect check, `safeRedirectPath`), else home. The handler's own routes (e.g.
 * `/api/storefront/checkout`) need a real page load (`load`); any other path goes through the
 * app's router (`navigate`, replacing the sign-in page in the history). Answers the path taken.
 */
export function followRedirect(
  redirectTo: string | null | undefined,
  navigate: (to: string, options: { replace: boolean }) => void,
  load: (url: string) => void = (url) => window.location.assign(url),
): string {
  const target = safeRedirectPath(redirectTo);
  if (target.startsWith('/api/')) load(target);
  else navigate(target, { replace: true });
  return target;
}
