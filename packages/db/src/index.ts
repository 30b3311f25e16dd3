export * from './client.js';
export * from './reference/load.js';
export * from './reference/search-text.js';
export * as schema from './schema/index.js';
export * from './schema/index.js';
