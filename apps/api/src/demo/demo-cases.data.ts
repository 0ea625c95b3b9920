// The demo cases: a couple of dozen hazards of the Taibai sub-district in every state and on
// every rung of the escalation ladder. All names, companies and addresses are invented. Times
// are given in days before the seed runs: a paper notice entered with a past `issuedAt` (and
// served a day later) has a deadline already passed, so the ladder's timers fire at once.
import type { ServiceMethod } from '@firecase/domain';

export type DemoStep =
  | { readonly issue: number; readonly requirements: string }
  | {
      readonly serve: number;
      readonly method: ServiceMethod;
      readonly recipient: string;
      readonly photo?: boolean;
    }
  /** Issued (and served an hour later) on the day that makes the deadline the end of today. */
  | { readonly issueDueToday: string; readonly recipient: string }
  | { readonly interim: readonly string[] }
  | { readonly patrol: string }
  | { readonly report: string; readonly photo?: boolean }
  | { readonly reinspect: boolean; readonly findings: string; readonly photo?: boolean }
  | { readonly requestExtension: string }
  | { readonly grantExtension: number; readonly reason: string }
  | { readonly rejectExtension: string }
  | { readonly scheduleInterview: number; readonly location: string; readonly interviewee: string }
  | { readonly recordInterview: string }
  | { readonly close: string }
  | { readonly void: string };

export interface DemoCase {
  /** Idempotency-Key suffix: a second seed opens nothing twice. */
  readonly key: string;
  readonly officer: string;
  readonly supervisor: string;
  readonly department: string;
  readonly community: string;
  readonly grid?: string;
  readonly building?: string;
  readonly address: string;
  readonly category: string;
  readonly hazardType: string;
  readonly severity: 'general' | 'major';
  readonly description: string;
  readonly party: {
    readonly name: string;
    readonly contactPerson?: string;
    readonly phone?: string;
    readonly head?: string;
  };
  readonly discoveredDaysAgo: number;
  readonly fixedOnSpot?: string;
  readonly steps: readonly DemoStep[];
}

const PE = {
  officer: 'officer.li',
  supervisor: 'supervisor.zhang',
  department: 'planning_environment',
};
const EM = { officer: 'officer.zhao', supervisor: 'supervisor.wu', department: 'emergency' };
const ED = {
  officer: 'officer.sun',
  supervisor: 'supervisor.zheng',
  department: 'economic_development',
};
const SA = { officer: 'officer.zhou', supervisor: 'supervisor.feng', department: 'social_affairs' };
const CS = { officer: 'officer.he', supervisor: 'supervisor.ma', department: 'cultural_service' };

const issued = (daysAgo: number, requirements: string): DemoStep => ({
  issue: daysAgo,
  requirements,
});
const served = (daysAgo: number, recipient: string): DemoStep => ({
  serve: daysAgo,
  method: 'in_person',
  recipient,
  photo: true,
});

export const DEMO_CASES: readonly DemoCase[] = [
  // 待下达通知: just found
  {
    key: '01',
    ...PE,
    community: 'Taibai Community',
    grid: 'G-01',
    building: '锦绣花园 3 栋',
    address: '开元路 18 号',
    category: 'electric_bike',
    hazardType: 'electric_bike.parked_in_stairwell',
    severity: 'general',
    description: '3 栋 2 单元楼梯间停放电动车 6 辆，堵塞疏散通道',
    party: {
      name: '万州区锦绣物业服务有限公司',
      contactPerson: '刘洋',
      phone: '023-58001234',
      head: '孙浩',
    },
    discoveredDaysAgo: 0,
    steps: [],
  },
  {
    key: '02',
    ...EM,
    community: 'Gaosuntang Community',
    grid: 'G-07',
    building: '太白大厦',
    address: '太白路 66 号',
    category: 'high_rise',
    hazardType: 'high_rise.automatic_alarm_fault',
    severity: 'major',
    description: '消防控制室火灾自动报警主机显示 12 处故障未处理',
    party: {
      name: '万州区太白大厦管理处',
      contactPerson: '陈刚',
      phone: '13908350011',
      head: '黄伟',
    },
    discoveredDaysAgo: 1,
    steps: [],
  },
  {
    key: '03',
    ...ED,
    community: 'Xintian Community',
    grid: 'G-11',
    address: '双河路 102 号',
    category: 'enterprise',
    hazardType: 'enterprise.ad_hoc_wiring',
    severity: 'general',
    description: '加工车间私拉电线为电焊机供电，线路裸露',
    party: {
      name: '万州区新田五金加工厂',
      contactPerson: '罗军',
      phone: '13512345678',
      head: '罗军',
    },
    discoveredDaysAgo: 0,
    steps: [],
  },
  // 当场整改 → 已销号 at once
  {
    key: '04',
    ...PE,
    community: 'Taibai Community',
    grid: 'G-02',
    address: '老街 5 号',
    category: 'electric_bike',
    hazardType: 'electric_bike.charged_from_ad_hoc_wiring',
    severity: 'general',
    description: '住户从窗口拉插线板为电动车充电',
    party: { name: '住户 杨波', phone: '13800001111' },
    discoveredDaysAgo: 2,
    fixedOnSpot: '当场拆除插线板，电动车移至集中充电棚',
    steps: [],
  },
  // 待送达: issued, not served yet (one in time, one late)
  {
    key: '05',
    ...SA,
    community: 'Cuiping Community',
    grid: 'G-32',
    building: '翠屏小学',
    address: '学府路 1 号',
    category: 'crowded_place',
    hazardType: 'crowded_place.no_gas_leak_alarm',
    severity: 'general',
    description: '学校食堂未安装燃气泄漏报警装置',
    party: { name: '万州区翠屏小学', contactPerson: '谢芳', phone: '023-58112233', head: '谢芳' },
    discoveredDaysAgo: 1,
    steps: [issued(0, '十日内在食堂安装燃气泄漏报警装置并接入值班室')],
  },
  {
    key: '06',
    ...CS,
    community: 'Qinglong Village',
    grid: 'G-41',
    address: '青龙村一组 8 号',
    category: 'crowded_place',
    hazardType: 'crowded_place.evacuation_route_blocked',
    severity: 'major',
    description: '农家乐歌厅安全出口堆放桌椅，疏散通道堵塞',
    party: { name: '青龙山庄农家乐', contactPerson: '邓强', phone: '13700002222', head: '邓强' },
    discoveredDaysAgo: 9,
    steps: [issued(8, '立即清理安全出口及疏散通道堆放物')],
  },
  // 整改中, on time (green) and due soon (yellow), a major one with interim measures and patrols
  {
    key: '07',
    ...ED,
    community: 'Xintian Community',
    grid: 'G-11',
    address: '双河路 88 号',
    category: 'crowded_place',
    hazardType: 'crowded_place.illegal_use_of_fire_power_gas',
    severity: 'general',
    description: '火锅店后厨液化气钢瓶与灶具间距不足',
    party: {
      name: '万州区老码头火锅店',
      contactPerson: '何勇',
      phone: '13600003333',
      head: '何勇',
    },
    discoveredDaysAgo: 1,
    steps: [issued(1, '规范液化气钢瓶存放，钢瓶与灶具间距不少于 0.5 米'), served(0, '何勇')],
  },
  {
    key: '08',
    ...PE,
    community: 'Taibai Community',
    grid: 'G-03',
    building: '滨江苑',
    address: '滨江路 220 号',
    category: 'electric_bike',
    hazardType: 'electric_bike.no_central_parking_charging_area',
    severity: 'general',
    description: '小区未设置电动车集中停放充电场所，电动车入户充电现象普遍',
    party: {
      name: '万州区滨江苑业主委员会',
      contactPerson: '周梅',
      phone: '13300004444',
      head: '周梅',
    },
    discoveredDaysAgo: 15,
    steps: [{ issueDueToday: '设置电动车集中停放充电场所并完善防火分隔', recipient: '周梅' }],
  },
  {
    key: '09',
    ...EM,
    community: 'Gaosuntang Community',
    grid: 'G-08',
    building: '半山名苑 1 栋',
    address: '半山路 9 号',
    category: 'high_rise',
    hazardType: 'high_rise.sprinkler_fault',
    severity: 'major',
    description: '地下车库自动喷淋系统末端试水压力为零，系统瘫痪',
    party: {
      name: '万州区半山物业管理有限公司',
      contactPerson: '龚磊',
      phone: '13200005555',
      head: '龚志明',
    },
    discoveredDaysAgo: 4,
    steps: [
      issued(3, '二十个工作日内修复自动喷淋系统并委托检测'),
      served(2, '龚磊'),
      { interim: ['车库入口设置警示标志', '安排专人 24 小时巡查', '增配灭火器 20 具'] },
      { patrol: '临时措施落实到位，灭火器完好' },
    ],
  },
  // 逾期 (red): deadline passed without a fix; the department's leader was alerted
  {
    key: '10',
    ...PE,
    community: 'Taibai Community',
    grid: 'G-01',
    building: '开元商厦',
    address: '开元路 40 号',
    category: 'high_rise',
    hazardType: 'high_rise.life_passage_blocked',
    severity: 'general',
    description: '商厦东侧消防车道被私家车长期占用',
    party: {
      name: '万州区开元商厦物业部',
      contactPerson: '黎明',
      phone: '13100006666',
      head: '唐军',
    },
    discoveredDaysAgo: 12,
    steps: [issued(11, '清理消防车道，设置禁停标识'), served(10, '黎明')],
  },
  {
    key: '11',
    ...ED,
    community: 'Xintian Community',
    grid: 'G-11',
    address: '新田集贸市场 B 区',
    category: 'fireworks',
    hazardType: 'fireworks.illegal_storage',
    severity: 'major',
    description: '香蜡纸烛店后仓存放烟花爆竹约 30 箱',
    party: { name: '新田福记香烛店', contactPerson: '付明', phone: '13900007777', head: '付明' },
    discoveredDaysAgo: 40,
    steps: [issued(39, '立即清运存放的烟花爆竹，停止违规储存'), served(39, '付明')],
  },
  // 申请延期, waiting for the supervisor
  {
    key: '12',
    ...SA,
    community: 'Cuiping Community',
    grid: 'G-31',
    building: '翠屏养老院',
    address: '翠屏路 77 号',
    category: 'crowded_place',
    hazardType: 'crowded_place.fire_facilities_damaged_or_disabled',
    severity: 'general',
    description: '养老院二楼室内消火栓箱内水带缺失',
    party: { name: '万州区翠屏养老院', contactPerson: '曾红', phone: '023-58223344', head: '曾红' },
    discoveredDaysAgo: 12,
    steps: [
      issued(11, '补齐室内消火栓水带、水枪'),
      served(10, '曾红'),
      { requestExtension: '水带已订购，厂家十日内到货' },
    ],
  },
  // 批准延期: a new deadline after the one extension
  {
    key: '13',
    ...EM,
    community: 'Gaosuntang Community',
    grid: 'G-07',
    address: '太白路 120 号',
    category: 'hazardous_chemicals',
    hazardType: 'hazardous_chemicals.aged_fire_facilities',
    severity: 'general',
    description: '加油站灭火器压力不足，消防沙池干涸',
    party: {
      name: '万州区太白路加油站',
      contactPerson: '胡斌',
      phone: '13800008888',
      head: '胡斌',
    },
    discoveredDaysAgo: 14,
    steps: [
      issued(13, '更换失效灭火器，补足消防沙'),
      served(12, '胡斌'),
      { requestExtension: '灭火器需统一采购' },
      { grantExtension: 10, reason: '同意延期一次，逾期将启动约谈' },
    ],
  },
  // 驳回延期
  {
    key: '14',
    ...PE,
    community: 'Taibai Community',
    grid: 'G-02',
    address: '老街 31 号',
    category: 'weak_area',
    hazardType: 'weak_area.illegal_structure',
    severity: 'general',
    description: '临街商铺屋顶违章搭建彩钢板仓库',
    party: { name: '老街百货商店', contactPerson: '龙涛', phone: '13500009999', head: '龙涛' },
    discoveredDaysAgo: 13,
    steps: [
      issued(12, '拆除屋顶违章搭建的彩钢板仓库'),
      served(11, '龙涛'),
      { requestExtension: '需要时间寻找新仓库' },
      { rejectExtension: '违章搭建须立即拆除，不予延期' },
    ],
  },
  // 约谈 due: overdue for more than three days
  {
    key: '15',
    ...ED,
    community: 'Xintian Community',
    grid: 'G-11',
    address: '双河路 300 号',
    category: 'enterprise',
    hazardType: 'enterprise.three_in_one',
    severity: 'general',
    description: '服装加工作坊生产、储存、住宿“三合一”，二楼住有工人 8 名',
    party: {
      name: '万州区巧手服装加工坊',
      contactPerson: '秦丽',
      phone: '13400001212',
      head: '秦国强',
    },
    discoveredDaysAgo: 20,
    steps: [issued(19, '住宿场所与生产储存场所实施防火分隔，工人迁出'), served(18, '秦丽')],
  },
  // 约谈 scheduled
  {
    key: '16',
    ...EM,
    community: 'Gaosuntang Community',
    grid: 'G-08',
    address: '半山路 45 号',
    category: 'weak_area',
    hazardType: 'weak_area.lpg_cylinders',
    severity: 'general',
    description: '出租屋内违规使用液化气钢瓶 3 个',
    party: { name: '房东 雷鸣', phone: '13300001313', head: '雷鸣' },
    discoveredDaysAgo: 21,
    steps: [
      issued(20, '清除液化气钢瓶，改用管道天然气'),
      served(19, '雷鸣'),
      { scheduleInterview: 2, location: '太白街道办事处 201 会议室', interviewee: '雷鸣' },
    ],
  },
  // 约谈 held: the unit committed to today; missing it opens 通报批评 and 移交执法 tonight
  {
    key: '17',
    ...ED,
    community: 'Xintian Community',
    grid: 'G-11',
    address: '新田集贸市场 A 区',
    category: 'crowded_place',
    hazardType: 'crowded_place.flammable_decoration',
    severity: 'general',
    description: 'KTV 包间墙面使用聚氨酯泡沫装饰',
    party: { name: '万州区星光 KTV', contactPerson: '谭飞', phone: '13200001414', head: '谭志' },
    discoveredDaysAgo: 22,
    steps: [
      issued(21, '拆除易燃装饰材料'),
      served(20, '谭飞'),
      { scheduleInterview: 0, location: '太白街道办事处 201 会议室', interviewee: '谭志' },
      { recordInterview: '负责人承认问题，承诺当日完成拆除' },
    ],
  },
  // 待复查: the party reported the fix
  {
    key: '18',
    ...PE,
    community: 'Taibai Community',
    grid: 'G-03',
    building: '江景花园 5 栋',
    address: '滨江路 12 号',
    category: 'electric_bike',
    hazardType: 'electric_bike.parked_at_safety_exit',
    severity: 'general',
    description: '5 栋一楼安全出口处停放电动车',
    party: { name: '万州区江景物业', contactPerson: '马丽', phone: '13100001515', head: '马林' },
    discoveredDaysAgo: 3,
    steps: [
      issued(3, '清理安全出口处电动车'),
      served(2, '马丽'),
      { report: '电动车已全部移至车棚', photo: true },
    ],
  },
  // 复查不合格 → back to 整改中
  {
    key: '19',
    ...SA,
    community: 'Cuiping Community',
    grid: 'G-32',
    building: '学府幼儿园',
    address: '学府路 8 号',
    category: 'crowded_place',
    hazardType: 'crowded_place.staff_untrained',
    severity: 'general',
    description: '幼儿园教职工不会使用灭火器',
    party: { name: '万州区学府幼儿园', contactPerson: '唐燕', phone: '023-58334455', head: '唐燕' },
    discoveredDaysAgo: 3,
    steps: [
      issued(3, '组织全体教职工消防培训和疏散演练'),
      served(2, '唐燕'),
      { report: '已组织培训' },
      { reinspect: false, findings: '抽查 3 名保育员仍不会使用灭火器，需重新培训' },
    ],
  },
  // 已整改: passed, waiting for 销号
  {
    key: '20',
    ...CS,
    community: 'Qinglong Village',
    grid: 'G-42',
    address: '青龙村二组 16 号',
    category: 'fireworks',
    hazardType: 'fireworks.ancestral_worship_fire',
    severity: 'general',
    description: '坟地周边杂草未清理，祭祀用火存在山火风险',
    party: { name: '村民 蒋华', phone: '13900001616' },
    discoveredDaysAgo: 4,
    steps: [
      issued(4, '清理坟地周边 5 米范围内杂草'),
      served(3, '蒋华'),
      { report: '杂草已清理' },
      { reinspect: true, findings: '周边杂草已清理干净', photo: true },
    ],
  },
  {
    key: '21',
    ...PE,
    community: 'Taibai Community',
    grid: 'G-01',
    address: '开元路 77 号',
    category: 'electric_bike',
    hazardType: 'electric_bike.charging_facility_unsafe',
    severity: 'general',
    description: '充电棚插座无漏电保护',
    party: { name: '万州区开元物业', contactPerson: '曹宇', phone: '13800001717', head: '曹宇' },
    discoveredDaysAgo: 5,
    steps: [
      issued(5, '更换带漏电保护的充电插座'),
      served(4, '曹宇'),
      { report: '已更换' },
      { reinspect: true, findings: '插座均已带漏电保护' },
    ],
  },
  // 已销号
  {
    key: '22',
    ...EM,
    community: 'Gaosuntang Community',
    grid: 'G-07',
    building: '太白新城 2 栋',
    address: '太白路 200 号',
    category: 'high_rise',
    hazardType: 'high_rise.anti_theft_grille_without_escape_opening',
    severity: 'general',
    description: '2 栋底层住户防盗网未设逃生窗',
    party: { name: '太白新城物业', contactPerson: '殷杰', phone: '13700001818', head: '殷杰' },
    discoveredDaysAgo: 6,
    steps: [
      issued(6, '防盗网开设逃生窗'),
      served(5, '殷杰'),
      { report: '已开设逃生窗', photo: true },
      { reinspect: true, findings: '逃生窗可正常开启' },
      { close: '复查合格，予以销号' },
    ],
  },
  {
    key: '23',
    ...ED,
    community: 'Xintian Community',
    grid: 'G-11',
    address: '双河路 5 号',
    category: 'enterprise',
    hazardType: 'enterprise.fire_equipment_missing_or_broken',
    severity: 'general',
    description: '仓库灭火器过期',
    party: {
      name: '万州区顺达物流仓库',
      contactPerson: '尹亮',
      phone: '13600001919',
      head: '尹亮',
    },
    discoveredDaysAgo: 7,
    steps: [
      issued(7, '更换过期灭火器'),
      served(6, '尹亮'),
      { report: '已更换' },
      { reinspect: true, findings: '灭火器均在有效期内' },
      { close: '整改完成，销号' },
    ],
  },
  // 已作废: registered in error
  {
    key: '24',
    ...SA,
    community: 'Cuiping Community',
    grid: 'G-31',
    address: '翠屏路 10 号',
    category: 'crowded_place',
    hazardType: 'crowded_place.risk_assessment_missing',
    severity: 'general',
    description: '（重复登记）',
    party: { name: '万州区翠屏社区卫生服务站' },
    discoveredDaysAgo: 2,
    steps: [{ void: '与 翠屏路 10 号 另一案件重复登记' }],
  },
];
