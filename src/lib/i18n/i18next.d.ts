import type { TypedResources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: TypedResources;
  }
}
