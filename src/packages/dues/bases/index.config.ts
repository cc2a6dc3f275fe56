export default definePageConfig({ navigationBarTitleText: '党费基数确认', enablePullDownRefresh: true })
