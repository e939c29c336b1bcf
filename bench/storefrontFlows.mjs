// What bench/storefronts.mjs does in the browser: one cold load up to the first product grid, and
// the shopper's path (home → category → product → add to cart; signed in: cart → checkout → place
// order) with the requests each step costs in the browser and upstream at the sandbox. Only the
// accessible names every demo shares (e2e/README.md) are used, so all three apps run unchanged.

// Records when the grid first shows a laid-out product card, as the page sees it (ms since navigation start).
const WATCH_GRID = () => {
  const seen = () => {
    const card = document.querySelector('.product-grid .product-card');
    return card !== null && card.getBoundingClientRect().height > 0;
  };
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    window.__gridAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

const GRAPHQL = '/api/storefront/graphql';
// Fixed across the apps: the sandbox's seed (e2e/tests/catalog.spec.ts and checkout.spec.ts use the same).
const CATEGORY = 'Kitchen';
const PRODUCT = /Cold Brew Kit/;
const CARD = '4242424242424242'; // packages/sandbox/src/payments/testCards.ts: 'success'

/** One cold page load (fresh context) until the first product card is laid out; ms since navigation start. */
export async function firstGrid(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_GRID);
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__gridAt);
    return await handle.jsonValue();
  } finally {
    await context.close();
  }
}

/** Every request the page sends, so that a step can take the ones since its start. */
function recordRequests(page) {
  const sent = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    let operation = '';
    if (url.pathname === GRAPHQL) {
      const text = request.method() === 'GET' ? url.searchParams.get('query') ?? '' : request.postData() ?? '';
      operation = /\bmutation\b/.test(text) ? 'mutation' : 'query';
    }
    sent.push({ method: request.method(), path: url.pathname, type: request.resourceType(), operation });
  });
  return sent;
}

/** The sandbox's request log after `since` (a log id). */
async function upstreamSince(sandboxUrl, since) {
  const { data } = await (await fetch(`${sandboxUrl}/__sandbox/requests`)).json();
  return data.filter((entry) => entry.id > since);
}

const lastId = async (sandboxUrl) => (await upstreamSince(sandboxUrl, 0)).at(-1)?.id ?? 0;

/**
 * Runs `act` and waits for the network to settle; returns what the browser sent to the app's server
 * and what the server sent to the sandbox meanwhile.
 */
async function step(page, sent, sandboxUrl, act) {
  const from = sent.length;
  const since = await lastId(sandboxUrl);
  await act();
  await page.waitForLoadState('networkidle');
  const browser = sent.slice(from);
  // Product images come from the store's CDN (here the sandbox) straight to the browser: not API calls.
  const upstream = (await upstreamSince(sandboxUrl, since)).filter((entry) => !entry.path.startsWith('/images/'));
  const upstreamGraphql = upstream.filter((entry) => entry.path === '/graphql');
  return {
    graphql: browser.filter((r) => r.path === GRAPHQL).length,
    mutations: browser.filter((r) => r.operation === 'mutation').length,
    api: browser.filter((r) => r.path.startsWith('/api/storefront')).map((r) => `${r.method} ${r.path.replace('/api/storefront', '')}`),
    upstreamGraphql: upstreamGraphql.length,
    upstreamMutations: upstreamGraphql.filter((entry) => entry.operationType === 'mutation').length,
    upstream: upstream.map((entry) => (entry.path === '/graphql' ? entry.operationName ?? 'anonymous' : `${entry.method} ${entry.path.replace(/\/stores\/\w+\//, '/stores/{hash}/')}`)),
  };
}

/** Signed out: home, then client-side navigation to a category and a product, add to cart, the cart, one more. */
export async function browse(browser, appUrl, sandboxUrl) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sent = recordRequests(page);
    const scripts = new Map();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
    });
    const home = await step(page, sent, sandboxUrl, async () => {
      await page.goto(appUrl);
      await page.locator('.product-grid .product-card').first().waitFor();
    });
    const category = await step(page, sent, sandboxUrl, async () => {
      await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: CATEGORY, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: CATEGORY }).waitFor();
      await page.getByRole('link', { name: PRODUCT }).first().waitFor();
    });
    const product = await step(page, sent, sandboxUrl, async () => {
      await page.getByRole('link', { name: PRODUCT }).first().click();
      await page.getByRole('button', { name: 'Add to cart' }).waitFor();
    });
    const addToCart = await step(page, sent, sandboxUrl, async () => {
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.getByRole('link', { name: 'Cart (1)' }).waitFor();
    });
    const cart = await step(page, sent, sandboxUrl, async () => {
      await page.getByRole('link', { name: 'Cart (1)' }).click();
      await page.getByRole('button', { name: /more Cold Brew Kit/i }).waitFor();
    });
    const oneMore = await step(page, sent, sandboxUrl, async () => {
      await page.getByRole('button', { name: /more Cold Brew Kit/i }).click();
      await page.getByRole('link', { name: 'Cart (2)' }).waitFor();
    });
    return { home, category, product, addToCart, cart, oneMore, scripts: [...scripts.values()] };
  } finally {
    await context.close();
  }
}

/** Signed in as the demo customer (address prefilled): add to cart, reload the home page, cart, checkout, place order. */
export async function placeOrder(browser, appUrl, sandboxUrl) {
  const context = await browser.newContext({ baseURL: appUrl });
  try {
    const page = await context.newPage();
    const sent = recordRequests(page);
    await page.goto('/login?redirectTo=/');
    await page.getByLabel('Email').fill('jane@example.com');
    await page.getByLabel('Password').fill('Shopper123!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('link', { name: PRODUCT }).first().click();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('link', { name: 'Cart (1)' }).waitFor();
    await page.waitForLoadState('networkidle');
    // A full reload of the home page, signed in with a cart: header (greeting, cart link) and grid cold.
    const reload = await step(page, sent, sandboxUrl, async () => {
      await page.goto('/');
      await page.locator('.product-grid .product-card').first().waitFor();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.getByRole('link', { name: 'Cart (1)' }).waitFor();
    });
    await page.getByRole('link', { name: 'Cart (1)' }).click();
    await page.getByRole('link', { name: 'Checkout' }).click();
    await page.getByLabel('Card number').fill(CARD);
    await page.getByLabel('Name on card').fill('Jane Doe');
    await page.getByLabel('Expiry month').fill('12');
    await page.getByLabel('Expiry year').fill(String(new Date().getFullYear() + 2));
    await page.getByLabel('CVV').fill('123');
    await page.waitForLoadState('networkidle');
    const order = await step(page, sent, sandboxUrl, async () => {
      await page.getByRole('button', { name: 'Place order' }).click();
      await page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();
    });
    // The order's own upstream calls share the correlation id the confirmation shows (as in e2e/tests/checkout.spec.ts).
    const correlationId = (await page.getByTestId('correlation-id').textContent()).trim();
    const { data } = await (await fetch(`${sandboxUrl}/__sandbox/requests?correlationId=${encodeURIComponent(correlationId)}`)).json();
    return { ...order, orderCalls: data.length, reload };
  } finally {
    await context.close();
  }
}
