/**
 * Jest's global setup: builds dist/ (`npm run build`, about a second) before the tests, so that the tests that start
 * the real command (`bin/sesiona.js`, `npm start`) run what the sources say now, not an older build.
 */
import { buildSesiona } from '../../src/ops/build';

export default async function buildDist(): Promise<void> {
  await buildSesiona();
}
