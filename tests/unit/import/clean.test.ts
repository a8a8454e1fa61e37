import { describe, expect, it } from 'vitest';
import type { Block } from '@/lib/import/blocks';
import {
  boilerplateReason,
  cleanInline,
  decodeEntities,
  dropBoilerplate,
  isCopyright,
  isCounter,
  isMenuLine,
  isMoreLink,
  isShareLine,
  isSnapshotNotice,
  normalizeSpaces,
  normalizeWidth,
  replaceTags,
  textToParagraphs,
} from '@/lib/import/clean';
import { blocksToMarkdown, escapeText } from '@/lib/import/markdown';

const para = (text: string): Block => ({ kind: 'para', text });

describe('HTML left in text', () => {
  it('decodes named, numeric and double-encoded entities', () => {
    expect(decodeEntities('&ldquo;五老&rdquo;&nbsp;志愿者&#8220;x&#x201D; &amp;ldquo;')).toBe('“五老”\u00a0志愿者“x” “');
  });
  it('leaves a lone ampersand and text without entities alone', () => {
    expect(decodeEntities('A&B 公司')).toBe('A&B 公司');
  });
  it('turns <br />, <p> and </div> into line breaks and removes other tags', () => {
    const result = replaceTags('第一段<br />第二段</span><p class="x">第三段</p>');
    expect(result.text).toBe('第一段\n第二段\n第三段\n');
    expect(result.tags).toEqual(['<br />', '</span>', '<p class="x">', '</p>']);
  });
  it('removes tags that only appear once entities are decoded', () => {
    expect(cleanInline('一&lt;br /&gt;二').text).toBe('一\n二');
  });
});

describe('spaces and widths', () => {
  it('removes full-width indentation and collapses runs of spaces', () => {
    expect(normalizeSpaces('　　8月29日，  镇关工委\u00a0\u00a0召开会议。\u200b')).toBe('8月29日， 镇关工委 召开会议。');
  });
  it('makes full-width letters and digits half-width', () => {
    expect(normalizeWidth('２０２３年ＡＢ级')).toBe('2023年AB级');
  });
  it('makes ASCII punctuation next to Chinese full-width, but not in numbers, times or URLs', () => {
    expect(normalizeWidth('东塘镇,荷花村;上湾村!来源:东塘 10:49 https://x.cn 1,200人')).toBe(
      '东塘镇，荷花村；上湾村！来源：东塘 10:49 https://x.cn 1,200人',
    );
    expect(normalizeWidth('(通讯员 陈立新)')).toBe('（通讯员 陈立新）');
  });
  it('leaves question marks alone (they may be mojibake)', () => {
    expect(normalizeWidth('留守??童')).toBe('留守??童');
  });
  it('removes spaces between Chinese and Chinese punctuation, keeps spaces between words', () => {
    expect(normalizeWidth('秋季开学 “送学上门” 的安排')).toBe('秋季开学“送学上门”的安排');
    expect(normalizeWidth('分五路 一户不落')).toBe('分五路 一户不落');
  });
});

describe('paragraphs from plain text', () => {
  it('makes one paragraph per line and never an empty one for repeated blank lines', () => {
    expect(textToParagraphs('标题\n\n\n\n第一段。\n第二段。\n\n')).toEqual(['标题', '第一段。', '第二段。']);
  });
  it('joins hard-wrapped lines but not a title or a finished sentence', () => {
    const text = [
      '东塘镇关工委召开推进会',
      '　　八月二十九日上午，东塘镇关工委在镇政府三楼会议室召开助',
      '学帮扶工作推进会，五老助学帮扶团成员和各村关工小组组长共三',
      '十余人参加会议。',
      '　　会上各村作了汇报。',
    ].join('\r\n');
    expect(textToParagraphs(text)).toEqual([
      '东塘镇关工委召开推进会',
      '八月二十九日上午，东塘镇关工委在镇政府三楼会议室召开助学帮扶工作推进会，五老助学帮扶团成员和各村关工小组组长共三十余人参加会议。',
      '会上各村作了汇报。',
    ]);
  });
});

describe('boilerplate', () => {
  it('recognises "read more" buttons and print/close links', () => {
    for (const line of ['展开阅读全文', '点击查看更多>>', '【打印本页】【关闭窗口】', '字号：大 中 小', '返回顶部'])
      expect(isMoreLink(line), line).toBe(true);
    expect(isMoreLink('阅读全文后大家很受感动')).toBe(false);
  });
  it('recognises copyright, licence and registration lines', () => {
    for (const line of [
      '版权所有：桐川县人民政府办公室',
      'Copyright © 2023 tongchuan.gov.cn All Rights Reserved',
      '桐ICP备00000001号',
      '转载请注明出处',
      '本作品采用知识共享署名 4.0 国际许可协议进行许可',
    ])
      expect(isCopyright(line), line).toBe(true);
    expect(isCopyright('老战士讲述了当年的故事。孩子们说，这些故事的版权属于每一个中国人。')).toBe(false);
  });
  it('recognises view, upload and download counters', () => {
    for (const line of ['浏览次数：328', '阅读 1024  在看 12', '上传者：lx2016  上传时间：2016-09-01', '下载积分：2'])
      expect(isCounter(line), line).toBe(true);
    expect(isCounter('全镇共有1200名学生阅读了这本书，大家纷纷写下读后感。')).toBe(false);
  });
  it('recognises snapshot and crawler notices', () => {
    expect(isSnapshotNotice('这是 Google 对 http://x.cn/a.html 的缓存。 这是该网页在 2016年9月1日 的快照')).toBe(true);
    expect(isSnapshotNotice('百度快照')).toBe(true);
  });
  it('recognises share bars and WeChat buttons', () => {
    for (const line of ['分享到：微信 微博 QQ空间', '扫一扫在手机打开当前页', '点赞 在看']) expect(isShareLine(line), line).toBe(true);
    expect(isShareLine('扫描二维码即可报名参加暑期托管班，名额有限。')).toBe(false);
  });
  it('recognises site menus and breadcrumbs, but not a list of names', () => {
    expect(isMenuLine('首页 | 机构概况 | 工作动态 | 五老风采 | 联系我们')).toBe(true);
    expect(isMenuLine('当前位置：首页 > 工作动态 > 正文')).toBe(true);
    expect(isMenuLine('陈立新 王明 李华 赵强')).toBe(false);
  });
  it('drops a related-articles heading and the titles under it, and reports every one', () => {
    const blocks = [
      para('正文最后一段。'),
      para('相关文章'),
      para('城关镇“五老”走进社区开展禁毒宣传'),
      { kind: 'list', ordered: false, items: ['溪南街道召开会议'] } as Block,
      para('这是一段很长的正文，不是相关文章的标题，因为它以句号结尾并且很长很长很长很长。'),
    ];
    const { kept, dropped } = dropBoilerplate(blocks);
    expect(kept.map((b) => (b.kind === 'para' ? b.text : ''))).toEqual([
      '正文最后一段。',
      '这是一段很长的正文，不是相关文章的标题，因为它以句号结尾并且很长很长很长很长。',
    ]);
    expect(dropped.map((d) => [d.reason, d.text])).toEqual([
      ['related', '相关文章'],
      ['related', '城关镇“五老”走进社区开展禁毒宣传'],
      ['related', '溪南街道召开会议'],
    ]);
  });
  it('keeps ordinary article text', () => {
    for (const line of ['8月29日，青山镇关工委召开助学帮扶工作推进会。', '一、讲案例 敲警钟', '（通讯员 陈立新）'])
      expect(boilerplateReason(line), line).toBeNull();
  });
});

describe('Markdown output', () => {
  it('escapes what Markdown would read as markup', () => {
    expect(escapeText('# 不是标题 *也不是* <b>')).toBe('\\# 不是标题 \\*也不是\\* \\<b>');
  });
  it('writes headings from level 2, lists, tables and images', () => {
    const md = blocksToMarkdown(
      [
        { kind: 'heading', level: 1, text: '一、讲案例' },
        para('正文。'),
        { kind: 'list', ordered: true, items: ['甲', '乙'] },
        { kind: 'table', rows: [['村', '人数'], ['荷花村', '46'], ['上湾|村']] },
        { kind: 'image', ref: 0, alt: '' },
      ],
      () => ({ path: './a.jpg', alt: '巡河' }),
    );
    expect(md).toBe(
      '## 一、讲案例\n\n正文。\n\n1. 甲\n2. 乙\n\n| 村 | 人数 |\n| --- | --- |\n| 荷花村 | 46 |\n| 上湾\\|村 |   |\n\n![巡河](./a.jpg)\n',
    );
  });
});
