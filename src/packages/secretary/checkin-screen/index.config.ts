export default definePageConfig({ navigationBarTitleText: '签到屏', navigationBarBackgroundColor: '#a50f16' })
