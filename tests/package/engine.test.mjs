// The built package (target/package) against the command line: every decision
// case and thousands of generated profiles give the same JSON, byte for byte
// (and `decide` the same decisions); bad input throws the command line's
// sentence; the other functions answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, cliEval, generatedProfile, packageDir, random, root } from './support.mjs';

const engine = await import(join(packageDir, 'index.js'));

/** What `decide` gives: the command line's object cut down to the pack and each id, name and status. */
function decisions(cli) {
  const cut = ({ id, name, status }) => ({ id, name, status });
  return { rule_pack: cli.rule_pack, benefits: cli.benefits.map(cut), programmes: cli.programmes.map(cut) };
}

/**
 * Evaluates each profile with the package and the CLI and compares the JSON text;
 * `decide` must give the same decisions (and throw the same errors).
 */
function checkSameAsCli(profiles, options) {
  const lines = profiles.map((profile) => JSON.stringify(profile));
  const expected = cliEval(lines, options);
  lines.forEach((line, index) => {
    const cli = JSON.parse(expected[index]);
    if (cli.error !== undefined) {
      for (const call of [engine.evaluate, engine.decide]) {
        assert.throws(
          () => call(line, options),
          (error) => error.name === 'SkillcheckError' && `line ${index + 1}: ${error.message}` === cli.error && error.key === (cli.key ?? undefined),
          `${call.name}(${line}) should throw ${expected[index]}`,
        );
      }
      return;
    }
    assert.equal(JSON.stringify(engine.evaluate(profiles[index], options)), expected[index], line);
    assert.equal(JSON.stringify(engine.decide(profiles[index], options)), JSON.stringify(decisions(cli)), `decide(${line})`);
  });
  return expected.length;
}

test('every decision case gives the command line\'s JSON byte for byte, in both languages', () => {
  const all = cases();
  assert.ok(all.length >= 150, `only ${all.length} cases were found`);
  const dates = [...new Set(all.map((c) => c.date))];
  for (const lang of ['zh', 'en']) {
    for (const date of dates) {
      checkSameAsCli(all.filter((c) => c.date === date).map((c) => c.profile), { lang, date });
    }
  }
});

test('four thousand generated profiles give the command line\'s JSON byte for byte', () => {
  const next = random(20191210);
  const facts = engine.facts('en');
  const profiles = Array.from({ length: 4000 }, () => generatedProfile(next, facts));
  assert.equal(checkSameAsCli(profiles.slice(0, 2000), { lang: 'zh', date: '2020-06-01' }), 2000);
  assert.equal(checkSameAsCli(profiles.slice(2000), { lang: 'en', date: '2021-03-15' }), 2000);
});

test('a date after the plan period gives the command line\'s JSON, period_ended included', () => {
  const profile = { wulong_tie: true, veteran: true };
  const [line] = cliEval([JSON.stringify(profile)], { lang: 'en', date: '2026-11-30' });
  const result = engine.evaluate(profile, { lang: 'en', date: '2026-11-30' });
  assert.equal(JSON.stringify(result), line);
  assert.equal(result.rule_pack.period_ended, true);
});

const BAD_PROFILES = [
  { hukou: 'town' },
  { employer_kind: 3 },
  { veteran: 'yes' },
  { no_such_fact: true },
  { planned_certificate: { occupation: '电工', level: 'master' } },
  { planned_certificate: { occupation: '电\u202e工', level: 'junior' } },
  { planned_certificate: { occupation: '', level: 'junior' } },
  { certificates_this_year: [{ occupation: '焊工', level: 'junior', year: 2020 }] },
  { certificates_this_year: 'none' },
  [],
  'not a profile',
  42,
  null,
];

test('every bad profile throws the command line\'s sentence and names the key', () => {
  checkSameAsCli(BAD_PROFILES, { lang: 'en', date: '2020-06-01' });
  assert.throws(() => engine.evaluate({ hukou: 'town' }), {
    name: 'SkillcheckError',
    kind: 'profile',
    key: 'hukou',
    message: '`hukou` must be one of "rural", "urban" (or null)',
  });
});

test('profile text with a repeated key or broken JSON throws the command line\'s sentence', () => {
  for (const text of ['{"veteran": true, "veteran": false}', '{"veteran": tru}', '{"a":' + '['.repeat(200) + ']'.repeat(200) + '}']) {
    const [line] = cliEval([text], { lang: 'zh', date: '2020-06-01' });
    const cli = JSON.parse(line);
    assert.throws(() => engine.evaluate(text, { date: '2020-06-01' }), (error) => `line 1: ${error.message}` === cli.error, text);
  }
});

test('bad options throw errors that name the option and what it takes', () => {
  assert.throws(() => engine.evaluate({}, { lang: 'fr' }), { kind: 'option', key: 'lang', message: 'lang takes zh or en' });
  assert.throws(() => engine.decide({}, { lang: 'fr' }), { kind: 'option', key: 'lang', message: 'lang takes zh or en' });
  assert.throws(() => engine.decide({}, { date: '1990-01-01' }), { kind: 'option', key: 'date' });
  assert.throws(() => engine.evaluate({}, { date: '2020-13-01' }), { kind: 'option', key: 'date', message: 'date takes a date such as 2020-06-01' });
  assert.throws(() => engine.evaluate({}, { date: 20200601 }), { kind: 'option', key: 'date' });
  assert.throws(() => engine.evaluate({}, { date: '1990-01-01' }), { kind: 'option', key: 'date' });
  assert.throws(() => engine.evaluate({}, 'en'), { kind: 'option', key: 'options' });
  assert.throws(() => engine.facts('de'), { kind: 'option', key: 'lang' });
});

test('a profile that cannot be written as JSON throws a SkillcheckError, not a TypeError', () => {
  const cyclic = {};
  cyclic.self = cyclic;
  assert.throws(() => engine.evaluate(cyclic), { name: 'SkillcheckError', kind: 'profile' });
  assert.throws(() => engine.evaluate({ veteran: 1n }), { name: 'SkillcheckError', kind: 'profile' });
});

test('without a date the rule pack in force today in China is used', () => {
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  assert.equal(engine.evaluate({}).rule_pack.evaluated_on, today);
});

test('the question contract lists every fact in asking order with kinds, values and help', () => {
  const zh = engine.facts('zh');
  const en = engine.facts('en');
  assert.equal(zh.length, 28);
  assert.deepEqual(zh.map((f) => f.key), en.map((f) => f.key));
  assert.equal(zh[0].key, 'wulong_tie');
  const hukou = en.find((f) => f.key === 'hukou');
  assert.equal(hukou.kind, 'choice');
  assert.deepEqual(hukou.values.map((v) => v.id), ['rural', 'urban']);
  const planned = en.find((f) => f.key === 'planned_certificate');
  assert.equal(planned.kind, 'certificate');
  assert.ok(planned.levels.some((level) => level.id === 'senior_technician'));
  assert.equal(en.find((f) => f.key === 'registered_poor').official_term, '建档立卡贫困劳动力');
  assert.equal(en.find((f) => f.key === 'disabled').sensitive, true);
  assert.equal(en.find((f) => f.key === 'veteran').sensitive, false);
  for (const fact of [...zh, ...en]) {
    // Help may be empty for a checklist item whose own words need none.
    assert.ok(fact.question.length > 0 && typeof fact.help === 'string' && fact.term.length > 0, fact.key);
  }
  assert.deepEqual(engine.facts(), zh);
});

test('the built-in rule packs are listed with number, issuer, period and effective date', () => {
  const [pack] = engine.rulePacks();
  assert.equal(pack.id, 'wulong-2019');
  assert.equal(pack.number, '武隆府办发〔2019〕98号');
  assert.deepEqual(pack.period, { start: '2019-01-01', end: '2021-12-31' });
  assert.equal(pack.effective, '2019-12-10');
  assert.match(engine.rulePacks({ lang: 'en' })[0].title, /Wulong/);
});

test('a share link gives its answers and rule pack, and the profile decides as the app would', () => {
  const shared = engine.decodeShareLink(
    'https://skillcheck.example.gov.cn/?lang=en#/s/1~wulong-2019~ay.bn.mu.qC%E8%82%B2%E5%A9%B4%E5%91%98*2.vx',
  );
  assert.equal(shared.rule_pack, 'wulong-2019');
  assert.deepEqual(shared.profile, {
    enterprise_employee: false,
    planned_certificate: { occupation: '育婴员', level: 'senior' },
    wulong_tie: true,
  });
  assert.deepEqual(shared.not_sure, ['veteran']);
  assert.deepEqual(shared.prefer_not_to_say, ['registered_poor']);
  assert.equal(engine.decodeShareLink('#/s/1~wulong-2019~ay.bn.mu').code, '1~wulong-2019~ay.bn.mu');
  assert.equal(engine.decodeShareLink('1~wulong-2019~ay').profile.wulong_tie, true);
  engine.evaluate(shared.profile, { date: '2020-06-01' });
});

test('a bad share link throws a share_link error that says what is wrong', () => {
  const cases = [
    ['https://skillcheck.example.gov.cn/#/results', /not a share link/],
    ['https://skillcheck.example.gov.cn/', /not a share link/],
    ['2~wulong-2019~ay', /version `2`/],
    ['1~wulong-2030~ay', /rule pack `wulong-2030`, which is not built in; built in: wulong-2019/],
    ['1~wulong-2019~ay.ay', /answers `wulong_tie` twice/],
    ['1~wulong-2019~Zy', /unknown question/],
    ['1~wulong-2019~a?', /unreadable answer to `wulong_tie`/],
    ['', /not a share link|empty|no answer code/],
  ];
  for (const [link, message] of cases) {
    assert.throws(() => engine.decodeShareLink(link), { name: 'SkillcheckError', kind: 'share_link', message }, link);
  }
  assert.throws(() => engine.decodeShareLink(undefined), { kind: 'share_link' });
});

test('institutions are matched to a profile, best first, with the catalogue\'s problems', () => {
  const text = readFileSync(join(root, 'catalogue', 'wulong-sample.json'), 'utf8');
  const profile = { wulong_tie: true, planned_certificate: { occupation: '电工', level: 'junior' }, hukou: 'rural', school_leaver: true };
  const found = engine.matchInstitutions(text, profile, { lang: 'en', date: '2020-06-01' });
  assert.equal(found.catalogue.sample, true);
  assert.deepEqual(found.problems, []);
  assert.ok(found.institutions.length > 0);
  assert.equal(found.institutions[0].fits[0].kind, 'planned_certificate');
  assert.deepEqual(engine.matchInstitutions(JSON.parse(text), profile, { date: '2020-06-01' }).institutions.map((m) => m.institution.id),
    found.institutions.map((m) => m.institution.id));

  const damaged = JSON.parse(text);
  damaged.institutions[0].kind = 'castle';
  const partly = engine.matchInstitutions(JSON.stringify(damaged, null, 2), profile, { date: '2020-06-01' });
  assert.equal(partly.problems.length, 1);
  assert.match(partly.problems[0].message, /"kind" must be one of/);
  assert.ok(partly.problems[0].line > 1);

  assert.throws(() => engine.matchInstitutions('{"format": 2}', profile), (error) => error.kind === 'catalogue' && error.problems.length > 0);
  assert.throws(() => engine.matchInstitutions(text, { hukou: 'x' }), { kind: 'profile', key: 'hukou' });
});

test('ten thousand arbitrary inputs never break the module: each call returns or throws a SkillcheckError', () => {
  const next = random(98);
  const pieces = ['{', '}', '[', ']', '"', ':', ',', 'true', 'null', '1e999', '-0', '"hukou"', '"veteran"', '"planned_certificate"',
    '"occupation"', '"level"', '\\u0000', '\\ud800', '电工', '\u202e', ' ', '#/s/', '1~wulong-2019~', 'a', 'y', '.', '*', '%E8', 'L', 'C'];
  const call = (fn) => {
    try {
      fn();
    } catch (error) {
      assert.equal(error.name, 'SkillcheckError', `${error.stack}`);
    }
  };
  for (let round = 0; round < 10000; round += 1) {
    const text = Array.from({ length: Math.floor(next() * 24) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    call(() => engine.evaluate(text, { date: '2020-06-01' }));
    call(() => engine.decide(text, { date: '2020-06-01' }));
    call(() => engine.decodeShareLink(text));
    if (round % 10 === 0) call(() => engine.matchInstitutions(text, '{}', { date: '2020-06-01' }));
  }
  // The module still works after all that.
  assert.equal(engine.evaluate({ wulong_tie: true }, { date: '2020-06-01' }).rule_pack.id, 'wulong-2019');
});
