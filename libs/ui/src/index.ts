export * from './http/http-client';
export * from './i18n/translate';
export * from './area-intro/area-intro';
export * from './remote-module';
