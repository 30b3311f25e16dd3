export * from './appointments.js';
export * from './audit.js';
export * from './citizens.js';
export * from './companies.js';
export * from './identity.js';
export * from './network.js';
export * from './notifications.js';
export * from './reference.js';
