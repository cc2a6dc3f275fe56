import { CHROMIUM_MISSING, findChromium } from './chromium'
import { ensureH5Build } from './h5Build'

/** `npm test` runs this before jest: the browser suites need Chromium and an h5 build of the current sources. */
if (!findChromium()) {
  console.error(CHROMIUM_MISSING)
  process.exit(1)
}
ensureH5Build()
