import { data } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.js';

/** Any other path: the not-found page, with status 404 when the server renders it. */
export function loader() {
  return data(null, { status: 404 });
}

// In the browser, an unknown path renders at once (no server round trip for a 404 page).
export function clientLoader() {
  return null;
}

export default function NotFound() {
  return <NotFoundPage />;
}
