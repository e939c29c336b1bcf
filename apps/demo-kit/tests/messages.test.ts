import { describe, expect, it } from 'vitest';
import { LANGUAGES, messages, translate } from '../src/messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('every language has every string with the same placeholders', () => {
    const keys = Object.keys(messages.en);
    for (const lang of ['fr', 'de'] as const) {
      expect(Object.keys(messages[lang]).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(placeholders(messages[lang][key as keyof typeof messages.en]), `${lang} ${key}`).toEqual(placeholders(messages.en[key as keyof typeof messages.en]));
    }
  });

  it('keeps the accessible names the shared end-to-end suite looks for in English', () => {
    expect(translate('en', 'product.addToCart')).toBe('Add to cart');
    expect(translate('en', 'cart.link', { count: 3 })).toBe('Cart (3)');
    expect(translate(null, 'checkout.placeOrder')).toBe('Place order');
    expect(translate('en', 'cart.hosted')).toBe('Continue to hosted checkout');
    expect(LANGUAGES.map((l) => l.label)).toEqual(['English', 'Français', 'Deutsch']);
  });

  it('translates, and falls back to English for an unknown locale', () => {
    expect(translate('fr', 'cart.link', { count: 2 })).toBe('Panier (2)');
    expect(translate('de', 'account.hello', { name: 'Max' })).toBe('Hallo, Max');
    expect(translate('es', 'account.signIn')).toBe('Sign in');
    expect(translate('en', 'account.hello')).toBe('Hello, {name}');
  });
});
