export * from './attendance';
export * from './class-enums';
export * from './class-rules';
export * from './class-schema';
export * from './class-fields';
export * from './dto';
export * from './schemas';
export * from './report';
