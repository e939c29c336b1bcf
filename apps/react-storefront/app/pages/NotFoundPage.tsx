import { useT } from '../i18n.js';
import { Link } from '../router.js';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useT();
  return (
    <div className="notice">
      <h1>{t('common.notFound')}</h1>
      <Link href="/">{t('common.home')}</Link>
    </div>
  );
}
