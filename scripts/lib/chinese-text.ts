// Seeded generator of realistic Chinese 关工委 text: names, titles and Markdown bodies by topic. The one word
// list of the benchmarks' synthetic county (scripts/lib/county/, whose places are in plan.ts).
import * as OpenCC from 'opencc-js';
import { between, pick, sample, weightedPick, type Rand } from './random';

/** Length in characters (code points), as an editor would count them. */
export const charCount = (text: string) => [...text].length;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃戴莫向汤';
const GIVEN_TWO = [
  '秀英',
  '桂兰',
  '建国',
  '德明',
  '春山',
  '志远',
  '淑芬',
  '玉梅',
  '光明',
  '素珍',
  '振华',
  '长根',
  '铁生',
  '大海',
  '慧敏',
  '秋云',
  '忠民',
  '凤英',
  '国华',
  '晓红',
  '德厚',
  '长林',
  '桂芝',
  '振东',
  '雪梅',
  '金凤',
  '文斌',
  '春华',
  '立新',
  '永红',
  '海燕',
  '红梅',
  '建华',
  '丽娟',
  '卫东',
  '向阳',
  '伟平',
  '家宏',
  '守信',
  '福生',
  '兰芳',
  '学文',
  '明德',
  '育才',
  '正清',
  '宝珍',
  '树人',
  '爱华',
];
const GIVEN_ONE = '芳军勇敏静丽强磊洋艳杰娟涛明超霞平刚桂英华林山松梅兰';
const CHILD_NAMES = ['小芊', '小宇', '小雨', '小杰', '小茗', '小航', '小蕾', '小涛', '小婷', '小峰', '小萌', '小川'];

export function personName(rand: Rand): string {
  const surname = pick(rand, [...SURNAMES]);
  return rand() < 0.75 ? surname + pick(rand, GIVEN_TWO) : surname + pick(rand, [...GIVEN_ONE]);
}

export function childName(rand: Rand): string {
  return pick(rand, CHILD_NAMES);
}

/** Topics with how often news items carry them, and the months they peak in (1–12). */
export interface TopicSpec {
  name: string;
  weight: number;
  peakMonths?: number[];
  /** Activity phrases for titles and sentences: "开展防溺水安全教育". */
  events: string[];
  /** Sentences specific to the topic (placeholders as in GENERAL_SENTENCES). */
  sentences: string[];
}

export const TOPICS: TopicSpec[] = [
  {
    name: '留守儿童',
    weight: 18,
    peakMonths: [1, 2, 7, 8],
    events: ['走访慰问留守儿童', '召开留守儿童关爱工作推进会', '为留守儿童过集体生日', '开展留守儿童“亲情连线”活动'],
    sentences: [
      '{village}现有留守儿童{n}名，其中{n3}名由祖辈单独照看，五老志愿者逐户建立了“一人一档”台账。',
      '{child}的爸爸妈妈在外务工，{elder}每周都要到家里看一看，问问学习，也问问吃穿。',
      '通过视频连线，在外务工的家长看到了孩子们的表演，{child}的妈妈说：“有五老照看，我们在外面放心。”',
      '镇关工委要求各村关工小组对留守儿童每月至少走访一次，发现问题及时报告、及时解决。',
    ],
  },
  {
    name: '关爱帮扶',
    weight: 12,
    events: ['开展“五老”结对帮扶活动', '为困难家庭送去冬衣和学习用品', '组织五老志愿者结对帮扶'],
    sentences: [
      '活动中，{n2}名五老志愿者与{n}名青少年结成帮扶对子，约定每月上门一次。',
      '当天，{role}{name}一行还深入{village}，看望了{n3}名困境儿童，送去书包、文具和慰问金。',
      '结对以来，五老们帮孩子们解决了上学路远、冬衣不足、作业没人辅导等实际困难{n2}件。',
    ],
  },
  {
    name: '困境儿童',
    weight: 5,
    events: ['走访困境儿童家庭', '为困境儿童送去助学金'],
    sentences: [
      '{child}的父亲因病去世，母亲改嫁，爷爷奶奶年过七十，村关工小组把他列为重点帮扶对象。',
      '县关工委联合民政、妇联为全县{n}名困境儿童建立了动态管理台账，做到底数清、情况明。',
    ],
  },
  {
    name: '红色教育',
    weight: 10,
    peakMonths: [4, 7, 10],
    events: ['开展“五老”进校园红色宣讲活动', '组织红色故事报告会', '组织青少年参观革命旧址', '举行清明祭英烈活动'],
    sentences: [
      '{elder}给孩子们讲了{story}的故事，讲到动情处，不少孩子红了眼眶。',
      '红军桥是{ts}有名的革命遗址，1934年红军曾在这里与敌人激战三天三夜。',
      '孩子们在烈士纪念碑前庄严宣誓，敬献花篮，并聆听了老战士讲述当年的战斗经历。',
      '宣讲团今年已走进{n2}所学校，宣讲{n2}场，听众{n}余人次。',
    ],
  },
  {
    name: '法治教育',
    weight: 7,
    peakMonths: [3, 9, 12],
    events: ['开展法治教育进课堂活动', '举办青少年法治讲座', '开展“防范电信诈骗”宣传'],
    sentences: [
      '法治辅导员{name}结合身边案例，给学生们讲了“防骗三不”：不轻信、不透露、不转账。',
      '讲座以案说法，围绕校园欺凌、网络交友、电信诈骗等问题，与同学们进行了互动问答。',
      '{school}把每学期第一周定为“法治教育周”，由五老法治辅导员上第一课。',
    ],
  },
  {
    name: '家庭教育',
    weight: 6,
    events: ['举办家庭教育讲座', '开展“家长学校”公益课', '评选“好家风”家庭'],
    sentences: [
      '讲座从“怎样陪孩子写作业”讲起，{n}多名家长听得认真，不少人拿出手机拍下了课件。',
      '{name}说，家庭是孩子的第一所学校，家长是孩子的第一任老师，好家风要从小事做起。',
    ],
  },
  {
    name: '安全教育',
    weight: 6,
    peakMonths: [1, 6, 9],
    events: ['举办寒假安全第一课', '开展交通安全进校园活动', '组织青少年学习使用VR安全体验设备'],
    sentences: [
      '五老志愿者用通俗易懂的语言，给孩子们讲解了交通、用电、用火和食品安全常识。',
      '在安全体验区，孩子们戴上VR眼镜，体验了火灾逃生和地震避险的全过程。',
    ],
  },
  {
    name: '防溺水',
    weight: 5,
    peakMonths: [5, 6, 7, 8],
    events: ['开展防溺水安全教育', '组织五老防溺水巡河', '召开暑期防溺水工作会'],
    sentences: [
      '会议要求，各村（社区）关工小组要把防溺水作为暑期工作重点，确保孩子们度过一个平安暑假。',
      '入夏以来，{n2}名五老志愿者组成巡河队，每天中午和傍晚在{village}沿河重点水域巡查。',
      '巡河队员在危险水域新立警示牌{n3}块，劝离下河玩水的孩子{n2}人次。',
    ],
  },
  {
    name: '校外教育辅导站',
    weight: 6,
    events: ['召开校外教育辅导站工作推进会', '校外教育辅导站开展读书活动'],
    sentences: [
      '{village}的校外教育辅导站设在村部二楼，配有图书{n}册、电脑{n3}台，周末和寒暑假向孩子们开放。',
      '辅导老师{name2}带领孩子们复习功课，还教大家用平板电脑查阅资料、学习AI编程入门知识。',
    ],
  },
  {
    name: '假日学校',
    weight: 6,
    peakMonths: [1, 2, 7, 8],
    events: ['举办暑期假日学校', '寒假假日学校开班', '假日学校举行结业汇报演出'],
    sentences: [
      '假日学校开设了作业辅导、书法、剪纸、安全常识等课程，{n}名孩子报名参加。',
      '{n2}名退休教师轮流值班，每天上午辅导作业，下午带孩子们读书、做手工。',
    ],
  },
  {
    name: '四点钟学校',
    weight: 4,
    events: ['“四点钟学校”新学期开课', '四点钟学校开展课后托管服务'],
    sentences: [
      '每天下午四点放学后，{village}“四点钟学校”里坐满了孩子，五老志愿者和大学生志愿者一起辅导作业。',
      '“四点钟学校”解决了双职工家庭放学后孩子无人照看的难题，很受家长欢迎。',
    ],
  },
  {
    name: '助学',
    weight: 6,
    peakMonths: [1, 8, 9],
    events: ['为困境儿童送去助学金', '开展“金秋助学”活动', '五老助学帮扶团腊月送学'],
    sentences: [
      '今年共发放助学金{n}万元，资助大学生{n2}名、高中生{n2}名、初中和小学阶段学生{n2}名。',
      '助学金不搞集中发放，不让孩子上台领钱，而是由五老一户一户送上门。',
    ],
  },
  {
    name: '党建带关建',
    weight: 5,
    events: ['召开党建带关建工作推进会', '举办基层关工委主任培训班'],
    sentences: [
      '会议指出，要坚持党建带关建，把关心下一代工作纳入基层党建工作责任清单。',
      '{ts}各村（社区）党组织书记兼任关工小组组长，做到组织、人员、经费、阵地“四落实”。',
    ],
  },
  {
    name: '五好基层关工委',
    weight: 4,
    events: ['开展“五好”基层关工委创建', '迎接“五好”基层关工委检查验收'],
    sentences: [
      '检查组通过听汇报、查资料、看阵地等方式，对{ts}“五好”基层关工委创建工作进行了检查验收。',
      '全县已建成“五好”基层关工委{n2}个，覆盖率达到九成以上。',
    ],
  },
  {
    name: '网吧义务监督',
    weight: 3,
    events: ['开展网吧义务监督巡查', '召开网吧义务监督员工作会'],
    sentences: [
      '五老网吧义务监督员对城区{n2}家网吧进行了暗访巡查，未发现接纳未成年人现象。',
      '监督员发现问题及时向文化执法部门反映，做到发现一起、制止一起。',
    ],
  },
  {
    name: '心理健康',
    weight: 3,
    events: ['开展心理健康辅导', '举办青少年心理健康讲座'],
    sentences: [
      '心理辅导老师通过绘画、游戏等方式，引导孩子们说出心里话，学会管理自己的情绪。',
      '{school}设立了“知心屋”，五老志愿者每周二下午在这里陪孩子们聊天谈心。',
    ],
  },
  {
    name: '宣讲团',
    weight: 4,
    events: ['“银龄宣讲团”走进社区', '宣讲团开展巡回宣讲'],
    sentences: [
      '{ts}关工委组织{n2}名五老成立“银龄宣讲团”，走进社区、学校开展宣讲{n}场。',
      '宣讲团成员平均年龄{age}岁，他们用亲身经历讲述家乡变化，听众反响热烈。',
    ],
  },
  {
    name: '老少共建',
    weight: 2,
    events: ['开展“老少同乐”文艺汇演', '举办读书征文颁奖仪式'],
    sentences: [
      '舞台上，老人们唱起了《没有共产党就没有新中国》，孩子们跟着打起了节拍。',
      '征文活动共收到作品{n}篇，评出一等奖{n3}名、二等奖{n2}名。',
    ],
  },
];

export const TOPIC_NAMES = TOPICS.map((t) => t.name);

const GENERAL_SENTENCES = [
  '{date}，{ts}关工委在{place}{event}，{n}名{audience}参加。',
  '{ts}关工委主任{name}在讲话中指出，关心下一代工作要围绕立德树人根本任务，把{topic}工作做细做实。',
  '会上，{name2}介绍了{village}开展{topic}工作的做法和体会，{village}关工小组坚持每周活动一次，已经坚持了{years}年。',
  '五老志愿者{name}退休前是{school}的老师，她结合自己的亲身经历，给孩子们上了生动的一课。',
  '据了解，今年以来，全镇共组织{topic}活动{n2}场次，覆盖青少年{n}人次。',
  '孩子们纷纷表示，一定要珍惜今天的幸福生活，好好学习，长大后建设家乡。',
  '{school}校长{name2}说，五老的到来让学校的{topic}工作更有温度，也更接地气。',
  '下一步，{ts}关工委将继续发挥“五老”优势，推动{topic}工作常态化、长效化。',
  '不少家长在外务工，{village}关工小组就把孩子们的活动照片发到家长微信群里。',
  '此次活动由{ts}关工委、团委、妇联和教育办联合主办，{school}承办。',
  '文化站和综合服务中心也向青少年开放，{village}的孩子们在这里看书、下棋、练书法。',
  '{name}今年{age}岁，从事关心下一代工作已经{years}年，他说：“只要孩子们需要，我就一直干下去。”',
  '活动现场气氛热烈，掌声、笑声不断，不少群众也围过来一起观看。',
  '县关工委常务副主任{name}对{ts}的做法给予肯定，要求总结经验，在全县推广。',
  '一大早，{village}村部的院子里就热闹起来，{n2}名五老志愿者提前半小时到场布置。',
  '{audience}代表{child}在发言中说，五老爷爷奶奶就像自己的亲人一样。',
  '近年来，{ts}关工委坚持“围绕中心、服务大局、突出重点、务求实效”，工作连年受到县里表彰。',
  '{name}是{village}的老支书，退下来后主动挑起了关工小组组长的担子。',
  '为了办好这次活动，镇关工委提前一个月谋划，先后召开{n3}次协调会，逐项落实场地、人员和经费。',
  '{school}的操场上，红旗招展，{n}名师生整齐列队，气氛庄重热烈。',
  '活动结束后，五老们又来到{village}，实地察看了青少年活动阵地建设情况。',
  '据统计，{ts}现有五老志愿者{n}人，其中老干部{n2}人、老教师{n2}人、老党员{n2}人。',
  '“以前放了学没地方去，现在有五老陪着，作业写得快，还能看课外书。”{child}高兴地说。',
  '座谈会上，大家畅所欲言，围绕新形势下如何做好关心下一代工作提出了{n3}条意见建议。',
  '{village}关工小组把“五老”的联系电话印成卡片，发到每一户有孩子的家庭。',
  '今年是{ts}关工委成立{years}周年，全镇上下形成了关心下一代的浓厚氛围。',
  '县关工委把这项工作列入年度目标考核，每季度通报一次进展。',
  '{name}拿出一本翻得起了毛边的笔记本，上面密密麻麻记着每个孩子的情况。',
  '来自县教育局、团县委、县妇联的负责同志参加了活动。',
  '五老们自掏腰包，为孩子们购买了字典、作业本和体育用品，价值{n2}千余元。',
  '活动形式新颖，内容丰富，既有知识讲座，也有互动游戏，寓教于乐。',
  '{village}地处偏远，离镇上有{n3}公里山路，不少孩子周末无处可去。',
  '镇党委副书记{name2}出席活动并讲话，要求各部门加强协作，形成工作合力。',
  '孩子们用稚嫩的笔触写下了自己的心愿：有的想要一本字典，有的想见见在外打工的爸爸妈妈。',
  '这项工作开展以来，{village}的青少年违法犯罪率持续为零。',
  '当地群众称赞说：“五老办的都是实在事，说到了我们心坎上。”',
  '在总结会上，{n2}个先进集体和{n2}名先进个人受到表彰。',
  '今后，{ts}关工委将进一步完善工作机制，扩大五老队伍，让更多孩子受益。',
];

const STORIES = ['小英雄雨来', '红军过草地', '雷锋', '焦裕禄', '黄继光', '刘胡兰', '董存瑞', '抗美援朝', '长征路上', '邱少云'];
const AUDIENCES = ['留守儿童', '中小学生', '青少年', '少先队员', '学生家长', '村（社区）关工小组成员', '五老志愿者'];
const SCHOOLS = ['中心小学', '完全小学', '初级中学', '中学', '中心幼儿园', '希望小学', '九年一贯制学校'];
const ROLES = ['县关工委常务副主任', '镇关工委主任', '县关工委副主任', '县教育局关工委主任'];
const HEADINGS = ['活动现场', '五老在行动', '孩子们的收获', '一份台账，一份牵挂', '家长的心里话', '下一步打算', '久久为功', '经验做法'];
const QUOTES = [
  '孩子的事，一天也耽误不得。',
  '只要孩子们需要，我们这些老家伙就多跑几趟。',
  '看着孩子们一天天长大，比什么都高兴。',
  '我们老了，但为孩子们做点事的心没有老。',
];
const LIST_ITEMS = ['棉衣、棉鞋各{n3}套', '护眼台灯{n3}盏', '学习用品礼包{n}份', '课外读物{n}册', '助学金{n2}份', '安全提示卡{n}张'];

export interface Place {
  township: string;
  village: string;
}

export interface TextContext {
  rand: Rand;
  place: Place;
  /** YYYY-MM-DD */
  date: string;
  topic: TopicSpec;
  /** Names of 五老 the text may mention (defaults to invented names). */
  elders?: string[];
}

function fill(template: string, ctx: TextContext): string {
  const { rand, place } = ctx;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'date':
        return `${Number(ctx.date.slice(5, 7))}月${Number(ctx.date.slice(8, 10))}日`;
      case 'ts':
        return place.township;
      case 'village':
        return place.village;
      case 'place':
        return pick(rand, [
          place.village,
          `${place.village}村部`,
          `${place.township.slice(0, 2)}${pick(rand, SCHOOLS)}`,
          '镇文化站',
          '县青少年活动中心',
        ]);
      case 'event':
        return pick(rand, ctx.topic.events);
      case 'topic':
        return ctx.topic.name;
      case 'n':
        return String(between(rand, 12, 360));
      case 'n2':
        return String(between(rand, 2, 40));
      case 'n3':
        return String(between(rand, 2, 12));
      case 'years':
        return String(between(rand, 3, 25));
      case 'age':
        return String(between(rand, 62, 86));
      case 'audience':
        return pick(rand, AUDIENCES);
      case 'name':
      case 'name2':
        return personName(rand);
      case 'elder':
        return ctx.elders?.length ? pick(rand, ctx.elders) : `五老志愿者${personName(rand)}`;
      case 'child':
        return childName(rand);
      case 'school':
        return place.township.slice(0, 2) + pick(rand, SCHOOLS);
      case 'story':
        return pick(rand, STORIES);
      case 'role':
        return pick(rand, ROLES);
      default:
        return key;
    }
  });
}

/** A sentence for the context; templates in `used` are avoided while others are left (a body does not repeat itself). */
export function sentence(ctx: TextContext, used?: Set<string>): string {
  const fresh = (list: string[]) => (used ? list.filter((t) => !used.has(t)) : list);
  let pool = ctx.rand() < 0.45 ? fresh(ctx.topic.sentences) : [];
  if (!pool.length) pool = fresh(GENERAL_SENTENCES);
  if (!pool.length) {
    used?.clear();
    pool = GENERAL_SENTENCES;
  }
  const template = pick(ctx.rand, pool);
  used?.add(template);
  return fill(template, ctx);
}

/** A news title for the topic: 东塘镇关工委开展防溺水安全教育 */
export function newsTitle(ctx: TextContext, elder?: string): string {
  const { rand, place, topic } = ctx;
  const event = pick(rand, topic.events);
  if (elder)
    return pick(rand, [
      `${elder}：${event.replace(/^(开展|举办|组织|召开)/, '')}的“老”面孔`,
      `五老${elder}${event}`,
      `${place.village}的“${elder}爷爷”`,
    ]);
  return pick(rand, [`${place.township}关工委${event}`, `${place.township}${place.village}${event}`, `${place.township}：${event}`]);
}

export interface BodyOptions {
  /** Minimum and maximum length of the text in characters (Markdown markers not counted). */
  min: number;
  max: number;
  /** Share of bodies with ## subheadings, a list, a quote. */
  headings?: number;
  list?: number;
  quote?: number;
}

/**
 * A Markdown body of `target` characters (min ≤ text ≤ max): paragraphs of 2–5 sentences, sometimes
 * a subheading, a bullet list, a block quote or bold lead-in.
 */
export function markdownBody(ctx: TextContext, target: number, options: BodyOptions): { markdown: string; chars: number } {
  const { rand } = ctx;
  const limit = Math.max(options.min, Math.min(options.max, target));
  const blocks: string[] = [];
  let chars = 0;
  const push = (block: string, text: string) => {
    blocks.push(block);
    chars += charCount(text);
  };
  const withHeadings = rand() < (options.headings ?? 0.3);
  const withList = rand() < (options.list ?? 0.15);
  const withQuote = rand() < (options.quote ?? 0.1);
  let paragraphs = 0;
  const used = new Set<string>();
  while (chars < limit) {
    if (withHeadings && paragraphs > 0 && paragraphs % 3 === 0) {
      const h = pick(rand, HEADINGS);
      if (chars + charCount(h) > options.max) break;
      push(`## ${h}`, h);
    }
    if (withList && paragraphs === 2) {
      const items = sample(rand, LIST_ITEMS, between(rand, 3, 5)).map((i) => fill(i, ctx));
      if (chars + charCount(items.join('')) <= options.max) push(items.map((i) => `- ${i}`).join('\n'), items.join(''));
    }
    if (withQuote && paragraphs === 3) {
      const q = pick(rand, QUOTES);
      if (chars + charCount(q) <= options.max) push(`> ${q}`, q);
    }
    let para = '';
    const sentences = between(rand, 2, 5);
    for (let s = 0; s < sentences; s++) {
      const next = sentence(ctx, used);
      if (chars + charCount(para + next) > options.max) break;
      para += next;
      if (chars + charCount(para) >= limit) break;
    }
    if (!para) {
      // No whole sentence fits under max: finish with a short closing sentence if still short of min.
      if (chars < options.min) push('活动取得了良好效果。', '活动取得了良好效果。');
      break;
    }
    const lead = paragraphs === 1 && rand() < 0.15;
    push(lead ? `**${para.slice(0, 4)}**${para.slice(4)}` : para, para);
    paragraphs++;
  }
  return { markdown: blocks.join('\n\n'), chars };
}

let toTraditionalConverter: ((text: string) => string) | undefined;

/** Simplified → Traditional (Taiwan standard), as submissions from Hong Kong, Taiwan or older systems arrive. */
export function toTraditional(text: string): string {
  toTraditionalConverter ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditionalConverter(text);
}

/** A topic for a date: the topic weights, with a topic's peak months counting three times. */
export function topicFor(rand: Rand, date: string, topics: TopicSpec[] = TOPICS): TopicSpec {
  const month = Number(date.slice(5, 7));
  return weightedPick(
    rand,
    topics.map((t) => ({ value: t, weight: t.weight * (t.peakMonths?.includes(month) ? 3 : 1) })),
  );
}
