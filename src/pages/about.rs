//! About the plan: the document's facts, the yearly targets (the body's and
//! 附件1's totals, which disagree, shown as printed) and 附件1's departments.

use skillcheck_engine::{Lang, RulePack};
use yew::prelude::*;

use crate::i18n::{format_date, k, pick, t};
use crate::route::Route;

#[derive(PartialEq)]
pub struct AboutProps {
    pub lang: Lang,
    pub pack: &'static RulePack,
}

/// A bar chart of the two sets of yearly targets, as SVG (no inline styles).
fn targets_chart(lang: Lang, pack: &RulePack) -> Html {
    let targets = &pack.targets;
    let largest = targets
        .body
        .iter()
        .chain(targets.annex_total.iter())
        .copied()
        .max()
        .unwrap_or(1)
        .max(1);
    // Bars are at most 200 units long; whole units are precise enough for a picture.
    let length = |value: u32| -> u32 { value.saturating_mul(200) / largest };
    let rows = targets.years.iter().enumerate().map(|(index, year)| {
        let y = 8 + index * 56;
        let body = targets.body.get(index).copied().unwrap_or(0);
        let annex = targets.annex_total.get(index).copied().unwrap_or(0);
        html! {
            <g>
                <text x="0" y={(y + 26).to_string()} class="chart-year">{ year }</text>
                <rect x="48" y={y.to_string()} height="20" width={length(body).to_string()} class="bar-body" />
                <text x={(54 + length(body)).to_string()} y={(y + 15).to_string()} class="chart-value">{ body }</text>
                <rect x="48" y={(y + 24).to_string()} height="20" width={length(annex).to_string()} class="bar-annex" />
                <text x={(54 + length(annex)).to_string()} y={(y + 39).to_string()} class="chart-value">{ annex }</text>
            </g>
        }
    });
    let height = 8 + targets.years.len() * 56;
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 300 {height}")} role="img" aria-labelledby="chart-caption">
                { for rows }
            </svg>
            <figcaption id="chart-caption">
                { t(lang, k::ABOUT_CHART_LABEL) }
                <span class="legend"><span class="swatch bar-body" aria-hidden="true"></span>{ t(lang, k::ABOUT_BODY_TARGETS) }</span>
                <span class="legend"><span class="swatch bar-annex" aria-hidden="true"></span>{ t(lang, k::ABOUT_ANNEX_TARGETS) }</span>
            </figcaption>
        </figure>
    }
}

/// The screen (a function: it holds no state).
pub fn about_page(props: &AboutProps) -> Html {
    let lang = props.lang;
    let pack = props.pack;
    let document = &pack.document;
    let targets = &pack.targets;
    let annex_rows = pack.annex1.iter().map(|row| {
        let figures = if row.targets.is_empty() {
            t(lang, k::ABOUT_NO_TARGETS).to_string()
        } else {
            row.targets.iter().map(u32::to_string).collect::<Vec<_>>().join(" / ")
        };
        let leads: Vec<&str> = row.lead.iter().map(|id| pack.department_name(id, lang)).collect();
        html! {
            <tr>
                <td data-label={t(lang, k::ABOUT_ROW)}>{ row.row }</td>
                <td data-label={t(lang, k::ABOUT_TASK)}>{ row.task.get(lang) }</td>
                <td data-label={t(lang, k::ABOUT_LEAD_DEPARTMENT)}>{ leads.join(pick(lang, "、", "; ")) }</td>
                <td data-label={t(lang, k::ABOUT_TARGETS)}>{ figures }</td>
            </tr>
        }
    });
    let target_rows = targets.years.iter().enumerate().map(|(index, year)| {
        html! {
            <tr>
                <th scope="row">{ year }</th>
                <td>{ targets.body.get(index).copied().unwrap_or(0) }</td>
                <td>{ targets.annex_total.get(index).copied().unwrap_or(0) }</td>
            </tr>
        }
    });
    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ t(lang, k::ABOUT_HEADING) }</h1>
            <p>{ t(lang, k::ABOUT_LEAD) }</p>
            <dl class="facts document">
                <dt>{ t(lang, k::START_BASED_ON) }</dt>
                <dd lang="zh-CN">{ format!("《{}》", document.title.zh) }</dd>
                if lang == Lang::En {
                    <dd>{ &*document.title.en }</dd>
                }
                <dt>{ t(lang, k::ABOUT_NUMBER) }</dt><dd>{ &*document.number }</dd>
                <dt>{ t(lang, k::ABOUT_ISSUER) }</dt><dd>{ document.issuer.get(lang) }</dd>
                <dt>{ t(lang, k::ABOUT_ISSUED) }</dt><dd>{ format_date(lang, document.issued) }</dd>
                <dt>{ t(lang, k::ABOUT_EFFECTIVE) }</dt><dd>{ format_date(lang, document.effective) }</dd>
                <dt>{ t(lang, k::ABOUT_PERIOD) }</dt>
                <dd>{ format!("{} – {}", format_date(lang, document.period_start), format_date(lang, document.period_end)) }</dd>
                <dt>{ t(lang, k::ABOUT_PARENTS) }</dt><dd>{ document.parents.join(pick(lang, "、", "; ")) }</dd>
            </dl>
            <h2>{ t(lang, k::ABOUT_TARGETS_HEADING) }</h2>
            <table class="targets">
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, k::ABOUT_YEAR) }</th>
                        <th scope="col">{ t(lang, k::ABOUT_BODY_TARGETS) }</th>
                        <th scope="col">{ t(lang, k::ABOUT_ANNEX_TARGETS) }</th>
                    </tr>
                </thead>
                <tbody>{ for target_rows }</tbody>
            </table>
            <p class="notice">{ targets.note.get(lang) }</p>
            { targets_chart(lang, pack) }
            <h2>{ t(lang, k::ABOUT_ANNEX_HEADING) }</h2>
            <table class="annex">
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, k::ABOUT_ROW) }</th>
                        <th scope="col">{ t(lang, k::ABOUT_TASK) }</th>
                        <th scope="col">{ t(lang, k::ABOUT_LEAD_DEPARTMENT) }</th>
                        <th scope="col">{ t(lang, k::ABOUT_TARGETS) }</th>
                    </tr>
                </thead>
                <tbody>{ for annex_rows }</tbody>
            </table>
            <p><a href={Route::Start.to_hash()}>{ t(lang, k::ABOUT_BACK) }</a></p>
        </>
    }
}
