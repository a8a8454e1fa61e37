// Facts about a 五老 shown beside the profile, worded the way a county office would.

export interface PersonFactsInput {
  gender?: string | undefined;
  birthYear?: number | undefined;
  ageBand?: string | undefined;
  activeSince: number;
  activeUntil?: number | undefined;
}

export function personFacts(data: PersonFactsInput): { label: string; value: string }[] {
  const facts: { label: string; value: string }[] = [];
  if (data.gender) facts.push({ label: '性别', value: data.gender });
  if (data.birthYear) facts.push({ label: '出生', value: `${data.birthYear}年` });
  else if (data.ageBand) facts.push({ label: '年龄', value: data.ageBand });
  facts.push({
    label: '关心下一代工作',
    value: data.activeUntil ? `${data.activeSince}年至${data.activeUntil}年` : `${data.activeSince}年至今`,
  });
  return facts;
}
