import { LoginPage } from '../pages/LoginPage.js';
import { useLocation } from '../router.js';

/** `/login?redirectTo=`. */
export default function Login() {
  const { params } = useLocation();
  return <LoginPage redirectTo={params.get('redirectTo')} />;
}
