export * from './cap.js';
export * from './codice-fiscale.js';
export * from './email.js';
export * from './partita-iva.js';
export * from './password-policy.js';
export * from './result.js';
export * from './target-groups.js';
