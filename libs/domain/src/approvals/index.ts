export * from './chain';
export * from './types';
