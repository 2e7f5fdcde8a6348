//! A page of the interview, GOV.UK style: a heading that is the question, a
//! plain-language explanation, the answers, and Continue. A page asks either
//! one question with its options, or several yes/no questions as "which of
//! these apply to you?" checkboxes, where each item can also be answered
//! "not sure" (and a sensitive one "prefer not to say") on the same page.
//!
//! The answer contract (ARCHITECTURE.md): every answer control is a radio or
//! checkbox whose `name` is the fact key and whose `value` is the answer id
//! (`yes`, `no`, `not_sure`, `prefer_not`, a choice id, or `none`/`some` for
//! the certificate questions); a checklist's "none of these" box has the value
//! `none` and the page id as its name.

use skillcheck_engine::facts::LEVEL_CHOICES;
use skillcheck_engine::{Answer, Certificate, Fact, FactKind, Lang, Value};
use yew::prelude::*;

use crate::hooks::{use_focus_each, use_focus_request, use_jump};
use crate::i18n::{self, k, label, pick, t, t_with, Key};
use crate::interview::{offers_not_sure, PageId};
use crate::web::form;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub page: PageId,
    pub lang: Lang,
    /// The facts the page shows (answered or still open), with any earlier answer.
    pub shown: Vec<(Fact, Option<Answer>)>,
    /// This page's number, and the most pages that can follow.
    pub number: usize,
    pub at_most_more: usize,
    /// The person came from "check your answers" and returns there.
    pub changing: bool,
    pub on_answer: Callback<Vec<(Fact, Answer)>>,
    pub on_back: Callback<()>,
}

/// One certificate being typed in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    occupation: String,
    level: u8,
    /// Which entry this is, for as long as the page shows it: the entry's key,
    /// so that removing one leaves every other entry its own fields (a select
    /// the person has touched shows its own choice, not a removed entry's).
    key: u32,
}

/// How one checklist item is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Unmarked,
    Yes,
    NotSure,
    PreferNot,
}

impl Mark {
    fn id(self) -> &'static str {
        match self {
            Mark::Unmarked => "no",
            Mark::Yes => "yes",
            Mark::NotSure => "not_sure",
            Mark::PreferNot => "prefer_not",
        }
    }
}

/// The answer id an earlier answer selects, and the certificates it fills in.
fn initial(fact: Fact, answer: &Option<Answer>) -> (Option<String>, Vec<Draft>) {
    let drafts = |list: &[Certificate]| {
        list.iter()
            .zip(0..)
            .map(|(certificate, key)| Draft {
                occupation: certificate.occupation.clone(),
                level: certificate.level,
                key,
            })
            .collect::<Vec<_>>()
    };
    let empty = vec![Draft::default()];
    match answer {
        None => (None, empty),
        Some(Answer::NotSure) => (Some("not_sure".into()), empty),
        Some(Answer::PreferNotToSay) => (Some("prefer_not".into()), empty),
        Some(Answer::Given(Value::Bool(true))) => (Some("yes".into()), empty),
        Some(Answer::Given(Value::Bool(false))) => (Some("no".into()), empty),
        Some(Answer::Given(Value::Choice(index))) => match fact.info().kind {
            FactKind::Choice(choices) => (
                choices.get(usize::from(*index)).map(|c| c.id.to_string()),
                empty,
            ),
            _ => (None, empty),
        },
        Some(Answer::Given(Value::Certificates(list))) if list.is_empty() => {
            (Some("none".into()), empty)
        }
        Some(Answer::Given(Value::Certificates(list))) => (Some("some".into()), drafts(list)),
        Some(Answer::Given(Value::Certificate(certificate))) => (
            Some("some".into()),
            drafts(std::slice::from_ref(certificate)),
        ),
    }
}

/// The options of a single question: (answer id, label).
fn options(fact: Fact, lang: Lang) -> Vec<(String, String)> {
    let text = |key: Key| t(lang, key).to_string();
    let mut options: Vec<(String, String)> = match fact.info().kind {
        FactKind::Bool => vec![("yes".into(), text(k::Q_YES)), ("no".into(), text(k::Q_NO))],
        FactKind::Choice(choices) => choices
            .iter()
            .map(|choice| (choice.id.to_string(), label(lang, choice.zh, choice.en)))
            .collect(),
        FactKind::CertificateList => vec![
            ("none".into(), text(k::Q_CERTS_NONE)),
            ("some".into(), text(k::Q_CERTS_SOME)),
        ],
        FactKind::Certificate => vec![("some".into(), text(k::Q_PLANNED_SOME))],
    };
    if offers_not_sure(fact) {
        let not_sure = match fact.info().kind {
            FactKind::Certificate => k::Q_PLANNED_UNDECIDED,
            _ => k::Q_NOT_SURE,
        };
        options.push(("not_sure".into(), text(not_sure)));
    }
    if fact.info().sensitive {
        options.push(("prefer_not".into(), text(k::Q_PREFER_NOT)));
    }
    options
}

/// Turns a single question's form into an answer, or the key of the error to show.
fn answer_from(fact: Fact, selected: Option<&str>, drafts: &[Draft]) -> Result<Answer, Key> {
    let Some(selected) = selected else {
        return Err(k::Q_ERROR_CHOOSE);
    };
    let certificates = || -> Result<Vec<Certificate>, Key> {
        let filled: Vec<Certificate> = drafts
            .iter()
            .filter(|draft| !draft.occupation.trim().is_empty())
            .map(|draft| Certificate {
                occupation: draft.occupation.trim().to_string(),
                level: draft.level,
            })
            .collect();
        if filled.is_empty() {
            Err(k::Q_ERROR_OCCUPATION)
        } else {
            Ok(filled)
        }
    };
    match (selected, fact.info().kind) {
        ("not_sure", _) => Ok(Answer::NotSure),
        ("prefer_not", _) => Ok(Answer::PreferNotToSay),
        ("yes", FactKind::Bool) => Ok(Answer::Given(Value::Bool(true))),
        ("no", FactKind::Bool) => Ok(Answer::Given(Value::Bool(false))),
        ("none", FactKind::CertificateList) => Ok(Answer::Given(Value::Certificates(Vec::new()))),
        ("some", FactKind::CertificateList) => {
            certificates().map(|list| Answer::Given(Value::Certificates(list)))
        }
        ("some", FactKind::Certificate) => certificates()
            .and_then(|list| list.into_iter().next().ok_or(k::Q_ERROR_OCCUPATION))
            .map(|certificate| Answer::Given(Value::Certificate(certificate))),
        (id, FactKind::Choice(_)) => fact
            .choice_index(id)
            .map(|index| Answer::Given(Value::Choice(index)))
            .ok_or(k::Q_ERROR_CHOOSE),
        _ => Err(k::Q_ERROR_CHOOSE),
    }
}

/// The mark an earlier answer puts on a checklist item.
fn initial_mark(answer: &Option<Answer>) -> Mark {
    match answer {
        Some(Answer::Given(Value::Bool(true))) => Mark::Yes,
        Some(Answer::NotSure) => Mark::NotSure,
        Some(Answer::PreferNotToSay) => Mark::PreferNot,
        _ => Mark::Unmarked,
    }
}

/// Whether "none of these" was ticked before: every item answered, none of them "yes", some "no".
fn initial_none(shown: &[(Fact, Option<Answer>)]) -> bool {
    shown.iter().all(|(_, answer)| answer.is_some())
        && shown
            .iter()
            .any(|(_, answer)| *answer == Some(Answer::Given(Value::Bool(false))))
        && !shown
            .iter()
            .any(|(_, answer)| *answer == Some(Answer::Given(Value::Bool(true))))
}

/// Turns a checklist into answers: the unmarked items are "no" only when the
/// person ticked at least one item or "none of these"; otherwise the page is
/// not answered yet (the key of the error to show).
fn checklist_answers(
    facts: &[Fact],
    marks: &[Mark],
    none: bool,
) -> Result<Vec<(Fact, Answer)>, Key> {
    let any_yes = marks.contains(&Mark::Yes);
    let any_unmarked = marks.contains(&Mark::Unmarked);
    if any_unmarked && !any_yes && !none {
        return Err(k::Q_ERROR_CHECKLIST);
    }
    Ok(facts
        .iter()
        .zip(marks)
        .map(|(fact, mark)| {
            let answer = match mark {
                Mark::Yes => Answer::Given(Value::Bool(true)),
                Mark::NotSure => Answer::NotSure,
                Mark::PreferNot => Answer::PreferNotToSay,
                Mark::Unmarked => Answer::Given(Value::Bool(false)),
            };
            (*fact, answer)
        })
        .collect())
}

/// A callback that reads a value from its event (`read`) and applies `edit`
/// with it to a copy of the drafts, which it then hands to `on_change`.
fn edit_drafts<E: 'static>(
    drafts: &[Draft],
    on_change: &Callback<Vec<Draft>>,
    read: impl Fn(&E) -> String + 'static,
    edit: impl Fn(&mut Vec<Draft>, String) + 'static,
) -> Callback<E> {
    let (drafts, on_change) = (drafts.to_vec(), on_change.clone());
    Callback::from(move |event: E| {
        let mut next = drafts.clone();
        edit(&mut next, read(&event));
        on_change.emit(next);
    })
}

/// The occupation and level of each certificate, with "add" and "remove"
/// for the list of certificates already subsidised.
fn certificate_fields(
    fact: Fact,
    lang: Lang,
    drafts: &[Draft],
    on_change: &Callback<Vec<Draft>>,
    focus: &Callback<String>,
) -> Html {
    let key = fact.key();
    let several = fact.info().kind == FactKind::CertificateList;
    let rows = drafts.iter().enumerate().map(|(index, draft)| {
        let occupation_id = format!("{key}-occupation-{index}");
        let level_id = format!("{key}-level-{index}");
        let on_occupation = edit_drafts(
            drafts,
            on_change,
            |event: &InputEvent| form::input_value(event),
            move |next, value| {
                if let Some(draft) = next.get_mut(index) {
                    draft.occupation = value;
                }
            },
        );
        let on_level = edit_drafts(
            drafts,
            on_change,
            |event: &Event| form::value_of(event),
            move |next, value| {
                let level = LEVEL_CHOICES.iter().position(|choice| choice.id == value);
                if let (Some(draft), Some(level)) = (next.get_mut(index), level) {
                    draft.level = level as u8;
                }
            },
        );
        // Removing an entry puts focus on the entry before it (or the next one).
        let on_remove = {
            let remove = edit_drafts(
                drafts,
                on_change,
                |_: &MouseEvent| String::new(),
                move |next, _| {
                    if next.len() > 1 {
                        next.remove(index);
                    }
                },
            );
            let (focus, stays) = (focus.clone(), format!("{key}-occupation-{}", index.saturating_sub(1)));
            Callback::from(move |event: MouseEvent| {
                remove.emit(event);
                focus.emit(stays.clone());
            })
        };
        let levels = LEVEL_CHOICES.iter().enumerate().map(|(level, choice)| {
            html! {
                <option value={choice.id} selected={draft.level as usize == level}>
                    { label(lang, choice.zh, choice.en) }
                </option>
            }
        });
        html! {
            <fieldset class="certificate" key={draft.key}>
                if several {
                    <legend>{ t_with(lang, k::Q_CERTS_ENTRY, &[("n", &(index + 1).to_string())]) }</legend>
                }
                <label for={occupation_id.clone()}>{ t(lang, k::Q_OCCUPATION) }</label>
                <p class="hint" id={format!("{occupation_id}-hint")}>{ t(lang, k::Q_OCCUPATION_HINT) }</p>
                <input type="text" id={occupation_id.clone()} name={occupation_id.clone()} class="text-input"
                    aria-describedby={format!("{occupation_id}-hint")}
                    value={draft.occupation.clone()} oninput={on_occupation} autocomplete="off" />
                <label for={level_id.clone()}>{ t(lang, k::Q_LEVEL) }</label>
                <select id={level_id.clone()} name={level_id} class="select" onchange={on_level}>{ for levels }</select>
                if several && drafts.len() > 1 {
                    <button type="button" class="button secondary" onclick={on_remove}>{ t(lang, k::Q_CERTS_REMOVE) }</button>
                }
            </fieldset>
        }
    });
    // A new entry was asked for: focus goes to its occupation field.
    let on_add = {
        let add = edit_drafts(
            drafts,
            on_change,
            |_: &MouseEvent| String::new(),
            |next, _| {
                let key = next.iter().map(|draft| draft.key + 1).max().unwrap_or(0);
                next.push(Draft {
                    key,
                    ..Draft::default()
                });
            },
        );
        let (focus, added) = (focus.clone(), format!("{key}-occupation-{}", drafts.len()));
        Callback::from(move |event: MouseEvent| {
            add.emit(event);
            focus.emit(added.clone());
        })
    };
    html! {
        <div class="certificates">
            { for rows }
            if several && drafts.len() < 5 {
                <button type="button" class="button secondary" onclick={on_add}>{ t(lang, k::Q_CERTS_ADD) }</button>
            }
        </div>
    }
}

/// The radio buttons of a single question.
fn radio_options(
    fact: Fact,
    lang: Lang,
    selected: &UseStateHandle<Option<String>>,
    invalid: bool,
) -> Html {
    let key = fact.key();
    html! {
        <div class="radios">
            { for options(fact, lang).into_iter().map(|(id, label)| {
                let input_id = format!("{key}-{id}");
                let checked = selected.as_deref() == Some(id.as_str());
                // The option that shows the certificate fields says so (GOV.UK's conditional reveal).
                let reveals = id == "some";
                let onchange = {
                    let (selected, id) = (selected.clone(), id.clone());
                    Callback::from(move |_: Event| selected.set(Some(id.clone())))
                };
                html! {
                    <div class="radio">
                        if reveals {
                            <p class="visually-hidden" id={format!("{key}-reveal")}>{ t(lang, k::Q_CERTS_REVEAL) }</p>
                        }
                        <input type="radio" id={input_id.clone()} name={key} value={id.clone()} {checked} {onchange}
                            aria-invalid={invalid.then_some("true")}
                            aria-controls={reveals.then(|| format!("{key}-fields"))}
                            aria-describedby={reveals.then(|| format!("{key}-reveal"))} />
                        <label for={input_id}>{ label }</label>
                    </div>
                }
            }) }
        </div>
    }
}

/// The checkboxes of a checklist: per item "yes", "not sure" and, for a
/// sensitive one, "prefer not to say" (at most one of them), then "none of these".
fn checklist(
    page: PageId,
    lang: Lang,
    facts: &[Fact],
    marks: &UseStateHandle<Vec<Mark>>,
    none: &UseStateHandle<bool>,
    invalid: bool,
) -> Html {
    let invalid = invalid.then_some("true");
    let set_mark = |index: usize, mark: Mark| {
        let (marks, none) = (marks.clone(), none.clone());
        Callback::from(move |event: Event| {
            let mut next = (*marks).clone();
            if let Some(slot) = next.get_mut(index) {
                *slot = if form::is_checked(&event) {
                    mark
                } else {
                    Mark::Unmarked
                };
            }
            if mark == Mark::Yes && form::is_checked(&event) {
                none.set(false);
            }
            marks.set(next);
        })
    };
    let items = facts.iter().enumerate().map(|(index, fact)| {
        let fact = *fact;
        let key = fact.key();
        let item = i18n::checklist_item(fact).map_or("", |item| t(lang, item));
        let mark = marks.get(index).copied().unwrap_or(Mark::Unmarked);
        let described_by = match i18n::checklist_hint(fact) {
            Some(_) => format!("{key}-hint {key}-term"),
            None => format!("{key}-term"),
        };
        let mut alternatives = Vec::new();
        if offers_not_sure(fact) {
            alternatives.push((Mark::NotSure, k::Q_NOT_SURE));
        }
        if fact.info().sensitive {
            alternatives.push((Mark::PreferNot, k::Q_PREFER_NOT));
        }
        html! {
            <div class="check-item">
                <div class="checkbox">
                    <input type="checkbox" id={format!("{key}-yes")} name={key} value="yes"
                        checked={mark == Mark::Yes} onchange={set_mark(index, Mark::Yes)}
                        aria-describedby={described_by} aria-invalid={invalid} />
                    <label for={format!("{key}-yes")}>{ item }</label>
                </div>
                if let Some(hint) = i18n::checklist_hint(fact) {
                    <p class="hint item-hint" id={format!("{key}-hint")}>{ t(lang, hint) }</p>
                }
                <p class="term" id={format!("{key}-term")}>
                    <span>{ t(lang, k::Q_OFFICIAL_TERM) }{ pick(lang, "：", ": ") }</span><span lang="zh-CN">{ fact.info().term_zh }</span>
                </p>
                if !alternatives.is_empty() {
                    <div class="alternatives">
                        { for alternatives.into_iter().map(|(alternative, text)| {
                            let id = format!("{key}-{}", alternative.id());
                            html! {
                                <div class="checkbox small">
                                    <input type="checkbox" id={id.clone()} name={key} value={alternative.id()}
                                        checked={mark == alternative} onchange={set_mark(index, alternative)}
                                        aria-invalid={invalid} />
                                    <label for={id}>
                                        { t(lang, text) }
                                        <span class="visually-hidden">{ "：" }{ item }</span>
                                    </label>
                                </div>
                            }
                        }) }
                    </div>
                }
            </div>
        }
    });
    let on_none = {
        let (marks, none) = (marks.clone(), none.clone());
        Callback::from(move |event: Event| {
            let ticked = form::is_checked(&event);
            if ticked {
                // "None of these" takes back every "yes"; "not sure" answers stay.
                let next: Vec<Mark> = marks
                    .iter()
                    .map(|mark| {
                        if *mark == Mark::Yes {
                            Mark::Unmarked
                        } else {
                            *mark
                        }
                    })
                    .collect();
                marks.set(next);
            }
            none.set(ticked);
        })
    };
    let none_id = format!("{}-none", page.key());
    html! {
        <div class="checkboxes">
            { for items }
            <p class="or" aria-hidden="true">{ t(lang, k::Q_OR) }</p>
            <div class="checkbox">
                <input type="checkbox" id={none_id.clone()} name={page.key()} value="none"
                    checked={**none} onchange={on_none} aria-invalid={invalid} />
                <label for={none_id}>{ t(lang, k::Q_NONE) }</label>
            </div>
        </div>
    }
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionProps) -> Html {
    let QuestionProps { page, lang, .. } = *props;
    let is_checklist = page.page().is_checklist();
    let facts: Vec<Fact> = props.shown.iter().map(|(fact, _)| *fact).collect();
    let single = (!is_checklist).then(|| facts.first().copied()).flatten();
    let start = single.map(|fact| {
        let answer = props.shown.first().and_then(|(_, answer)| answer.clone());
        initial(fact, &answer)
    });
    let selected = use_state(|| start.as_ref().and_then(|(selected, _)| selected.clone()));
    let drafts = use_state(|| {
        start
            .as_ref()
            .map_or_else(|| vec![Draft::default()], |(_, drafts)| drafts.clone())
    });
    let marks = use_state(|| {
        props
            .shown
            .iter()
            .map(|(_, answer)| initial_mark(answer))
            .collect::<Vec<_>>()
    });
    let none = use_state(|| is_checklist && initial_none(&props.shown));
    let error = use_state(|| None::<Key>);
    // Each Continue without an answer: the summary takes focus again, so it is read again.
    let attempts = use_state(|| 0_u32);
    use_focus_each("error-summary", *attempts);
    let first_control = match single {
        Some(fact) => options(fact, lang)
            .first()
            .map(|(id, _)| format!("{}-{id}", fact.key()))
            .unwrap_or_default(),
        None => facts
            .first()
            .map(|fact| format!("{}-yes", fact.key()))
            .unwrap_or_default(),
    };
    let on_error_link = use_jump(first_control.clone());

    let onsubmit = {
        let (selected, drafts, marks, none, error, attempts, on_answer) = (
            selected.clone(),
            drafts.clone(),
            marks.clone(),
            none.clone(),
            error.clone(),
            attempts.clone(),
            props.on_answer.clone(),
        );
        let facts = facts.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let answers = match single {
                Some(fact) => answer_from(fact, selected.as_deref(), &drafts)
                    .map(|answer| vec![(fact, answer)]),
                None => checklist_answers(&facts, &marks, *none),
            };
            match answers {
                Ok(answers) => {
                    error.set(None);
                    on_answer.emit(answers);
                }
                Err(message) => {
                    error.set(Some(message));
                    attempts.set(*attempts + 1);
                }
            }
        })
    };
    let on_back = props
        .on_back
        .reform(|event: MouseEvent| event.prevent_default());
    let on_drafts = {
        let drafts = drafts.clone();
        Callback::from(move |next: Vec<Draft>| drafts.set(next))
    };
    let focus_next = use_focus_request();

    let (title, help) = i18n::page_texts(page);
    let page_key = page.key();
    let invalid = error.is_some();
    let controls = match single {
        Some(fact) => {
            let wants_certificates = matches!(
                fact.info().kind,
                FactKind::CertificateList | FactKind::Certificate
            ) && selected.as_deref() == Some("some");
            html! {
                <>
                    { radio_options(fact, lang, &selected, invalid) }
                    <div id={format!("{}-fields", fact.key())}>
                        if wants_certificates {
                            { certificate_fields(fact, lang, &drafts, &on_drafts, &focus_next) }
                        }
                    </div>
                </>
            }
        }
        None => checklist(page, lang, &facts, &marks, &none, invalid),
    };
    let term = single.map(|fact| {
        let info = fact.info();
        html! {
            <>
                <p class="term"><span>{ t(lang, k::Q_OFFICIAL_TERM) }{ pick(lang, "：", ": ") }</span><span lang="zh-CN">{ info.term_zh }</span></p>
                if info.sensitive {
                    <p class="sensitive">{ t(lang, k::Q_SENSITIVE) }</p>
                }
            </>
        }
    });
    // The error message is part of the group's description while it shows.
    let described_by = if invalid {
        format!("{page_key}-error {page_key}-help")
    } else {
        format!("{page_key}-help")
    };
    let progress = if props.changing {
        t(lang, k::Q_PROGRESS_CHANGING).to_string()
    } else {
        t_with(
            lang,
            k::Q_PROGRESS,
            &[
                ("n", &props.number.to_string()),
                ("m", &props.at_most_more.to_string()),
            ],
        )
    };
    html! {
        <>
            <a href="#" class="back-link" onclick={on_back}>{ t(lang, k::Q_BACK) }</a>
            if let Some(message) = *error {
                <div class="error-summary" role="alert" id="error-summary" tabindex="-1"
                    aria-labelledby="error-summary-title">
                    <p class="error-summary-title" id="error-summary-title">{ t(lang, k::Q_ERROR_HEADING) }</p>
                    <p><a href={format!("#{first_control}")} onclick={on_error_link}>{ t(lang, message) }</a></p>
                </div>
            }
            <form {onsubmit} novalidate=true>
                <fieldset class={classes!("question", is_checklist.then_some("checklist"))}
                    aria-describedby={described_by}>
                    <legend>
                        // The progress line is part of the heading, so it is read
                        // with the question when focus lands there.
                        <h1 id="main-heading" tabindex="-1">
                            <span class="progress">{ progress }</span>
                            { t(lang, title) }
                        </h1>
                    </legend>
                    <div class="help" id={format!("{page_key}-help")}>
                        <p>{ t(lang, help) }</p>
                        { for term }
                    </div>
                    if let Some(message) = *error {
                        <p class="error-message" id={format!("{page_key}-error")}>{ t(lang, message) }</p>
                    }
                    { controls }
                </fieldset>
                <button type="submit" class="button primary">{ t(lang, k::Q_CONTINUE) }</button>
            </form>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::PAGES;

    #[test]
    fn every_single_question_offers_not_sure_and_only_sensitive_ones_offer_prefer_not() {
        for fact in Fact::ALL {
            let ids: Vec<String> = options(fact, Lang::Zh)
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            assert_eq!(
                ids.contains(&"not_sure".to_string()),
                offers_not_sure(fact),
                "{fact}"
            );
            assert_eq!(
                ids.contains(&"prefer_not".to_string()),
                fact.info().sensitive,
                "{fact}"
            );
        }
    }

    #[test]
    fn answer_ids_are_the_contract_and_never_collide() {
        for fact in Fact::ALL {
            let ids: Vec<String> = options(fact, Lang::En)
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), ids.len(), "{fact}: {ids:?}");
        }
        assert_eq!(
            answer_from(Fact::Hukou, Some("rural"), &[]),
            Ok(Answer::Given(Value::Choice(0)))
        );
        assert_eq!(
            answer_from(Fact::EmployerKind, Some("none"), &[]),
            Ok(Answer::Given(Value::Choice(
                Fact::EmployerKind.choice_index("none").expect("a choice")
            )))
        );
        assert_eq!(
            answer_from(Fact::Hukou, Some("town"), &[]),
            Err(k::Q_ERROR_CHOOSE)
        );
    }

    #[test]
    fn a_single_question_form_becomes_the_answer_it_shows() {
        let drafts = [
            Draft {
                occupation: " 电工 ".into(),
                level: 1,
                key: 0,
            },
            Draft::default(),
        ];
        assert_eq!(
            answer_from(Fact::CertificatesThisYear, Some("some"), &drafts),
            Ok(Answer::Given(Value::Certificates(vec![Certificate {
                occupation: "电工".into(),
                level: 1
            }])))
        );
        assert_eq!(
            answer_from(Fact::PlannedCertificate, Some("some"), &[Draft::default()]),
            Err(k::Q_ERROR_OCCUPATION)
        );
        assert_eq!(
            answer_from(Fact::Veteran, None, &[]),
            Err(k::Q_ERROR_CHOOSE)
        );
        for (fact, answer) in [
            (Fact::Veteran, Answer::Given(Value::Bool(true))),
            (Fact::Disabled, Answer::PreferNotToSay),
            (Fact::Sector, Answer::Given(Value::Choice(3))),
            (
                Fact::CertificatesThisYear,
                Answer::Given(Value::Certificates(Vec::new())),
            ),
        ] {
            let (selected, drafts) = initial(fact, &Some(answer.clone()));
            assert_eq!(answer_from(fact, selected.as_deref(), &drafts), Ok(answer));
        }
    }

    #[test]
    fn nothing_on_a_checklist_becomes_no_by_accident() {
        let facts = [Fact::Veteran, Fact::Unemployed, Fact::RuralMigrant];
        let yes = Answer::Given(Value::Bool(true));
        let no = Answer::Given(Value::Bool(false));
        // Nothing chosen: not an answer.
        assert_eq!(
            checklist_answers(&facts, &[Mark::Unmarked; 3], false),
            Err(k::Q_ERROR_CHECKLIST)
        );
        // Only "not sure" on one item: the others are still unanswered.
        assert_eq!(
            checklist_answers(
                &facts,
                &[Mark::NotSure, Mark::Unmarked, Mark::Unmarked],
                false
            ),
            Err(k::Q_ERROR_CHECKLIST)
        );
        // One ticked: the others are "no".
        assert_eq!(
            checklist_answers(&facts, &[Mark::Yes, Mark::Unmarked, Mark::NotSure], false),
            Ok(vec![
                (Fact::Veteran, yes),
                (Fact::Unemployed, no.clone()),
                (Fact::RuralMigrant, Answer::NotSure)
            ])
        );
        // "None of these": every unmarked item is "no", "not sure" stays.
        assert_eq!(
            checklist_answers(
                &facts,
                &[Mark::Unmarked, Mark::NotSure, Mark::Unmarked],
                true
            ),
            Ok(vec![
                (Fact::Veteran, no.clone()),
                (Fact::Unemployed, Answer::NotSure),
                (Fact::RuralMigrant, no)
            ])
        );
        // Every item marked "not sure": an answer, without a tick.
        assert!(checklist_answers(&facts, &[Mark::NotSure; 3], false).is_ok());
    }

    #[test]
    fn a_checklist_shows_none_of_these_when_that_was_the_answer() {
        let no = Some(Answer::Given(Value::Bool(false)));
        assert!(initial_none(&[
            (Fact::Veteran, no.clone()),
            (Fact::Woman, no.clone())
        ]));
        assert!(!initial_none(&[(Fact::Veteran, no), (Fact::Woman, None)]));
        assert!(!initial_none(&[(Fact::Veteran, Some(Answer::NotSure))]));
        assert!(PAGES.iter().any(|page| page.is_checklist()));
    }
}
