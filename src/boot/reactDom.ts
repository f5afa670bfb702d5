/**
 * React DOM's client, as a chunk of its own (`reactDom-*.js`): main.tsx imports it after the
 * entry has run, so that evaluating it (~110 ms at CPU ×4) is a task of its own rather than part
 * of the entry's. The page preloads it from the HTML with the rest of the initial JavaScript
 * (build/preloads.ts, START_CHUNKS), where the budget test counts it.
 */
export { createRoot } from 'react-dom/client'
