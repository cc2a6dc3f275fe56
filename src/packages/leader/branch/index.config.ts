export default definePageConfig({ navigationBarTitleText: '支部统计', enablePullDownRefresh: true })
