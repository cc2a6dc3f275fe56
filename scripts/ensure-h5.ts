import { ensureH5Build } from './h5Build'

/** `npm test` runs this before jest so the browser suites test the current sources. */
ensureH5Build()
