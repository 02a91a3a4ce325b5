// Which look a verdict gets. A false claim must never get the look of a true one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verdictTone } from '../../dist/internal/verdict-tone.js';

const tone = (label, rating) => verdictTone(rating === undefined ? { label } : { label, rating });

test('words in four languages', () => {
  const cases = {
    false: ['False', 'Fake', 'Pants on Fire', 'Incorrect', 'Wrong', 'Неправда', 'Ложь', '거짓', 'كاذب'],
    misleading: ['Misleading', 'Mostly false', 'Exaggerated', 'Missing context', 'Unproven', 'Манипуляция', '오해의 소지', 'مضلل'],
    mixed: ['Half true', 'Mostly true', 'Mixed', 'Partly true', 'Отчасти правда', '대체로 사실'],
    true: ['True', 'Correct', 'Accurate', 'Verified', 'Правда', 'Верно', '사실', 'صحيح'],
    unrated: ['Opinion', 'Satire', 'Needs context'],
  };
  for (const [expected, labels] of Object.entries(cases)) {
    for (const label of labels) assert.equal(tone(label), expected, label);
  }
});

test('negated positives never read as true', () => {
  for (const label of ['Inaccurate', 'Not correct', 'Not accurate', 'Not true', 'Untrue', 'Неверно', 'Не соответствует действительности', '사실 아님', '사실이 아님', 'غير صحيح', 'غير دقيق']) {
    assert.equal(tone(label), 'false', label);
  }
  for (const label of ['Unverified', 'Unconfirmed', 'Not verified', 'Not yet confirmed', 'Не подтверждено', '미확인', 'غير مؤكد']) {
    assert.equal(tone(label), 'unrated', label);
  }
});

test('a numeric rating decides over the words', () => {
  assert.equal(tone('True', 1), 'false');
  assert.equal(tone('Whatever', 5), 'true');
  assert.equal(verdictTone({ label: 'x', rating: 3, best: 5, worst: 1 }), 'mixed');
  assert.equal(verdictTone({ label: 'x', rating: 30, best: 100, worst: 0 }), 'misleading');
  assert.equal(verdictTone(undefined), 'unrated');
});
