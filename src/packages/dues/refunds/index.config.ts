export default definePageConfig({ navigationBarTitleText: '党费退款', enablePullDownRefresh: true })
