export default definePageConfig({ navigationBarTitleText: '党费减免申请', enablePullDownRefresh: true })
