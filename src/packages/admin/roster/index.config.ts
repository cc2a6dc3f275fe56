export default definePageConfig({ navigationBarTitleText: '名册管理', enablePullDownRefresh: true })
