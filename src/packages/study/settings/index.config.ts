export default definePageConfig({ navigationBarTitleText: '排名与学习设置' })
