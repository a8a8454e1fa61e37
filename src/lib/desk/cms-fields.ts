// What the CMS form says about each schema field, in Chinese: label, hint and, where the schema alone
// cannot tell (a date, a township id, a long text), which kind of input it gets.
// Every field of every schema must be here or in HIDDEN_FIELDS: tests/unit/desk-cms-config.test.ts checks it.

export type FieldInput =
  'date' | 'month' | 'text' | 'township' | 'townships' | 'village' | 'people' | 'reviewNotes' | 'bulletinItems' | 'bulletinSection';

export interface FieldUi {
  label: string;
  hint?: string;
  input?: FieldInput;
}

export type UiTable = Record<string, FieldUi>;

const draft: FieldUi = {
  label: '草稿（暂不发布）',
  hint: '勾选时这篇不会出现在网站上。核对无误后取消勾选，保存，再“生成网站”才会发布。',
};
const reviewNotes: FieldUi = {
  label: '待核对的问题',
  hint: '导入时发现的问题（疑似乱码、日期不明等）。逐条核对、改好正文后删掉这一条；全部删完再取消“草稿”。',
  input: 'reviewNotes',
};
const topics: FieldUi = { label: '专题', hint: '每项一个词，点“添加”再写下一个，例如：留守儿童、假日学校' };
const township: FieldUi = { label: '乡镇（街道）', input: 'township' };
const village: FieldUi = { label: '村（社区）', hint: '选填。只列出所选乡镇下的村（社区）。', input: 'village' };
const summary: FieldUi = { label: '摘要', hint: '选填，一两句话，显示在列表和分享卡片上；不填则取正文开头。', input: 'text' };
const lang: FieldUi = { label: '文字（简体或繁体）', hint: '一般不用选。有意保留繁体字的稿件（如台胞来信、港澳报刊转载）选 zh-Hant。' };
const coverAlt: FieldUi = { label: '封面图说明（替代文字）', hint: '用一句话说清图上是什么，供读屏软件朗读，例如：老教师给孩子们辅导作业' };

export const FIELD_UI: Record<'news' | 'people' | 'stories' | 'bulletins' | 'site' | 'townships', UiTable> = {
  news: {
    title: { label: '标题', hint: '例如：东塘镇关工委开展暑期防溺水宣传' },
    date: { label: '日期', input: 'date' },
    township,
    village,
    author: { label: '通讯员', hint: '选填，例如：陈立新' },
    source: { label: '来源', hint: '选填，例如：东塘镇关工委' },
    topics,
    cover: { label: '封面图', hint: '选填。照片会和这篇新闻放在同一个文件夹里。' },
    coverAlt,
    summary,
    lang,
    draft,
    reviewNotes,
  },
  people: {
    name: { label: '姓名' },
    date: { label: '发布日期', hint: '选填，用于排序和订阅', input: 'date' },
    category: { label: '五老类别' },
    township,
    village,
    role: { label: '身份', hint: '一句话，例如：退休教师，东塘镇荷花村关工小组组长' },
    gender: { label: '性别' },
    birthYear: { label: '出生年份', hint: '选填，四位数，例如 1952' },
    ageBand: { label: '年龄段', hint: '不便写出生年份时填写，例如：七十多岁' },
    activeSince: { label: '开始从事关心下一代工作的年份', hint: '四位数，例如 2009' },
    activeUntil: { label: '结束年份', hint: '选填，仍在做就不填' },
    portrait: { label: '照片', hint: '选填。照片会放在 people 文件夹里，和这篇放在一起。' },
    portraitAlt: { label: '照片说明（替代文字）', hint: '例如：李秀英给孩子们读绘本' },
    honours: { label: '荣誉', hint: '每项写年份、荣誉名称和级别' },
    'honours.level': { label: '级别' },
    'honours.year': { label: '年份' },
    'honours.title': { label: '荣誉名称', hint: '例如：全国关心下一代工作先进个人' },
    quote: { label: '一句话', hint: '选填，本人常说的一句话', input: 'text' },
    summary,
    featured: { label: '在首页推荐', hint: '勾选后出现在首页的“五老风采”里' },
    topics,
    lang,
    draft,
    reviewNotes,
  },
  stories: {
    title: { label: '标题' },
    date: { label: '日期', hint: '多日活动写开始日期', input: 'date' },
    endDate: { label: '结束日期', hint: '选填，多日活动才写', input: 'date' },
    townships: { label: '乡镇（街道）', hint: '可选多个，第一个用于文件夹名', input: 'townships' },
    people: { label: '参与的五老', hint: '选填，从五老典型里选', input: 'people' },
    cover: { label: '封面图', hint: '选填。图片放在这篇活动纪实自己的文件夹里。' },
    coverAlt,
    gallery: { label: '图集', hint: '每张图一项，写上图片说明' },
    'gallery.image': { label: '图片' },
    'gallery.caption': { label: '图片说明', hint: '显示在图片下方' },
    'gallery.alt': { label: '替代文字', hint: '选填，说清图上是什么，供读屏软件朗读' },
    author: { label: '作者', hint: '选填' },
    topics,
    summary,
    lang,
    draft,
    reviewNotes,
  },
  bulletins: {
    title: { label: '标题', hint: '选填，不填则为“2025年第11期”' },
    issue: { label: '期号（第N期）', hint: '只写数字' },
    runningNumber: { label: '总期号（总第M期）', hint: '选填，只写数字' },
    month: { label: '所属年月', hint: '格式 YYYY-MM，例如 2025-11', input: 'month' },
    date: { label: '出刊日期', input: 'date' },
    editor: { label: '责任编辑', hint: '例如：王晓梅' },
    contents: { label: '目录', hint: '按刊登顺序列出栏目，每个栏目选入已发布的新闻和活动纪实' },
    'contents.section': { label: '栏目', input: 'bulletinSection' },
    'contents.items': { label: '稿件', hint: '只能选已发布（不是草稿）的稿件', input: 'bulletinItems' },
    draft,
  },
  site: {
    name: { label: '网站名称', hint: '显示在页眉，例如：桐川关工' },
    fullName: { label: '单位全称', hint: '例如：桐川县关心下一代工作委员会' },
    county: { label: '县（区、市）名' },
    editingUnit: { label: '《关工动态》编印单位' },
    bulletinName: { label: '刊物名称', hint: '不带书名号，例如：关工动态' },
    runningNumber: { label: '另编“总第M期”' },
    numberingRestartsEachYear: { label: '每年从第1期重新编号' },
    bulletinSections: { label: '刊物栏目', hint: '按刊登顺序；起草新一期时按这里把当月稿件分进各栏目' },
    'bulletinSections.name': { label: '栏目名' },
    'bulletinSections.collection': { label: '收什么稿件', hint: 'news：工作动态新闻；stories：活动纪实' },
    'bulletinSections.topics': { label: '专题', hint: '收带有其中任一专题的稿件；不填则不限' },
    'bulletinSections.personInTitle': { label: '只收标题里写到五老典型姓名的稿件' },
    description: { label: '网站简介', hint: '用于搜索引擎和分享', input: 'text' },
    contact: { label: '联系方式' },
    'contact.address': { label: '地址' },
    'contact.phone': { label: '电话' },
    'contact.email': { label: '电子邮箱' },
    url: { label: '网站正式地址', hint: '不带子路径，例如 https://ggw.example.cn' },
    base: { label: '子路径', hint: '放在根目录写 /，放在子目录写 /ggw/' },
    wechat: { label: '微信公众号', hint: '选填。写了名称，“订阅更新”页最先介绍公众号。' },
    'wechat.name': { label: '公众号名称', hint: '例如：桐川关工' },
    'wechat.qr': { label: '公众号二维码图片', hint: '选填，图片放在 content/ 文件夹里，写文件名，例如 wechat-qr.png' },
    beian: { label: '备案信息', hint: '写了哪一项，页脚就显示哪一项' },
    'beian.icp': { label: 'ICP 备案号', hint: '例如：湘ICP备12345678号-1' },
    'beian.police': { label: '公安备案号', hint: '例如：湘公网安备43010202000123号' },
    'beian.siteCode': { label: '政府网站标识码', hint: '10 位数字' },
    deploy: { label: '发布到哪里', hint: '选填。“生成网站”之后把网站复制过去；folder 和 rsync 只填一个。' },
    'deploy.folder': { label: '文件夹', hint: '本机或共享盘上的文件夹，例如 D:/网站/ggw' },
    'deploy.rsync': { label: 'rsync 目标', hint: '经 SSH 上传到服务器，例如 deploy@www.example.gov.cn:/var/www/ggw/' },
    desk: { label: '编辑台' },
    'desk.gitServer': { label: '多人编辑：Gitea/Forgejo 服务器', hint: '只在一台电脑上编辑时不要填写。设置方法见 README 的“编辑台”一节。' },
    'desk.gitServer.kind': { label: '服务器类型' },
    'desk.gitServer.url': { label: '服务器地址', hint: '必须是 https://，例如 https://git.example.gov.cn' },
    'desk.gitServer.repo': { label: '仓库', hint: '所有者/仓库名，例如 ggw/site' },
    'desk.gitServer.branch': { label: '分支', hint: '一般为 main' },
    'desk.gitServer.appId': { label: 'OAuth2 应用的客户端 ID' },
  },
  townships: {
    id: { label: 'id（小写拼音）', hint: '网址和订阅都靠它，发布后不要再改，例如 dongtang' },
    name: { label: '名称', hint: '例如：东塘镇' },
    kind: { label: '类别' },
    order: { label: '排列顺序', hint: '数字小的排在前面' },
    intro: { label: '简介', hint: '一两句话，显示在乡镇页面上', input: 'text' },
    villages: { label: '下辖村（社区）' },
    'villages.id': { label: 'id（小写拼音）', hint: '同一乡镇内不能重复' },
    'villages.name': { label: '名称' },
    'villages.kind': { label: '类别' },
  },
};

/** Schema fields the form deliberately leaves out (kept as they are in the file). */
export const HIDDEN_FIELDS: Record<keyof typeof FIELD_UI, string[]> = {
  news: [],
  people: [],
  stories: [],
  bulletins: [],
  site: [],
  townships: [],
};

/** The body of each entry kind, as the form calls it. */
export const BODY_LABELS = {
  news: { label: '正文', hint: '可以直接粘贴 Word 里的文字；小标题用“标题”按钮。' },
  people: { label: '事迹', hint: '这位五老做了什么，用小标题分段' },
  stories: { label: '正文' },
  bulletins: { label: '编者按', hint: '印在本期目录前的一段话' },
} as const;

export const COLLECTION_LABELS = {
  news: { label: '工作动态', singular: '新闻' },
  people: { label: '五老典型', singular: '五老典型' },
  stories: { label: '活动纪实', singular: '活动纪实' },
  bulletins: { label: '《关工动态》', singular: '一期' },
} as const;
