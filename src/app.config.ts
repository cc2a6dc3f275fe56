export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/study/index',
    'pages/notices/index',
    'pages/mine/index',
    'pages/bind/index',
    'pages/event/index',
    'pages/checkin/index',
    'pages/notice-detail/index',
  ],
  subPackages: [
    {
      root: 'packages/secretary',
      pages: [
        'roster/index',
        'events/index',
        'event-edit/index',
        'event-manage/index',
        'checkin-screen/index',
        'minutes/index',
        'leaves/index',
      ],
    },
    { root: 'packages/admin', pages: ['roster/index', 'import/index', 'review/index', 'units/index'] },
    {
      root: 'packages/study',
      pages: [
        'material/index',
        'ranking/index',
        'history/index',
        'claim/index',
        'review/index',
        'award/index',
        'manage/index',
        'rules/index',
        'settings/index',
      ],
    },
    { root: 'packages/leader', pages: ['dashboard/index', 'branch/index'] },
    { root: 'packages/member', pages: ['attendance/index'] },
    {
      root: 'packages/dues',
      pages: [
        'mine/index',
        'sheet/index',
        'bases/index',
        'relief/index',
        'reliefs/index',
        'settings/index',
        'import/index',
        'refunds/index',
      ],
    },
    {
      root: 'packages/life',
      pages: ['talks/index', 'talk-new/index', 'meeting/index', 'birthdays/index', 'coverage/index'],
    },
    { root: 'packages/review', pages: ['mine/index', 'manage/index', 'dashboard/index', 'settings/index'] },
    { root: 'packages/notices', pages: ['manage/index', 'edit/index', 'receipts/index', 'settings/index'] },
  ],
  // Privacy: WeChat refuses getLocation / chooseLocation unless they are listed here, and asks for the
  // location scope with this text. Every privacy API the app calls is also declared in the admin console's
  // 用户隐私保护指引 (README › Deployment); `npm run check:weapp` fails when one is missing.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于活动定位签到，判断你是否在会场范围内' },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161e',
    navigationBarTitleText: '智慧支部',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    color: '#8c8c8c',
    selectedColor: '#c8161e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/index.png',
        selectedIconPath: 'assets/tabbar/index-active.png',
      },
      {
        pagePath: 'pages/study/index',
        text: '学习',
        iconPath: 'assets/tabbar/study.png',
        selectedIconPath: 'assets/tabbar/study-active.png',
      },
      {
        pagePath: 'pages/notices/index',
        text: '通知',
        iconPath: 'assets/tabbar/notices.png',
        selectedIconPath: 'assets/tabbar/notices-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tabbar/mine.png',
        selectedIconPath: 'assets/tabbar/mine-active.png',
      },
    ],
  },
})
