import { appContext } from '../appContext.js';
import type { Route } from './+types/api.demo.info';

/** GET /api/demo/info: which backend, where the sandbox inspector is (demo-kit's `DemoInfo`). */
export function loader({ context }: Route.LoaderArgs) {
  return Response.json(context.get(appContext).info, { headers: { 'cache-control': 'no-store' } });
}
