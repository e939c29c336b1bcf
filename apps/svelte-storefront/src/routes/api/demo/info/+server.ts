// GET /api/demo/info: which backend, where the sandbox inspector is (demo-kit's DemoInfo).
import type { RequestHandler } from './$types';

/** The demo's info, never cached. */
export const GET: RequestHandler = ({ locals }) => Response.json(locals.info, { headers: { 'cache-control': 'no-store' } });
