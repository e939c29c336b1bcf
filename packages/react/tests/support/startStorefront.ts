import { inject } from 'vitest';
import { createTabFetch, type SentRequest } from '../../../../tools/test-stack/createTabFetch.mjs';
import { openTab, type Tab } from '../../../../tools/test-stack/openTab.mjs';
import type { StackInfo } from './globalSetup.js';

export type { SentRequest, Tab };

/** The running stack (see globalSetup) and a way to open tabs on it. */
export interface Stack extends StackInfo {
  tab(): Tab;
  /** Puts the sandbox back to its seeded state (`POST /__sandbox/reset`). */
  reset(): Promise<void>;
}

/** The stack globalSetup started for the test file at `fileUrl` (pass `import.meta.url`). */
export function startStorefront(fileUrl: string): Stack {
  const name = fileUrl.split('/').pop()!;
  const info = inject('stacks')[name];
  if (!info) throw new Error(`no test stack for ${name}: globalSetup starts one per tests/*.test.tsx file`);
  return {
    ...info,
    reset: async () => {
      await createTabFetch().fetch(`${info.sandboxUrl}/__sandbox/reset`, { method: 'POST' });
    },
    tab: () => openTab(info),
  };
}
