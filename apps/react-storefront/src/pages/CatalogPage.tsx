import { useCategories, useProducts } from '@bc-headless/react';
import { ProductCard } from '../components/ProductCard.js';
import { QueryError } from '../components/QueryError.js';
import { useT } from '../i18n.js';
import { Link, useLocation } from '../router.js';

interface CatalogPageProps {
  categoryEntityId?: number;
  searchTerm?: string;
  after: string | null;
  before: string | null;
  page: number;
}

/** Home, a category or a search: a heading and one page of the product grid, paged by cursor. */
export function CatalogPage({ categoryEntityId, searchTerm, after, before, page }: CatalogPageProps) {
  const { t } = useT();
  const { pathname, params } = useLocation();
  const categories = useCategories();
  const products = useProducts({
    ...(categoryEntityId ? { categoryEntityId } : {}),
    ...(searchTerm ? { searchTerm } : {}),
    ...(after ? { after } : before ? { before } : {}),
  });
  const category = categoryEntityId ? categories.data?.find((c) => c.entityId === categoryEntityId) : undefined;
  const title = searchTerm !== undefined ? t('search.title', { term: searchTerm }) : categoryEntityId ? (category?.name ?? '…') : t('home.title');

  const pageHref = (cursor: Record<string, string>, number: number) => {
    const next = new URLSearchParams();
    if (params.get('q')) next.set('q', params.get('q')!);
    for (const [k, v] of Object.entries(cursor)) next.set(k, v);
    if (number > 1) next.set('page', String(number));
    const query = next.toString();
    return query ? `${pathname}?${query}` : pathname;
  };

  const data = products.data;
  return (
    <section aria-labelledby="catalog-title">
      <div className="page-head">
        <div>
          <h1 id="catalog-title">{title}</h1>
          {!categoryEntityId && searchTerm === undefined && <p className="lead">{t('home.lead')}</p>}
        </div>
        {data?.totalItems != null && <span className="muted">{t('grid.count', { count: data.totalItems })}</span>}
      </div>
      {products.isPending ? (
        <p className="loading" role="status">{t('grid.loading')}</p>
      ) : products.isError ? (
        <QueryError message={t('grid.error')} error={products.error} retry={() => void products.refetch()} />
      ) : data && data.products.length === 0 ? (
        <p className="notice">{t('grid.empty')}</p>
      ) : (
        <>
          <ul className={products.isPlaceholderData ? 'product-grid grid-busy' : 'product-grid'} aria-label={title} aria-busy={products.isPlaceholderData}>
            {data?.products.map((product) => (
              <li key={product.entityId}>
                <ProductCard product={product} />
              </li>
            ))}
          </ul>
          {data && (data.pageInfo.hasNextPage || data.pageInfo.hasPreviousPage) && (
            <nav className="pager" aria-label={t('pager.label')}>
              {data.pageInfo.hasPreviousPage && page > 1 ? (
                <Link className="button secondary" rel="prev" href={page - 1 <= 1 ? pageHref({}, 1) : pageHref({ before: data.pageInfo.startCursor! }, page - 1)}>← {t('pager.previous')}</Link>
              ) : (
                <span />
              )}
              <span className="muted">{t('pager.page', { page })}</span>
              {data.pageInfo.hasNextPage ? (
                <Link className="button secondary" rel="next" href={pageHref({ after: data.pageInfo.endCursor! }, page + 1)}>{t('pager.next')} →</Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
