/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string
  export default src
}

declare namespace NodeJS {
  interface ProcessEnv {
    /** The build target; compare it whole (`process.env.TARO_ENV === 'h5'`) so the define plugin can replace it. */
    TARO_ENV: 'weapp' | 'h5'
    /** WeChat cloud environment id (config/index.ts); empty for the project's default. */
    TARO_APP_CLOUD_ENV: string
  }
}
