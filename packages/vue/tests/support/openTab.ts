import { inject } from 'vitest';
import type { SentRequest } from '../../../../tools/test-stack/createTabFetch.mjs';
import { openTab as openSharedTab, type Tab as SharedTab } from '../../../../tools/test-stack/openTab.mjs';
import type { StackInfo } from './globalSetup.js';

export type { SentRequest };

/** What a browser tab holds: its cookies, what it sent, its client and its session store. */
export interface Tab extends SharedTab {
  stack: StackInfo;
}

/** A new tab on the stack started by globalSetup: its own cookie jar, so its own cart and sign-in. */
export function openTab(): Tab {
  const stack = inject('vueStack');
  return { stack, ...openSharedTab(stack) };
}
