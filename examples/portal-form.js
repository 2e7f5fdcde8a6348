// The portal form example: the engine package decides as the person answers,
// and each benefit is listed with its status and the clauses it rests on.
// Served beside the package; a portal would import it from its own copy of
// @wulong/skillcheck-engine.
import { evaluate } from '../target/package/index.js';

const STATUS = {
  eligible: '可以享受 (eligible)',
  not_eligible: '不符合条件 (not eligible)',
  unknown: '尚需确认 (not yet known: confirm)',
};

const form = document.getElementById('questions');
const list = document.getElementById('results');
const status = document.getElementById('status');

/** The profile the three answers give; an unanswered question is left out (unknown). */
function profile() {
  const data = new FormData(form);
  const answers = {};
  const tie = data.get('wulong_tie');
  if (tie) answers.wulong_tie = tie === 'true';
  const hukou = data.get('hukou');
  if (hukou) answers.hukou = hukou;
  const employment = data.get('employment');
  if (employment === 'enterprise_employee') {
    answers.enterprise_employee = true;
    answers.unemployed = false;
  } else if (employment === 'unemployed') {
    answers.enterprise_employee = false;
    answers.unemployed = true;
  } else if (employment === 'other') {
    answers.enterprise_employee = false;
  }
  return answers;
}

function item(benefit) {
  const li = document.createElement('li');
  li.dataset.benefit = benefit.id;
  li.dataset.status = benefit.status;
  const name = document.createElement('strong');
  name.textContent = benefit.name;
  li.append(name, `：${STATUS[benefit.status]}`);
  const clauses = document.createElement('small');
  clauses.className = 'clauses';
  clauses.textContent = ` 依据 ${benefit.clauses.map((clause) => clause.title ?? clause.id).join('；')}`;
  li.append(clauses);
  return li;
}

function show() {
  const result = evaluate(profile(), { lang: 'zh' });
  if (result.elsewhere) {
    status.textContent = result.elsewhere;
  } else {
    const count = result.benefits.filter((benefit) => benefit.status !== 'not_eligible').length;
    status.textContent = `${count} 项政策可以享受或尚需确认（${result.rule_pack.number}）`;
  }
  list.replaceChildren(...result.benefits.map(item));
}

form.addEventListener('input', show);
form.addEventListener('change', show);
show();
