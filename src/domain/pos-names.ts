/**
 * English names for IPADIC's part-of-speech tags (the tags kuromoji returns),
 * so learners who do not read 名詞 still get "noun". Tags not listed here are
 * shown as they are; English articles' tags (word, number, punctuation,
 * symbol) are already English.
 */
const POS_EN: Readonly<Record<string, string>> = {
  名詞: 'noun',
  動詞: 'verb',
  形容詞: 'adjective',
  副詞: 'adverb',
  助詞: 'particle',
  助動詞: 'auxiliary verb',
  連体詞: 'adnominal',
  接続詞: 'conjunction',
  感動詞: 'interjection',
  記号: 'symbol',
  フィラー: 'filler',
  接頭詞: 'prefix',
  その他: 'other',
  word: 'word',
  number: 'number',
  punctuation: 'punctuation',
  symbol: 'symbol',
};

const DETAIL_EN: Readonly<Record<string, string>> = {
  一般: 'general',
  固有名詞: 'proper noun',
  代名詞: 'pronoun',
  数: 'numeral',
  サ変接続: 'verbal noun (suru)',
  形容動詞語幹: 'na-adjective stem',
  副詞可能: 'adverbial noun',
  非自立: 'dependent',
  自立: 'independent',
  接尾: 'suffix',
  格助詞: 'case particle',
  係助詞: 'binding particle',
  接続助詞: 'conjunctive particle',
  終助詞: 'sentence-final particle',
  副助詞: 'adverbial particle',
  並立助詞: 'parallel particle',
  連体化: 'adnominalizer',
  '副助詞／並立助詞／終助詞': 'adverbial / parallel / final particle',
  句点: 'full stop',
  読点: 'comma',
  括弧開: 'opening bracket',
  括弧閉: 'closing bracket',
  空白: 'space',
  アルファベット: 'alphabet',
  名詞接続: 'noun prefix',
  数接続: 'numeral prefix',
  ナイ形容詞語幹: 'nai-adjective stem',
  特殊: 'special',
  引用文字列: 'quotation',
  助詞類接続: 'particle-like',
};

/** The English name of a part-of-speech tag, or the tag itself when unknown. */
export function posInEnglish(pos: string): string {
  return POS_EN[pos] ?? pos;
}

/** The English name of a part-of-speech detail ('*' means none and gives ''). */
export function posDetailInEnglish(detail: string): string {
  if (!detail || detail === '*') return '';
  return DETAIL_EN[detail] ?? detail;
}
