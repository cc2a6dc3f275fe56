export default definePageConfig({ navigationBarTitleText: '党费设置' })
