// Generates a large synthetic site for the search benchmark: realistic Chinese 关工委 items rendered as built
// HTML pages with the same structure as the real site (Base.astro's <div data-pagefind-body data-search-*>,
// data-pagefind-ignore on footers and related lists), written ONLY into the directory given (never content/).
//
//   npx tsx scripts/generate-corpus.ts <outDir> [count=10000] [seed=20251103]
//
// Building 10,000 Markdown items through Astro would cost minutes and >2 GB; the search indexer only reads
// the built HTML, so generating the HTML directly tests exactly the same path (see README "Search").
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { pick, seededRandom } from './lib/chinese-text';
import { escapeHtml } from '../src/lib/html';

export interface CorpusOptions {
  outDir: string;
  count: number;
  seed?: number;
}


const TOWNSHIPS: { id: string; name: string; villages: string[] }[] = [
  { id: 'chengguan', name: '城关镇', villages: ['人民路社区', '西关社区', '南门社区', '新发村', '桃园村'] },
  { id: 'guihua', name: '桂花街道', villages: ['桂花园社区', '文昌社区', '铁西社区', '新发社区'] },
  { id: 'xinan', name: '溪南街道', villages: ['溪苑社区', '工业园社区', '双桥村', '刘家村'] },
  { id: 'dongtang', name: '东塘镇', villages: ['东塘社区', '荷花村', '上湾村', '下湾村', '马桥村'] },
  { id: 'hekou', name: '河口镇', villages: ['河口社区', '渡口村', '红军桥村', '芦湾村'] },
  { id: 'qingshan', name: '青山镇', villages: ['青山社区', '茶岭村', '松柏村', '新发村'] },
  { id: 'baisha', name: '白沙乡', villages: ['白沙村', '杨柳村', '水口村', '周家村'] },
  { id: 'shiling', name: '石岭乡', villages: ['石岭村', '云峰村', '黄泥坳村', '高田村'] },
  { id: 'liuwan', name: '柳湾乡', villages: ['柳湾村', '莲湖村', '渔港村', '北堤村'] },
  { id: 'hongqi', name: '红旗农场', villages: ['一分场', '二分场', '场部社区'] },
  { id: 'hecheng', name: '鹤城街道', villages: ['鹤城社区', '鹤鸣社区', '白鹤村', '东风社区'] },
  { id: 'longtan', name: '龙潭镇', villages: ['龙潭社区', '五老峰村', '石门村', '龙井村'] },
  { id: 'fenglin', name: '枫林乡', villages: ['枫林村', '红枫村', '大坪村', '竹山村'] },
  { id: 'maping', name: '马坪镇', villages: ['马坪社区', '黄土岭村', '长冲村', '新屋村'] },
  { id: 'gaoqiao', name: '高桥镇', villages: ['高桥社区', '李家湾村', '王家坝村', '松林村'] },
  { id: 'shuanghe', name: '双河镇', villages: ['双河社区', '河西村', '河东村', '沙洲村'] },
  { id: 'jinshan', name: '金山街道', villages: ['金山社区', '矿山社区', '新村社区'] },
  { id: 'chayuan', name: '茶园乡', villages: ['茶园村', '云雾村', '观音村', '凉亭村'] },
  { id: 'wuli', name: '五里镇', villages: ['五里社区', '十里铺村', '三岔村', '岩口村'] },
  { id: 'xihe', name: '西河镇', villages: ['西河社区', '柏树村', '杉木村', '团结村'] },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '秀英桂兰建国德明春山志远淑芬玉梅光明素珍振华长根铁生大海慧敏秋云忠民凤英国华晓红德厚长林桂芝振东雪梅金凤文斌春华立新永红海燕红梅建华丽娟卫东向阳伟平小芊子涵雨萱浩然俊杰思远欣怡梓轩';
const SCHOOLS = ['中心小学', '完全小学', '初级中学', '中学', '幼儿园', '希望小学', '九年制学校'];
const CATEGORIES = ['老干部', '老战士', '老专家', '老教师', '老模范'];
const THEMES = [
  '留守儿童', '困境儿童', '校外教育辅导站', '假日学校', '四点钟学校', '关爱帮扶', '助学', '红色教育', '爱国主义教育',
  '法治教育', '家庭教育', '网吧义务监督', '防溺水', '安全教育', '老少共建', '宣讲团', '党建带关建', '心理健康',
];
const EVENTS = [
  '召开关心下一代工作会议', '开展“五老”进校园宣讲活动', '走访慰问留守儿童', '举办暑期假日学校', '开展防溺水安全教育',
  '组织红色故事报告会', '开展法治教育进课堂活动', '召开校外教育辅导站工作推进会', '举办家庭教育讲座', '开展网吧义务监督巡查',
  '为困境儿童送去助学金', '组织青少年参观红军桥革命旧址', '开展“老少同乐”文艺汇演', '举办读书征文颁奖仪式', '开展心理健康辅导',
  '组织五老志愿者结对帮扶', '开展“六好”基层关工委创建', '举办寒假安全第一课', '开展AI科普进乡村活动', '组织青少年学习使用VR安全体验设备',
];
const SENTENCES = [
  '{date}，{ts}关工委在{place}{event}，{n}名{people}参加。',
  '{ts}关工委主任{name}在讲话中指出，关心下一代工作要围绕立德树人根本任务，把{theme}工作做细做实。',
  '会上，{name2}介绍了{village}开展{theme}的做法和体会，{village}关工小组坚持每周活动一次，已经坚持了{years}年。',
  '五老志愿者{name}退休前是{school}的老师，他（她）结合自己的亲身经历，给孩子们讲了{story}的故事。',
  '活动中，{n2}名五老志愿者与{n}名{people}结成帮扶对子，逐户建立“一人一档”台账。',
  '据了解，今年以来，全镇共组织{theme}活动{n2}场次，覆盖青少年{n}人次。',
  '孩子们纷纷表示，一定要珍惜今天的幸福生活，好好学习，长大后建设家乡。',
  '{school}校长{name2}说，五老的到来让学校的{theme}更有温度，也更接地气。',
  '下一步，{ts}关工委将继续发挥“五老”优势，推动{theme}常态化、长效化。',
  '{village}的校外教育辅导站设在村部二楼，配有图书{n}册、电脑{n3}台，周末和寒暑假向孩子们开放。',
  '不少家长在外务工，通过视频连线观看了孩子们的表演，{name2}的妈妈在电话里说：“有五老照看，我们在外面放心。”',
  '当天，县关工委常务副主任{name}一行还深入{village}，看望了{n3}名困境儿童，送去书包、文具和慰问金。',
  '红军桥是{ts}有名的革命遗址，1934年红军曾在这里与敌人激战三天三夜。',
  '五老峰下的{village}，山路崎岖，{name}每天步行{n3}公里接送孩子上学，一坚持就是{years}年。',
  '文化站和综合服务中心也向青少年开放，{village}的孩子们在这里看书、下棋、练书法。',
  '辅导老师{name2}带领孩子们复习功课，还教大家用平板电脑查阅资料、学习AI编程入门知识。',
  '“孩子的事，一天也耽误不得。”这是{name}常挂在嘴边的一句话。',
  '鹤城街道关工委组织{n2}名五老成立“银龄宣讲团”，走进社区、学校开展宣讲{n}场。',
  '此次活动由{ts}关工委、团委、妇联和教育办联合主办，{school}承办。',
  '会议要求，各村（社区）关工小组要把防溺水、交通安全、网络安全教育作为暑期工作重点，确保孩子们度过一个平安暑假。',
];
const STORIES = ['小英雄雨来', '红军过草地', '雷锋', '焦裕禄', '黄继光', '刘胡兰', '董存瑞', '抗美援朝', '长征', '邱少云'];
const PEOPLE = ['留守儿童', '中小学生', '青少年', '少先队员', '困境儿童', '学生家长', '村（社区）关工小组成员'];
const LATIN = ['AI', 'VR', 'App', 'WiFi', 'QQ', 'PPT', 'CEO'];


function personName(rand: () => number): string {
  const s = pick(rand, [...SURNAMES]);
  const g = [...GIVEN];
  const i = Math.floor(rand() * (g.length / 2)) * 2;
  return rand() < 0.7 ? s + g[i]! + g[i + 1]! : s + g[i]!;
}


function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

export type Kind = 'news' | 'people' | 'stories' | 'bulletins';
const KIND_LABEL: Record<Kind, string> = { news: '工作动态', people: '五老风采', stories: '活动纪实', bulletins: '关工动态' };

export interface GeneratedItem {
  kind: Kind;
  id: string;
  title: string;
  date: string;
  township: string;
}

function page(kind: Kind, title: string, date: string, townships: string[], article: string, related: string): string {
  const attrs = `data-pagefind-body data-search-type="${kind}" data-search-title="${escapeHtml(title)}"${date ? ` data-search-date="${date}" data-search-year="${date.slice(0, 4)}"` : ''} data-search-township="${escapeHtml(townships.join(','))}"`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} - 桐川关工</title></head><body>
<a class="skip-link" href="#main">跳到正文</a><header class="site-header"><a class="site-brand" href="/">桐川关工 桐川县关心下一代工作委员会</a>
<nav class="site-nav" aria-label="主导航"><ul><li><a href="/">首页</a></li><li><a href="/news/">工作动态</a></li><li><a href="/people/">五老风采</a></li><li><a href="/stories/">活动纪实</a></li><li><a href="/bulletins/">关工动态</a></li><li><a href="/townships/">乡镇</a></li></ul></nav>
<form class="site-search" role="search" action="/search/" method="get"><input type="search" name="q" placeholder="搜人名、地名、主题，如：留守儿童"><button type="submit">搜索</button></form></header>
<main id="main"><nav class="breadcrumbs" aria-label="当前位置"><ol><li><a href="/">首页</a></li><li><a href="/${kind}/">${KIND_LABEL[kind]}</a></li><li><span aria-current="page">正文</span></li></ol></nav><div ${attrs}>${article}${related}</div></main>
<footer class="site-footer"><p>桐川县关心下一代工作委员会</p><p>编印：桐川县关心下一代工作委员会办公室</p><p>© 桐川县关心下一代工作委员会 版权所有</p></footer></body></html>`;
}

function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Writes `count` items under outDir (news/, people/, stories/, bulletins/) plus a bare index.html; returns them. */
const REPO = fileURLToPath(new URL('..', import.meta.url));

export function generateCorpus({ outDir, count, seed = 20251103 }: CorpusOptions): GeneratedItem[] {
  // The folder is emptied first: never let that be the project, its content/ or dist/.
  const target = resolve(outDir);
  if (`${target}${sep}`.startsWith(REPO) || `${REPO}`.startsWith(`${target}${sep}`)) {
    throw new Error(`测试内容只能写到项目以外的临时目录，不能写到 ${target}`);
  }
  const rand = seededRandom(seed);
  const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const items: GeneratedItem[] = [];
  const counts: Record<Kind, number> = {
    people: Math.round(count * 0.05),
    stories: Math.round(count * 0.03),
    bulletins: Math.round(count * 0.02),
    news: 0,
  };
  counts.news = count - counts.people - counts.stories - counts.bulletins;
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 10, 30) - start;

  const fill = (template: string, ts: (typeof TOWNSHIPS)[number], village: string, date: string) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case 'date': return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
        case 'ts': return ts.name;
        case 'place': return pick(rand, [village, `${village}村部`, `${ts.name.slice(0, 2)}${pick(rand, SCHOOLS)}`, '镇文化站', '县青少年活动中心']);
        case 'event': return pick(rand, EVENTS);
        case 'n': return String(10 + Math.floor(rand() * 290));
        case 'n2': return String(2 + Math.floor(rand() * 40));
        case 'n3': return String(2 + Math.floor(rand() * 12));
        case 'years': return String(3 + Math.floor(rand() * 20));
        case 'people': return pick(rand, PEOPLE);
        case 'name': case 'name2': return personName(rand);
        case 'theme': return pick(rand, THEMES);
        case 'village': return village;
        case 'school': return ts.name.slice(0, 2) + pick(rand, SCHOOLS);
        case 'story': return pick(rand, STORIES);
        default: return key;
      }
    });

  const paragraphs = (n: number, ts: (typeof TOWNSHIPS)[number], village: string, date: string) => {
    const out: string[] = [];
    for (let p = 0; p < n; p++) {
      const k = 2 + Math.floor(rand() * 3);
      let para = '';
      for (let s = 0; s < k; s++) para += fill(pick(rand, SENTENCES), ts, village, date);
      if (rand() < 0.04) para += `活动还引入了${pick(rand, LATIN)}互动环节。`;
      out.push(para);
    }
    return out;
  };

  let serial = 0;
  for (const kind of ['news', 'people', 'stories', 'bulletins'] as Kind[]) {
    for (let i = 0; i < counts[kind]; i++) {
      serial++;
      const ts = pick(rand, TOWNSHIPS);
      const village = pick(rand, ts.villages);
      const date = new Date(start + Math.floor(rand() * span)).toISOString().slice(0, 10);
      const id = `${date}-${ts.id}-${String(serial).padStart(5, '0')}`;
      let title: string;
      let body: string[];
      let metaLine: string;
      const traditional = rand() < 0.03;
      const fullWidth = rand() < 0.02;
      if (kind === 'news') {
        title = `${ts.name}${village.length > 3 ? village : ''}${pick(rand, EVENTS)}`;
        body = paragraphs(3 + Math.floor(rand() * 3), ts, village, date);
        metaLine = `<li><time datetime="${date}T00:00:00+08:00">${chineseDate(date)}</time></li><li>${ts.name}·${village}</li><li>来源：${ts.name}关工委</li><li>通讯员：${personName(rand)}</li>`;
      } else if (kind === 'people') {
        const name = personName(rand);
        title = name;
        body = [`${name}，${pick(rand, CATEGORIES)}，${village}人，${1940 + Math.floor(rand() * 25)}年出生。`, ...paragraphs(4, ts, village, date)];
        metaLine = `<li>${pick(rand, CATEGORIES)}</li><li>${ts.name}·${village}</li>`;
      } else if (kind === 'stories') {
        title = `${village}的${pick(rand, THEMES)}：${pick(rand, ['一位老人和一群孩子', '十年坚守', '温暖的课堂', '山里的灯光'])}`;
        body = paragraphs(8 + Math.floor(rand() * 4), ts, village, date);
        metaLine = `<li><time datetime="${date}T00:00:00+08:00">${chineseDate(date)}</time></li><li>${ts.name}</li>`;
      } else {
        const no = 1 + Math.floor(rand() * 12);
        title = `《关工动态》${date.slice(0, 4)}年第${no}期`;
        body = [`本期编者按：${paragraphs(1, ts, village, date)[0]}`, `总第${100 + serial % 300}期。`];
        metaLine = `<li><time datetime="${date}T00:00:00+08:00">${chineseDate(date)}</time></li><li>编印：桐川县关心下一代工作委员会办公室</li>`;
      }
      let prose = body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
      if (traditional) {
        title = toTrad(title);
        prose = toTrad(prose);
      }
      if (fullWidth) prose = prose.replace(/>([^<]+)</g, (_, t: string) => `>${toFullWidth(t)}<`);
      const toc = kind === 'bulletins' ? `<nav class="toc" data-pagefind-ignore><h2>本期目录</h2><ol><li><a href="/news/x/">${escapeHtml(pick(rand, EVENTS))}</a></li></ol></nav>` : '';
      const article = `<article class="article"><h1>${escapeHtml(title)}</h1><ul class="meta">${metaLine}</ul><div class="prose">${prose}</div>${toc}<footer class="article-foot" data-pagefind-ignore><ul class="tags"><li><a href="/topics/x/">${pick(rand, THEMES)}</a></li></ul><nav><a href="/news/prev/">上一篇：${escapeHtml(pick(rand, EVENTS))}</a></nav></footer></article>`;
      const related = `<section aria-labelledby="related" data-pagefind-ignore><h2 id="related">相关动态</h2><ul class="teasers"><li><a href="/news/y/">${escapeHtml(ts.name + pick(rand, EVENTS))}</a></li></ul></section>`;
      const dir = join(outDir, kind, id);
      mkdirSync(dir, { recursive: true });
      const townships = [ts.name];
      writeFileSync(join(dir, "index.html"), page(kind, title, kind === 'people' ? '' : date, townships, article, related));
      items.push({ kind, id, title, date: kind === 'people' ? '' : date, township: ts.name });
    }
  }
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>桐川关工（生成的测试站点）</title></head><body><main><h1>生成的测试站点：${items.length} 条</h1></main></body></html>`,
  );
  return items;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, count = '10000', seed = '20251103'] = process.argv.slice(2);
  if (!outDir) {
    console.error('用法：npx tsx scripts/generate-corpus.ts <输出目录> [条数=10000] [种子]');
    process.exit(2);
  }
  const t0 = performance.now();
  let items: GeneratedItem[];
  try {
    items = generateCorpus({ outDir, count: Number(count), seed: Number(seed) });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  console.log(`已生成 ${items.length} 条到 ${outDir}（${((performance.now() - t0) / 1000).toFixed(1)} 秒）`);
}
