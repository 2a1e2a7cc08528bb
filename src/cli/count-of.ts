// "1 article", "3 articles": counts in messages agree with their number.
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
