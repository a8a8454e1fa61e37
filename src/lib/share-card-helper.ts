// The second process of writeShareCards (share-cards.ts): reads {siteName, jobs} as JSON on stdin, draws those
// cards into the cache and dist/ and exits 0, or exits 1 with the error on stderr.
import { drawCards, type CardJob } from './share-cards';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const { siteName, jobs } = JSON.parse(input) as { siteName: string; jobs: CardJob[] };
try {
  await drawCards(siteName, jobs);
} catch (error) {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
}
