export default definePageConfig({ navigationBarTitleText: '政治生日', enablePullDownRefresh: true })
