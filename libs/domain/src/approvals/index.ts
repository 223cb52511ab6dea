export * from './types';
export * from './rules';
export * from './diff';
export * from './dto';
export * from './schemas';
