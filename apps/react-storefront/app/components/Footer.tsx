import { useT } from '../i18n.js';

/** The page footer. */
export function Footer() {
  const { t } = useT();
  return (
    <footer className="site-footer">
      <div className="container">{t('footer.note')} React · @bc-headless/react</div>
    </footer>
  );
}
