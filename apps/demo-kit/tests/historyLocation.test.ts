// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { currentHref, isPlainLeftClick, navigate, subscribeToLocation } from '../src/historyLocation.js';

describe('historyLocation', () => {
  it('navigates with the History API and tells subscribers, Back included', () => {
    window.history.replaceState(null, '', '/');
    const seen: string[] = [];
    const stop = subscribeToLocation(() => seen.push(currentHref()));
    const before = window.history.length;

    navigate('/category/21/coffee?page=2');
    expect(currentHref()).toBe('/category/21/coffee?page=2');
    expect(window.history.length).toBe(before + 1);
    navigate('/category/21/coffee?page=2'); // already there: nothing happens
    navigate('/cart', { replace: true });
    expect(window.history.length).toBe(before + 1);

    // What the browser does on Back: the address changes, then popstate.
    window.history.replaceState(null, '', '/product/121');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/category/21/coffee?page=2', '/cart', '/product/121']);

    stop();
    navigate('/');
    expect(seen).toHaveLength(3);
  });

  it('takes over only plain left clicks', () => {
    const click = { defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
    expect(isPlainLeftClick(click)).toBe(true);
    for (const other of [{ defaultPrevented: true }, { button: 1 }, { metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }]) {
      expect(isPlainLeftClick({ ...click, ...other }), JSON.stringify(other)).toBe(false);
    }
  });
});
