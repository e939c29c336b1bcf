import { pagerHrefs, productListVariables } from '@bc-headless/demo-kit/browser';
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
  const products = useProducts(productListVariables({ categoryEntityId, searchTerm, after, before }));
  const category = categoryEntityId ? categories.data?.find((c) => c.entityId === categoryEntityId) : undefined;
  const title = searchTerm !== undefined ? t('search.title', { term: searchTerm }) : categoryEntityId ? (category?.name ?? '…') : t('home.title');

  const data = products.data;
  const pager = data && pagerHrefs({ pathname, params }, page, data.pageInfo);
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
          {pager?.visible && (
            <nav className="pager" aria-label={t('pager.label')}>
              {pager.previous ? <Link className="button secondary" rel="prev" href={pager.previous}>← {t('pager.previous')}</Link> : <span />}
              <span className="muted">{t('pager.page', { page })}</span>
              {pager.next ? <Link className="button secondary" rel="next" href={pager.next}>{t('pager.next')} →</Link> : <span />}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
