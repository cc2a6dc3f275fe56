export default definePageConfig({ navigationBarTitleText: '智慧支部', enablePullDownRefresh: true })
