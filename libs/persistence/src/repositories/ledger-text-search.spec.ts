import { bigramsOf, countingBigrams, planTextSearch, walkThreshold } from './ledger-text-search';

const estimates = (entries: Record<string, number>) => new Map(Object.entries(entries));
const MILLION = 1_000_000;

describe(planTextSearch.name, () => {
  it('splits a term into its distinct bigrams, lower case, by character', () => {
    expect(bigramsOf('太白路128号')).toEqual(['太白', '白路', '路1', '12', '28', '8号']);
    expect(bigramsOf('Green')).toEqual(['gr', 're', 'ee', 'en']);
    expect(bigramsOf('哈哈哈')).toEqual(['哈哈']);
    expect(bigramsOf('鑫')).toEqual([]);
  });

  it('walks the ledger for a single character, or for a two-character word many rows hold', () => {
    expect(walkThreshold(MILLION)).toBe(5_000);
    expect(planTextSearch(estimates({}), MILLION)).toEqual({ kind: 'walk' });
    expect(planTextSearch(estimates({ 物业: 140_000 }), MILLION)).toEqual({ kind: 'walk' });
    expect(planTextSearch(estimates({ 孙浩: 4_000 }), MILLION)).toEqual({
      kind: 'index',
      bigrams: ['孙浩'],
    });
  });

  it('uses the index by the rarest bigrams when even the rarest is rare', () => {
    const plan = planTextSearch(
      estimates({ 绿叶: 4_500, 叶物: 3_000, 物业: 140_000, 有限: 280_000, 公司: 280_000 }),
      MILLION,
    );
    expect(plan).toEqual({ kind: 'index', bigrams: ['叶物', '绿叶', '物业'] });
  });

  it('counts when the bigrams are common but the term may not be, and walks when it must be', () => {
    // Each bigram is common, together (if independent) they are rare: 太白路128号 is.
    const address = estimates({ 白路: 26_000, 28: 43_000, 12: 45_000, 太白: 47_000 });
    expect(planTextSearch(address, MILLION)).toEqual({
      kind: 'probe',
      bigrams: ['白路', '28', '12'],
    });
    // Common even if independent: no count needed.
    expect(
      planTextSearch(estimates({ 有限: 280_000, 限公: 280_000, 公司: 280_000 }), MILLION),
    ).toEqual({ kind: 'walk' });
  });

  it('uses the index for everything on a small ledger', () => {
    expect(planTextSearch(estimates({ 物业: 1_500 }), 3_000)).toEqual({
      kind: 'index',
      bigrams: ['物业'],
    });
  });
});

describe(countingBigrams.name, () => {
  it('asks a count for every bigram of a short term and three spread over a long one', () => {
    expect(countingBigrams('锦绣路')).toEqual(['锦绣', '绣路']);
    expect(countingBigrams('绿叶物业服务有限公司')).toEqual(['绿叶', '服务', '公司']);
    expect(countingBigrams('李')).toEqual([]);
  });
});
