/**
 * @razem/contract — the single source of truth for the Razem consortium API: zod/mini schemas,
 * their inferred types and the enumerations of the domain. Every schema is a separate,
 * side-effect-free export so bundles keep only what they validate.
 */
export * from './enums.js';
export * from './common.js';
export * from './response.js';
export * from './partner.js';
export * from './event.js';
export * from './idea.js';
export * from './consent.js';
export * from './problem.js';
export * from './health.js';
