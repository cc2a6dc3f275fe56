import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
// Source outside src/ that the client bundles: zod-free contract files such as `@contract/common`, `@periods`,
// and `@duesAmount` (the 党费 brackets, to show a declaration's amount before it is sent).
const periods = path.join(root, 'cloudfunctions/common/periods.ts')
const duesAmount = path.join(root, 'cloudfunctions/dues/rules/amount.ts')
const compileInclude = [path.join(root, 'cloudfunctions/common/contract'), periods, duesAmount]
// Dependencies that ship ES2015+ syntax: babel brings them down to ES5 for the oldest base library we declare.
const es2015Dependencies = [path.join(root, 'node_modules/@qiun/ucharts')]
const platform = process.env.TARO_ENV ?? 'weapp'

/** NutUI is drawn at 375 px; our own styles use Taro's 750 px design width. */
const designWidth = (input?: unknown): number => {
  const file = (input as { file?: string } | undefined)?.file ?? ''
  return file.replace(/\\+/g, '/').includes('/@nutui/') ? 375 : 750
}

// https://docs.taro.zone/docs/config
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhihui-zhibu',
    date: '2026-11-21',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per target; TARO_OUTPUT_ROOT lets concurrent builds use their own folder.
    outputRoot: process.env.TARO_OUTPUT_ROOT || `dist/${platform}`,
    plugins: [],
    defineConstants: {},
    env: {
      // The WeChat cloud environment id; empty means the project's default environment.
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
    },
    alias: {
      '@': path.join(root, 'src'),
      '@contract': path.join(root, 'cloudfunctions/common/contract'),
      '@periods$': periods,
      '@duesAmount$': duesAmount,
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [...compileInclude, ...es2015Dependencies] },
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/',
      compile: { include: compileInclude },
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
