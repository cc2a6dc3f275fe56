import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT, ensureH5Build } from '../../scripts/h5Build'
import { startHost } from './start'

/**
 * `npm run dev [-- --reset] [--port 10086] [--host 127.0.0.1] [--data .data] [--allow-host name]... [--remote-dev-login]`:
 * builds the h5 app if needed, opens the local cloud and serves everything.
 */
const { values } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '10086' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: process.env.ZHIBU_DATA_DIR ?? '.data' },
    'no-build': { type: 'boolean', default: false },
    'allow-host': { type: 'string', multiple: true, default: [] },
    'remote-dev-login': { type: 'boolean', default: false },
  },
})

const main = async () => {
  const staticDir = values['no-build'] ? undefined : ensureH5Build()
  const running = await startHost({
    dataDir: resolve(ROOT, values.data),
    reset: values.reset,
    host: values.host,
    port: Number(values.port),
    staticDir,
    devLogin: true,
    remoteDevLogin: values['remote-dev-login'],
    allowedHosts: values['allow-host'],
    seed: true,
    timers: true,
  })
  console.info(
    `智慧支部 local host: ${running.url}  (dev login: ${running.url}/dev/login, outbox: ${running.url}/dev/outbox)`,
  )
  const stop = () => void running.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
