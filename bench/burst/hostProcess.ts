/**
 * The burst's server, run as its own process so the load generator's CPU does
 * not count as server latency: the real local host (express, signed session
 * cookies, the real functions over the durable SQLite store) plus the no-op
 * function. Prints one JSON line `{url}` when it is ready; stops on SIGTERM.
 *
 * argv: <dataDir> <members>
 */
import { openDatabase } from '../../cloudfunctions/common/handler'
import { startHost } from '../../local/host/start'
import { writeBurstFixture, WARMUP_EVENT } from './fixture'
import { NOOP_FUNCTION, noopMain } from './noopFunction'

const main = async () => {
  const [dataDir, members] = process.argv.slice(2)
  const host = await startHost({
    dataDir,
    port: 0,
    devLogin: true,
    seed: false,
    timers: false,
    extraFunctions: { [NOOP_FUNCTION]: noopMain },
  })
  await writeBurstFixture(openDatabase(), Number(members))
  process.stdout.write(`${JSON.stringify({ url: host.url, warmupEvent: WARMUP_EVENT })}\n`)
  const stop = () => void host.close().then(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
