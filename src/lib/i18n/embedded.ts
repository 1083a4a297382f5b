/**
 * The id of the `<script type="application/json">` element that carries the i18next
 * resources in the prerendered page (kept apart from resources.ts so that reading it
 * does not pull the resources into the JavaScript bundle).
 */
export const EMBEDDED_RESOURCES_ID = 'sanding-resources';
