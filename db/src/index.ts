export * from './config';
export * from './connection';
export * from './migrate';
export { seedDemo, seedRegistry, demoPasswordHolders, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seeds/demo';
export * from './prefix';
export * from './statistics';
export * from './class-from-plan';
export * from './locks';
export * from './unavailable';
