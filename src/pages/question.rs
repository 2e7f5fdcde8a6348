//! One question per page, GOV.UK style: a heading that is the question, a
//! plain-language explanation with the official term, the options, and Continue.

use skillcheck_engine::facts::LEVEL_CHOICES;
use skillcheck_engine::{Answer, Certificate, Fact, FactKind, Lang, Value};
use yew::prelude::*;

use crate::hooks::{use_focus_each, use_jump};
use crate::i18n::{self, k, label, t, t_with, Key};
use crate::web::form;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub fact: Fact,
    pub lang: Lang,
    /// The answer given before, if any, to show selected.
    pub answer: Option<Answer>,
    /// This question's number, and the most that can follow.
    pub number: usize,
    pub at_most_more: usize,
    pub on_answer: Callback<Answer>,
    pub on_back: Callback<()>,
}

/// The option chosen among radio buttons, by id.
type Selected = Option<String>;

/// One certificate being typed in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    occupation: String,
    level: u8,
}

fn initial(answer: &Option<Answer>) -> (Selected, Vec<Draft>) {
    let drafts = |list: &[Certificate]| {
        list.iter()
            .map(|certificate| Draft {
                occupation: certificate.occupation.clone(),
                level: certificate.level,
            })
            .collect::<Vec<_>>()
    };
    match answer {
        None => (None, vec![Draft::default()]),
        Some(Answer::NotSure) => (Some("not_sure".into()), vec![Draft::default()]),
        Some(Answer::PreferNotToSay) => (Some("prefer_not".into()), vec![Draft::default()]),
        Some(Answer::Given(Value::Bool(true))) => (Some("yes".into()), vec![Draft::default()]),
        Some(Answer::Given(Value::Bool(false))) => (Some("no".into()), vec![Draft::default()]),
        Some(Answer::Given(Value::Choice(index))) => {
            (Some(index.to_string()), vec![Draft::default()])
        }
        Some(Answer::Given(Value::Certificates(list))) if list.is_empty() => {
            (Some("none".into()), vec![Draft::default()])
        }
        Some(Answer::Given(Value::Certificates(list))) => (Some("some".into()), drafts(list)),
        Some(Answer::Given(Value::Certificate(certificate))) => (
            Some("some".into()),
            drafts(std::slice::from_ref(certificate)),
        ),
    }
}

/// The options of a question: (id, label).
fn options(fact: Fact, lang: Lang) -> Vec<(String, String)> {
    let text = |key: Key| t(lang, key).to_string();
    let mut options: Vec<(String, String)> = match fact.info().kind {
        FactKind::Bool => vec![("yes".into(), text(k::Q_YES)), ("no".into(), text(k::Q_NO))],
        FactKind::Choice(choices) => choices
            .iter()
            .enumerate()
            .map(|(index, choice)| (index.to_string(), label(lang, choice.zh, choice.en)))
            .collect(),
        FactKind::CertificateList => vec![
            ("none".into(), text(k::Q_CERTS_NONE)),
            ("some".into(), text(k::Q_CERTS_SOME)),
        ],
        FactKind::Certificate => vec![("some".into(), text(k::Q_PLANNED_SOME))],
    };
    let not_sure = match fact.info().kind {
        FactKind::Certificate => k::Q_PLANNED_UNDECIDED,
        _ => k::Q_NOT_SURE,
    };
    options.push(("not_sure".into(), text(not_sure)));
    if fact.info().sensitive {
        options.push(("prefer_not".into(), text(k::Q_PREFER_NOT)));
    }
    options
}

/// Turns the form into an answer, or the key of the error to show.
fn answer_from(fact: Fact, selected: &Selected, drafts: &[Draft]) -> Result<Answer, Key> {
    let Some(selected) = selected.as_deref() else {
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
        (index, FactKind::Choice(choices)) => index
            .parse::<u8>()
            .ok()
            .filter(|index| (*index as usize) < choices.len())
            .map(|index| Answer::Given(Value::Choice(index)))
            .ok_or(k::Q_ERROR_CHOOSE),
        _ => Err(k::Q_ERROR_CHOOSE),
    }
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

#[derive(PartialEq)]
struct CertificateFieldsProps {
    fact: Fact,
    lang: Lang,
    drafts: Vec<Draft>,
    on_change: Callback<Vec<Draft>>,
}

/// The occupation and level of each certificate, with "add" and "remove"
/// for the list of certificates already subsidised.
fn certificate_fields(props: &CertificateFieldsProps) -> Html {
    let CertificateFieldsProps { fact, lang, .. } = *props;
    let key = fact.key();
    let several = fact.info().kind == FactKind::CertificateList;
    let drafts = &props.drafts;
    let rows = drafts.iter().enumerate().map(|(index, draft)| {
        let occupation_id = format!("{key}-occupation-{index}");
        let level_id = format!("{key}-level-{index}");
        let on_occupation = edit_drafts(drafts, &props.on_change, |event: &InputEvent| form::input_value(event), move |next, value| {
            if let Some(draft) = next.get_mut(index) {
                draft.occupation = value;
            }
        });
        let on_level = edit_drafts(drafts, &props.on_change, |event: &Event| form::value_of(event), move |next, value| {
            if let (Some(draft), Ok(level)) = (next.get_mut(index), value.parse::<u8>()) {
                draft.level = level;
            }
        });
        let on_remove = edit_drafts(drafts, &props.on_change, |_: &MouseEvent| String::new(), move |next, _| {
            if next.len() > 1 {
                next.remove(index);
            }
        });
        let levels = LEVEL_CHOICES.iter().enumerate().map(|(level, choice)| {
            html! {
                <option value={level.to_string()} selected={draft.level as usize == level}>
                    { label(lang, choice.zh, choice.en) }
                </option>
            }
        });
        html! {
            <fieldset class="certificate">
                if several {
                    <legend>{ t_with(lang, k::Q_CERTS_ENTRY, &[("n", &(index + 1).to_string())]) }</legend>
                }
                <label for={occupation_id.clone()}>{ t(lang, k::Q_OCCUPATION) }</label>
                <p class="hint" id={format!("{occupation_id}-hint")}>{ t(lang, k::Q_OCCUPATION_HINT) }</p>
                <input type="text" id={occupation_id.clone()} class="text-input"
                    aria-describedby={format!("{occupation_id}-hint")}
                    value={draft.occupation.clone()} oninput={on_occupation} autocomplete="off" />
                <label for={level_id.clone()}>{ t(lang, k::Q_LEVEL) }</label>
                <select id={level_id} class="select" onchange={on_level}>{ for levels }</select>
                if several && drafts.len() > 1 {
                    <button type="button" class="button secondary" onclick={on_remove}>{ t(lang, k::Q_CERTS_REMOVE) }</button>
                }
            </fieldset>
        }
    });
    let on_add = edit_drafts(
        drafts,
        &props.on_change,
        |_: &MouseEvent| String::new(),
        |next, _| next.push(Draft::default()),
    );
    html! {
        <div class="certificates">
            { for rows }
            if several && drafts.len() < 5 {
                <button type="button" class="button secondary" onclick={on_add}>{ t(lang, k::Q_CERTS_ADD) }</button>
            }
        </div>
    }
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionProps) -> Html {
    let QuestionProps { fact, lang, .. } = *props;
    let start = initial(&props.answer);
    let selected = use_state(|| start.0.clone());
    let drafts = use_state(|| start.1.clone());
    let error = use_state(|| None::<Key>);
    // Each Continue without an answer: the summary takes focus again, so it is read again.
    let attempts = use_state(|| 0_u32);
    use_focus_each("error-summary", *attempts);
    let key = fact.key();
    let choices = options(fact, lang);
    let first_option = choices
        .first()
        .map(|(id, _)| format!("{key}-{id}"))
        .unwrap_or_default();
    let on_error_link = use_jump(first_option);

    let onsubmit = {
        let (selected, drafts, error, attempts, on_answer) = (
            selected.clone(),
            drafts.clone(),
            error.clone(),
            attempts.clone(),
            props.on_answer.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match answer_from(fact, &selected, &drafts) {
                Ok(answer) => {
                    error.set(None);
                    on_answer.emit(answer);
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

    let radios = choices.into_iter().map(|(id, label)| {
        let input_id = format!("{key}-{id}");
        let checked = selected.as_deref() == Some(id.as_str());
        let onchange = {
            let (selected, id) = (selected.clone(), id.clone());
            Callback::from(move |_: Event| selected.set(Some(id.clone())))
        };
        html! {
            <div class="radio">
                <input type="radio" id={input_id.clone()} name={key} value={id.clone()} {checked} {onchange} />
                <label for={input_id}>{ label }</label>
            </div>
        }
    });
    let wants_certificates = matches!(
        fact.info().kind,
        FactKind::CertificateList | FactKind::Certificate
    ) && selected.as_deref() == Some("some");
    let on_drafts = {
        let drafts = drafts.clone();
        Callback::from(move |next: Vec<Draft>| drafts.set(next))
    };

    let info = fact.info();
    let (title, help) = i18n::question(fact);
    html! {
        <>
            <a href="#" class="back-link" onclick={on_back}>{ t(lang, k::Q_BACK) }</a>
            if let Some(message) = *error {
                <div class="error-summary" role="alert" id="error-summary" tabindex="-1">
                    <h2>{ t(lang, k::Q_ERROR_HEADING) }</h2>
                    <p><a href={format!("#{key}-first")} onclick={on_error_link}>{ t(lang, message) }</a></p>
                </div>
            }
            <form {onsubmit} novalidate=true>
                <fieldset class="question" aria-describedby={format!("{key}-help")}>
                    <legend>
                        <span class="progress">{ t_with(lang, k::Q_PROGRESS, &[("n", &props.number.to_string()), ("m", &props.at_most_more.to_string())]) }</span>
                        <h1 id="main-heading" tabindex="-1">{ t(lang, title) }</h1>
                    </legend>
                    <div class="help" id={format!("{key}-help")}>
                        <p>{ t(lang, help) }</p>
                        <p class="term"><span>{ t(lang, k::Q_OFFICIAL_TERM) }{ "：" }</span><span lang="zh-CN">{ info.term_zh }</span></p>
                        if info.sensitive {
                            <p class="sensitive">{ t(lang, k::Q_SENSITIVE) }</p>
                        }
                    </div>
                    if let Some(message) = *error {
                        <p class="error-message" id={format!("{key}-first")}>{ t(lang, message) }</p>
                    }
                    <div class="radios">{ for radios }</div>
                    if wants_certificates {
                        { certificate_fields(&CertificateFieldsProps { fact, lang, drafts: (*drafts).clone(), on_change: on_drafts }) }
                    }
                </fieldset>
                <button type="submit" class="button primary">{ t(lang, k::Q_CONTINUE) }</button>
            </form>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_offers_not_sure_and_only_sensitive_ones_offer_prefer_not() {
        for fact in Fact::ALL {
            let ids: Vec<String> = options(fact, Lang::Zh)
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            assert!(ids.contains(&"not_sure".to_string()), "{fact}");
            assert_eq!(
                ids.contains(&"prefer_not".to_string()),
                fact.info().sensitive,
                "{fact}"
            );
        }
    }

    #[test]
    fn a_form_becomes_the_answer_it_shows() {
        let some = Some("some".to_string());
        let drafts = [
            Draft {
                occupation: " 电工 ".into(),
                level: 1,
            },
            Draft::default(),
        ];
        assert_eq!(
            answer_from(Fact::CertificatesThisYear, &some, &drafts),
            Ok(Answer::Given(Value::Certificates(vec![Certificate {
                occupation: "电工".into(),
                level: 1
            }])))
        );
        assert_eq!(
            answer_from(Fact::PlannedCertificate, &some, &[Draft::default()]),
            Err(k::Q_ERROR_OCCUPATION)
        );
        assert_eq!(
            answer_from(Fact::Veteran, &None, &[]),
            Err(k::Q_ERROR_CHOOSE)
        );
        assert_eq!(
            answer_from(Fact::Hukou, &Some("1".into()), &[]),
            Ok(Answer::Given(Value::Choice(1)))
        );
        assert_eq!(
            answer_from(Fact::Hukou, &Some("9".into()), &[]),
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
            let (selected, drafts) = initial(&Some(answer.clone()));
            assert_eq!(answer_from(fact, &selected, &drafts), Ok(answer));
        }
    }
}
