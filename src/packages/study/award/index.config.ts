export default definePageConfig({ navigationBarTitleText: '手动奖惩' })
