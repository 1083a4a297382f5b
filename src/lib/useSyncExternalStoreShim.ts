/**
 * react-i18next imports `use-sync-external-store/shim` so that it runs on React 16 and
 * 17; on React 19 the shim only re-exports React's own hook. Vite aliases the shim to
 * this module (vite.config.ts) so the compatibility code stays out of the bundle.
 */
export { useSyncExternalStore } from 'react';
