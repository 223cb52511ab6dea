export * from './http/http-client';
export * from './i18n/translate';
export * from './area-intro/area-intro';
export * from './remote-module';
export * from './approval-chain/approval-chain';
export * from './rule-button/rule-button';
export * from './list/newest-load';
export * from './list/list-controls';
