export * from './attendance';
export * from './dto';
export * from './schemas';
