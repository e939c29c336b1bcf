import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCookieStorage,
  StorefrontConfigError,
  createLocalStorage,
  createMemoryStorage,
  createSessionStore,
  isUuid,
  type CustomerProfile,
  type SessionStorageAdapter,
} from '../src/index.js';

/** A storage that records every call, to prove what is read and written and when. */
function fakeStorage(initial: string | null = null) {
  const log: string[] = [];
  let value = initial;
  const storage: SessionStorageAdapter = {
    getItem: () => (log.push('get'), value),
    setItem: (next) => void (log.push('set'), (value = next)),
  };
  return { storage, log, value: () => value };
}

describe('createSessionStore', () => {
  it('is pure: creating it reads and writes nothing', () => {
    const fake = fakeStorage();
    createSessionStore({ storage: fake.storage });
    expect(fake.log).toEqual([]);
  });

  it('creates a visitor id on first read, persists it and keeps it across stores', () => {
    const fake = fakeStorage();
    const first = createSessionStore({ storage: fake.storage }).getSnapshot();
    expect(isUuid(first.visitorId)).toBe(true);
    expect(first).toEqual({ cartId: null, visitorId: first.visitorId, locale: null, customer: null });
    expect(JSON.parse(fake.value()!).visitorId).toBe(first.visitorId);
    const again = createSessionStore({ storage: fake.storage }).getSnapshot();
    expect(again.visitorId).toBe(first.visitorId);
  });

  it('restores saved state', () => {
    const saved = { cartId: 'cart-1', visitorId: '0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b', locale: 'fr', customer: { entityId: 7, firstName: 'Ada' } };
    const fake = fakeStorage(JSON.stringify(saved));
    expect(createSessionStore({ storage: fake.storage }).getSnapshot()).toEqual(saved);
    expect(fake.log).toEqual(['get']);
  });

  it('survives corrupt storage', () => {
    const snapshot = createSessionStore({ storage: fakeStorage('{not json').storage }).getSnapshot();
    expect(isUuid(snapshot.visitorId)).toBe(true);
    expect(snapshot.cartId).toBeNull();
  });

  it('returns the same snapshot object until something changes', () => {
    const store = createSessionStore();
    const a = store.getSnapshot();
    expect(store.getSnapshot()).toBe(a);
    store.setCartId(null);
    expect(store.getSnapshot()).toBe(a);
    store.setCartId('cart-1');
    const b = store.getSnapshot();
    expect(b).not.toBe(a);
    expect(b).toMatchObject({ cartId: 'cart-1', visitorId: a.visitorId });
    expect(a.cartId).toBeNull();
  });

  it('notifies subscribers on change only, until they unsubscribe', () => {
    const store = createSessionStore();
    const calls: unknown[] = [];
    const unsubscribe = store.subscribe((state) => calls.push(state));
    store.setLocale('fr');
    store.setLocale('fr');
    store.setCartId('c');
    expect(calls).toEqual([expect.objectContaining({ locale: 'fr', cartId: null }), store.getSnapshot()]);
    unsubscribe();
    store.setCartId('d');
    expect(calls).toHaveLength(2);
  });

  it('signs out with clear(), keeping visitor id and locale', () => {
    const store = createSessionStore();
    store.setLocale('de');
    store.setCartId('c');
    store.setCustomer({ entityId: 1, email: 'a@example.com' });
    const { visitorId } = store.getSnapshot();
    store.clear();
    expect(store.getSnapshot()).toEqual({ cartId: null, visitorId, locale: 'de', customer: null });
  });

  it('never stores a customer access token or other credentials', () => {
    const fake = fakeStorage();
    const store = createSessionStore({ storage: fake.storage });
    store.setCustomer({
      entityId: 1,
      firstName: 'Ada',
      customerAccessToken: { value: 'a'.repeat(64) + '_1900000000', expiresAt: '2030-01-01' },
      accessToken: 'x',
      password: 'p',
    } as CustomerProfile);
    expect(store.getSnapshot().customer).toEqual({ entityId: 1, firstName: 'Ada' });
    expect(fake.value()).not.toMatch(/token|1900000000|"p"/i);
  });

  it('drops a token that was planted in storage', () => {
    const planted = JSON.stringify({ visitorId: '0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b', customer: { entityId: 2, customerAccessToken: 'leak' } });
    const store = createSessionStore({ storage: fakeStorage(planted).storage });
    expect(store.getSnapshot().customer).toEqual({ entityId: 2 });
  });
});

describe('storage adapters', () => {
  it('memory storage keeps one value', () => {
    const storage = createMemoryStorage();
    expect(storage.getItem()).toBeNull();
    storage.setItem('x');
    expect(storage.getItem()).toBe('x');
  });

  describe('localStorage adapter', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('uses its key', () => {
      const map = new Map<string, string>();
      vi.stubGlobal('localStorage', { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) });
      const store = createSessionStore({ storage: createLocalStorage({ key: 'k' }) });
      store.setCartId('c1');
      expect(JSON.parse(map.get('k')!).cartId).toBe('c1');
      expect(createSessionStore({ storage: createLocalStorage({ key: 'k' }) }).getSnapshot().cartId).toBe('c1');
    });

    it('lets the store survive a storage that throws (private mode, quota)', () => {
      vi.stubGlobal('localStorage', {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      });
      const store = createSessionStore({ storage: createLocalStorage() });
      expect(isUuid(store.getSnapshot().visitorId)).toBe(true);
      store.setCartId('c2');
      expect(store.getSnapshot().cartId).toBe('c2');
    });

    it('touches no global at creation', () => {
      expect(globalThis.localStorage).toBeUndefined();
      expect(() => createLocalStorage()).not.toThrow();
    });
  });

  describe('cookie adapter', () => {
    afterEach(() => vi.unstubAllGlobals());

    // A page's `document.cookie` (what the browser sends back: name=value pairs) and its
    // `location` (a URL, as Location is: its protocol decides the Secure default).
    function fakeDocument(others = 'other=1', protocol = 'http:') {
      vi.stubGlobal('location', new URL(`${protocol}//shop.example/cart`));
      let written = '';
      const doc = {
        get cookie() {
          return [others, written.split(';')[0], 'last=2'].filter(Boolean).join('; ');
        },
        set cookie(value: string) {
          written = value;
        },
      };
      vi.stubGlobal('document', doc);
      return () => written;
    }

    it('writes name, path, SameSite and Secure, and reads it back among other cookies', () => {
      const written = fakeDocument();
      const store = createSessionStore({ storage: createCookieStorage({ name: 'sess', path: '/shop', sameSite: 'Strict', secure: true }) });
      store.setCartId('cart; with=odd chars');
      expect(written()).toMatch(/^sess=[^;\s]+; Path=\/shop; Max-Age=2592000; SameSite=Strict; Secure$/);
      const again = createSessionStore({ storage: createCookieStorage({ name: 'sess' }) }).getSnapshot();
      expect(again.cartId).toBe('cart; with=odd chars');
      expect(again.visitorId).toBe(store.getSnapshot().visitorId);
    });

    it('refuses a name that is not a cookie token at creation, and reads names with regex characters literally', () => {
      expect(() => createCookieStorage({ name: 'my session' })).toThrow(/createCookieStorage: options\.name must be letters, digits, .*; got "my session"/);
      expect(() => createCookieStorage({ name: 'a=b' })).toThrow(StorefrontConfigError);
      fakeDocument('sess=junk; sxs=also-junk');
      const store = createSessionStore({ storage: createCookieStorage({ name: 's.s' }) });
      store.setCartId('cart-1');
      expect(createSessionStore({ storage: createCookieStorage({ name: 's.s' }) }).getSnapshot().cartId).toBe('cart-1');
    });

    it('defaults to Path=/, SameSite=Lax, 30 days, and Secure on an https page', () => {
      const written = fakeDocument('', 'https:');
      createSessionStore({ storage: createCookieStorage() }).setLocale('fr');
      expect(written()).toMatch(/^bc_session=[^;\s]+; Path=\/; Max-Age=2592000; SameSite=Lax; Secure$/);
    });

    it('leaves Secure off on a plain http page, where the browser would refuse it', () => {
      const written = fakeDocument('', 'http:');
      createSessionStore({ storage: createCookieStorage() }).setLocale('fr');
      expect(written()).toMatch(/^bc_session=[^;\s]+; Path=\/; Max-Age=2592000; SameSite=Lax$/);
    });

    it('leaves Secure off on https with secure: false, and forces it on http with secure: true', () => {
      const written = fakeDocument('', 'https:');
      createSessionStore({ storage: createCookieStorage({ secure: false }) }).setLocale('fr');
      expect(written()).not.toMatch(/Secure/);
      vi.stubGlobal('location', new URL('http://shop.example/cart'));
      createSessionStore({ storage: createCookieStorage({ name: 'other', secure: true }) }).setLocale('de');
      expect(written()).toMatch(/^other=[^;\s]+; .*; SameSite=Lax; Secure$/);
    });

    it('reads the protocol at each write, not at creation', () => {
      const storage = createCookieStorage();
      const written = fakeDocument('', 'https:');
      createSessionStore({ storage }).setLocale('fr');
      expect(written()).toMatch(/; Secure$/);
    });

    it('starts a fresh session when the cookie is absent or garbled', () => {
      fakeDocument('bc_session=%E0%A4%A');
      const snapshot = createSessionStore({ storage: createCookieStorage() }).getSnapshot();
      expect(isUuid(snapshot.visitorId)).toBe(true);
      expect(snapshot.cartId).toBeNull();
    });

    it('touches no document or location at creation', () => {
      expect(globalThis.document).toBeUndefined();
      expect(globalThis.location).toBeUndefined();
      expect(() => createCookieStorage()).not.toThrow();
    });
  });
});
