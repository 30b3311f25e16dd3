// tsc does not copy the SDL files the server reads at start; mirror them into dist/.
import { cpSync } from 'node:fs';

cpSync('src', 'dist', { recursive: true, filter: (src) => !/\.tsx?$/.test(src) });
