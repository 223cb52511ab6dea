export * from './enums';
export * from './requirement';
export * from './rules';
export * from './schemas';
export * from './dto';
export * from './certificates';
