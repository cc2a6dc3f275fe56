export default definePageConfig({ navigationBarTitleText: '评议进度', enablePullDownRefresh: true })
