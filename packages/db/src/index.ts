export * from './client.js';
export * from './reference/load.js';
export * as schema from './schema/index.js';
export * from './schema/index.js';
