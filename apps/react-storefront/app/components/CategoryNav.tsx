import { useCategories } from '@bc-headless/react';
import { useT } from '../i18n.js';
import { Link, useLocation } from '../router.js';

/** The top-level categories, as links; the current one is marked. */
export function CategoryNav() {
  const { t } = useT();
  const categories = useCategories();
  const { pathname } = useLocation();
  return (
    <nav className="category-nav" aria-label={t('nav.categories')}>
      <ul className="container">
        <li><Link href="/" aria-current={pathname === '/' ? 'page' : undefined}>{t('nav.all')}</Link></li>
        {categories.data?.map((category) => {
          // BigCommerce's own path (`/coffee/`; routes/notFound.tsx renders it).
          const href = category.path;
          return (
            <li key={category.entityId}>
              <Link href={href} aria-current={pathname === href || pathname.startsWith(`/category/${category.entityId}`) ? 'page' : undefined}>{category.name}</Link>
            </li>
          );
        })}
        {categories.isPending && <li className="muted">{t('common.loading')}</li>}
      </ul>
    </nav>
  );
}
