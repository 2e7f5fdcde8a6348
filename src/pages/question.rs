//! One question per page, GOV.UK style: a heading that is the question, a
//! plain-language explanation with the official term, the options, and Continue.

use skillcheck_engine::facts::LEVEL_CHOICES;
use skillcheck_engine::{Answer, Certificate, Fact, FactKind, Lang, Value};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::{label, t, t_with};

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
struct Draft {
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
    let mut options: Vec<(String, String)> = match fact.info().kind {
        FactKind::Bool => vec![
            ("yes".into(), t(lang, "q.yes")),
            ("no".into(), t(lang, "q.no")),
        ],
        FactKind::Choice(choices) => choices
            .iter()
            .enumerate()
            .map(|(index, choice)| (index.to_string(), label(lang, choice.zh, choice.en)))
            .collect(),
        FactKind::CertificateList => vec![
            ("none".into(), t(lang, "q.certs.none")),
            ("some".into(), t(lang, "q.certs.some")),
        ],
        FactKind::Certificate => vec![("some".into(), t(lang, "q.planned.some"))],
    };
    let not_sure = match fact.info().kind {
        FactKind::Certificate => t(lang, "q.planned.undecided"),
        _ => t(lang, "q.not_sure"),
    };
    options.push(("not_sure".into(), not_sure));
    if fact.info().sensitive {
        options.push(("prefer_not".into(), t(lang, "q.prefer_not")));
    }
    options
}

/// Turns the form into an answer, or the key of the error to show.
fn answer_from(fact: Fact, selected: &Selected, drafts: &[Draft]) -> Result<Answer, &'static str> {
    let Some(selected) = selected.as_deref() else {
        return Err("q.error_choose");
    };
    let certificates = || -> Result<Vec<Certificate>, &'static str> {
        let filled: Vec<Certificate> = drafts
            .iter()
            .filter(|draft| !draft.occupation.trim().is_empty())
            .map(|draft| Certificate {
                occupation: draft.occupation.trim().to_string(),
                level: draft.level,
            })
            .collect();
        if filled.is_empty() {
            Err("q.error_occupation")
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
            .and_then(|list| list.into_iter().next().ok_or("q.error_occupation"))
            .map(|certificate| Answer::Given(Value::Certificate(certificate))),
        (index, FactKind::Choice(choices)) => index
            .parse::<u8>()
            .ok()
            .filter(|index| (*index as usize) < choices.len())
            .map(|index| Answer::Given(Value::Choice(index)))
            .ok_or("q.error_choose"),
        _ => Err("q.error_choose"),
    }
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionProps) -> Html {
    let QuestionProps { fact, lang, .. } = *props;
    let start = initial(&props.answer);
    let selected = use_state(|| start.0.clone());
    let drafts = use_state(|| start.1.clone());
    let error = use_state(|| None::<&'static str>);
    let error_ref = use_node_ref();

    {
        // Move focus to the error summary when one appears, so it is read out.
        let error_ref = error_ref.clone();
        use_effect_with(*error, move |error| {
            if error.is_some() {
                if let Some(element) = error_ref.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }

    let key = fact.key();
    let onsubmit = {
        let (selected, drafts, error, on_answer) = (
            selected.clone(),
            drafts.clone(),
            error.clone(),
            props.on_answer.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match answer_from(fact, &selected, &drafts) {
                Ok(answer) => {
                    error.set(None);
                    on_answer.emit(answer);
                }
                Err(message) => error.set(Some(message)),
            }
        })
    };
    let on_back = {
        let on_back = props.on_back.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            on_back.emit(());
        })
    };

    let radios = options(fact, lang).into_iter().map(|(id, label)| {
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
    let certificate_fields = wants_certificates.then(|| {
        let several = fact.info().kind == FactKind::CertificateList;
        let rows = drafts.iter().enumerate().map(|(index, draft)| {
            let occupation_id = format!("{key}-occupation-{index}");
            let level_id = format!("{key}-level-{index}");
            let on_occupation = {
                let drafts = drafts.clone();
                Callback::from(move |event: InputEvent| {
                    let value = event.target_unchecked_into::<HtmlInputElement>().value();
                    let mut next = (*drafts).clone();
                    if let Some(draft) = next.get_mut(index) {
                        draft.occupation = value;
                    }
                    drafts.set(next);
                })
            };
            let on_level = {
                let drafts = drafts.clone();
                Callback::from(move |event: Event| {
                    let value = event.target_unchecked_into::<HtmlSelectElement>().value();
                    let mut next = (*drafts).clone();
                    if let (Some(draft), Ok(level)) = (next.get_mut(index), value.parse::<u8>()) {
                        draft.level = level;
                    }
                    drafts.set(next);
                })
            };
            let on_remove = {
                let drafts = drafts.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut next = (*drafts).clone();
                    if next.len() > 1 {
                        next.remove(index);
                    }
                    drafts.set(next);
                })
            };
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
                        <legend>{ t_with(lang, "q.certs.entry", &[("n", &(index + 1).to_string())]) }</legend>
                    }
                    <label for={occupation_id.clone()}>{ t(lang, "q.occupation") }</label>
                    <p class="hint" id={format!("{occupation_id}-hint")}>{ t(lang, "q.occupation_hint") }</p>
                    <input type="text" id={occupation_id.clone()} class="text-input"
                        aria-describedby={format!("{occupation_id}-hint")}
                        value={draft.occupation.clone()} oninput={on_occupation} autocomplete="off" />
                    <label for={level_id.clone()}>{ t(lang, "q.level") }</label>
                    <select id={level_id} class="select" onchange={on_level}>{ for levels }</select>
                    if several && drafts.len() > 1 {
                        <button type="button" class="button secondary" onclick={on_remove}>{ t(lang, "q.certs.remove") }</button>
                    }
                </fieldset>
            }
        });
        let on_add = {
            let drafts = drafts.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*drafts).clone();
                next.push(Draft::default());
                drafts.set(next);
            })
        };
        html! {
            <div class="certificates">
                { for rows }
                if several && drafts.len() < 5 {
                    <button type="button" class="button secondary" onclick={on_add}>{ t(lang, "q.certs.add") }</button>
                }
            </div>
        }
    });

    let info = fact.info();
    let title = t(lang, &format!("q.{key}.title"));
    html! {
        <>
            <a href="#" class="back-link" onclick={on_back}>{ t(lang, "q.back") }</a>
            if let Some(message) = *error {
                <div class="error-summary" role="alert" tabindex="-1" ref={error_ref}>
                    <h2>{ t(lang, "q.error_heading") }</h2>
                    <p><a href={format!("#{key}-first")}>{ t(lang, message) }</a></p>
                </div>
            }
            <form {onsubmit} novalidate=true>
                <fieldset class="question" aria-describedby={format!("{key}-help")}>
                    <legend>
                        <span class="progress">{ t_with(lang, "q.progress", &[("n", &props.number.to_string()), ("m", &props.at_most_more.to_string())]) }</span>
                        <h1 id="main-heading" tabindex="-1">{ title }</h1>
                    </legend>
                    <div class="help" id={format!("{key}-help")}>
                        <p>{ t(lang, &format!("q.{key}.help")) }</p>
                        <p class="term"><span>{ t(lang, "q.official_term") }{ "：" }</span><span lang="zh-CN">{ info.term_zh }</span></p>
                        if info.sensitive {
                            <p class="sensitive">{ t(lang, "q.sensitive") }</p>
                        }
                    </div>
                    if error.is_some() {
                        <p class="error-message" id={format!("{key}-first")}>{ t(lang, error.unwrap_or("q.error_choose")) }</p>
                    }
                    <div class="radios">{ for radios }</div>
                    { for certificate_fields }
                </fieldset>
                <button type="submit" class="button primary">{ t(lang, "q.continue") }</button>
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
            Err("q.error_occupation")
        );
        assert_eq!(
            answer_from(Fact::Veteran, &None, &[]),
            Err("q.error_choose")
        );
        assert_eq!(
            answer_from(Fact::Hukou, &Some("1".into()), &[]),
            Ok(Answer::Given(Value::Choice(1)))
        );
        assert_eq!(
            answer_from(Fact::Hukou, &Some("9".into()), &[]),
            Err("q.error_choose")
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
