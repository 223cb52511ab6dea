export * from './i18n/locale';
export * from './errors/codes';
export * from './orgs';
export * from './auth/roles';
export * from './auth/schemas';
export * from './staff/post-types';
export * from './mf-registry/remotes';
export * from './events/types';
