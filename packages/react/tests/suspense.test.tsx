import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startStorefront, type Stack, type Tab } from './support/startStorefront.js';
import { suspensePage } from './support/suspensePage.js';

const stack: Stack = startStorefront(import.meta.url);
beforeEach(() => stack.reset());

const tree = (tab: Tab, queryClient: QueryClient, unknown?: number) => suspensePage(tab, queryClient, stack.api, unknown);

describe('Suspense hooks in the browser', () => {
  it('suspend in the browser, then render data that is never undefined; an unknown product is null, not an error', async () => {
    const tab = stack.tab();
    render(tree(tab, new QueryClient(), 999_999));
    expect(screen.getByText('Loading page…')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('No such product')).toBeTruthy());
    await act(async () => {});
  });
});
