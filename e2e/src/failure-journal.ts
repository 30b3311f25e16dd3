import { afterEach, beforeEach } from 'vitest';
import { journal } from './browser.js';

// A failing step says what it waited for; the journal says where each page was meanwhile
// (a click that navigated elsewhere, an uncaught error, a failed request).
beforeEach(() => {
  journal.length = 0;
});

afterEach(({ task }) => {
  if (task.result?.state === 'fail' && journal.length > 0)
    console.error(`What the pages did during "${task.name}":\n${journal.join('\n')}`);
});
