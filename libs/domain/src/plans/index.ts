export * from './enums';
export * from './rules';
export * from './patterns';
export * from './schemas';
export * from './dto';
export * from './fields';
export * from './export';
export * from './chain';
