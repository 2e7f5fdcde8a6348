//! The app's one state and the one reducer that changes it.
//!
//! Everything here is pure: no DOM, no storage. The app applies the side
//! effects (address, storage, focus) after each change, from [`State`].

use std::rc::Rc;

use skillcheck_engine::{evaluate, Answer, Answers, Date, Evaluation, Fact, Lang, RulePack};
use yew::Reducible;

use crate::catalogue_source;
use crate::route::Route;

/// What the app knows and shows.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub answers: Answers,
    /// The person pressed start (answers may still be empty on the first question).
    pub started: bool,
    pub route: Route,
    pub lang: Lang,
    pub large_text: bool,
    /// The day the checker decides for (today, on the device).
    pub today: Date,
    /// The person came to a question from "check your answers" and goes back there.
    pub return_to_check: bool,
    /// Whether the last route change should add a browser history entry
    /// (a step forward) or replace the current one (a redirect).
    pub push_history: bool,
    /// Saved answers could not be read and the check started again.
    pub restarted: bool,
    /// The rule pack, chosen by `today`.
    pub pack: &'static RulePack,
    /// The institution catalogue, once loaded.
    pub catalogue: Option<Rc<catalogue_source::Loaded>>,
}

/// Everything that can happen.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed: a link, back or forward, or a deep link.
    Navigate(Route),
    /// The start button.
    Begin,
    /// An answer to a question.
    Answer(Fact, Answer),
    /// "Change" on the check page.
    Change(Fact),
    /// "See the results" on the check page.
    SeeResults,
    /// "Start again": forget every answer.
    StartAgain,
    SetLang(Lang),
    ToggleLargeText,
    /// The catalogue finished loading (the deployment's, or the sample).
    CatalogueLoaded(Rc<catalogue_source::Loaded>),
}

impl State {
    pub fn new(pack: &'static RulePack, today: Date) -> State {
        State {
            answers: Answers::new(),
            started: false,
            route: Route::Start,
            lang: Lang::Zh,
            large_text: false,
            today,
            return_to_check: false,
            push_history: false,
            restarted: false,
            pack,
            catalogue: None,
        }
    }

    /// The decisions for the current answers.
    pub fn evaluation(&self) -> Evaluation<'static> {
        evaluate(self.pack, &self.answers.profile(), self.today)
    }

    /// The questions still worth asking, in order.
    pub fn open_questions(&self) -> Vec<Fact> {
        self.answers.open_questions(&self.evaluation())
    }

    /// Where the interview goes next: the first open question, or the check page.
    fn next_route(&self) -> Route {
        self.open_questions()
            .first()
            .map_or(Route::Check, |fact| Route::Question(*fact))
    }

    /// The screen a requested address may show, given what has been answered.
    fn allowed(&self, route: Route) -> Route {
        match &route {
            Route::Start | Route::About | Route::Catalogue | Route::Institution(_) => route,
            _ if !self.started => Route::Start,
            Route::Question(fact) => {
                let fact = *fact;
                let relevant = self.evaluation().next_questions.contains(fact);
                if self.answers.is_answered(fact) || relevant {
                    route.clone()
                } else {
                    self.next_route()
                }
            }
            Route::Check | Route::Results => route.clone(),
        }
    }

    /// Applies one action.
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        next.push_history = true;
        match action {
            Action::Navigate(route) => {
                next.push_history = false;
                next.route = self.allowed(route);
                if !matches!(next.route, Route::Question(_)) {
                    next.return_to_check = false;
                }
            }
            Action::Begin => {
                next.started = true;
                next.restarted = false;
                next.return_to_check = false;
                next.route = next.next_route();
            }
            Action::Answer(fact, answer) => {
                // A value that does not fit the question is ignored rather than stored.
                if next.answers.set(fact, answer).is_ok() {
                    next.route = next.next_route();
                    if next.route == Route::Check {
                        next.return_to_check = false;
                    }
                }
            }
            Action::Change(fact) => {
                next.return_to_check = true;
                next.route = Route::Question(fact);
            }
            Action::SeeResults => {
                next.return_to_check = false;
                next.route = Route::Results;
            }
            Action::StartAgain => {
                next.answers = Answers::new();
                next.started = false;
                next.return_to_check = false;
                next.restarted = false;
                next.route = Route::Start;
            }
            Action::SetLang(lang) => {
                next.lang = lang;
                next.push_history = false;
            }
            Action::ToggleLargeText => {
                next.large_text = !self.large_text;
                next.push_history = false;
            }
            Action::CatalogueLoaded(loaded) => {
                next.catalogue = Some(loaded);
                next.push_history = false;
            }
        }
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State::reduce(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use skillcheck_engine::Value;

    fn state() -> State {
        let library = Box::leak(Box::new(
            skillcheck_engine::embedded().expect("the built-in packs are valid"),
        ));
        let today = Date::new(2020, 6, 1).expect("a date");
        State::new(library.for_date(today).expect("a pack"), today)
    }

    fn yes(fact: Fact) -> Action {
        Action::Answer(fact, Answer::Given(Value::Bool(true)))
    }

    fn no(fact: Fact) -> Action {
        Action::Answer(fact, Answer::Given(Value::Bool(false)))
    }

    #[test]
    fn the_interview_starts_with_the_tie_to_wulong() {
        let state = state().reduce(Action::Begin);
        assert_eq!(state.route, Route::Question(Fact::WulongTie));
        assert!(state.push_history);
    }

    #[test]
    fn the_first_question_survives_its_own_address_change() {
        let state = state().reduce(Action::Begin);
        let state = state.reduce(Action::Navigate(Route::Question(Fact::WulongTie)));
        assert_eq!(state.route, Route::Question(Fact::WulongTie));
    }

    #[test]
    fn no_tie_to_wulong_goes_straight_to_the_check_page() {
        let state = state().reduce(Action::Begin).reduce(no(Fact::WulongTie));
        assert_eq!(state.route, Route::Check);
    }

    #[test]
    fn not_sure_is_an_answer_and_is_not_asked_again() {
        let state = state()
            .reduce(Action::Begin)
            .reduce(yes(Fact::WulongTie))
            .reduce(Action::Answer(Fact::EnterpriseEmployee, Answer::NotSure));
        assert_eq!(state.route, Route::Question(Fact::Apprentice));
        assert!(!state.open_questions().contains(&Fact::EnterpriseEmployee));
    }

    #[test]
    fn a_deep_link_to_a_question_before_any_answer_goes_to_the_start() {
        let state = state().reduce(Action::Navigate(Route::Question(Fact::Veteran)));
        assert_eq!(state.route, Route::Start);
        assert!(!state.push_history, "a redirect replaces the address");
        let state = state.reduce(Action::Navigate(Route::Results));
        assert_eq!(state.route, Route::Start);
    }

    #[test]
    fn a_deep_link_to_a_question_that_no_longer_matters_goes_to_the_next_one() {
        let state = state().reduce(Action::Begin).reduce(no(Fact::WulongTie));
        let state = state.reduce(Action::Navigate(Route::Question(Fact::Veteran)));
        assert_eq!(state.route, Route::Check);
    }

    #[test]
    fn back_to_an_answered_question_is_allowed_and_changing_it_moves_on() {
        let state = state()
            .reduce(Action::Begin)
            .reduce(yes(Fact::WulongTie))
            .reduce(Action::Navigate(Route::Question(Fact::WulongTie)));
        assert_eq!(state.route, Route::Question(Fact::WulongTie));
        let state = state.reduce(no(Fact::WulongTie));
        assert_eq!(state.route, Route::Check);
    }

    #[test]
    fn a_change_from_the_check_page_returns_there_when_nothing_new_is_open() {
        let mut state = state().reduce(Action::Begin);
        // Answer every question "no" until the check page.
        while let Route::Question(fact) = state.route {
            let answer = if fact == Fact::WulongTie {
                yes(fact)
            } else {
                match fact.info().kind {
                    skillcheck_engine::FactKind::Bool => no(fact),
                    skillcheck_engine::FactKind::Choice(_) => {
                        Action::Answer(fact, Answer::Given(Value::Choice(0)))
                    }
                    _ => Action::Answer(fact, Answer::NotSure),
                }
            };
            state = state.reduce(answer);
        }
        assert_eq!(state.route, Route::Check);
        let state = state.reduce(Action::Change(Fact::Woman));
        assert_eq!(state.route, Route::Question(Fact::Woman));
        assert!(state.return_to_check);
        let state = state.reduce(yes(Fact::Woman));
        assert_eq!(state.route, Route::Check);
        assert!(!state.return_to_check);
    }

    #[test]
    fn start_again_forgets_every_answer() {
        let state = state()
            .reduce(Action::Begin)
            .reduce(yes(Fact::WulongTie))
            .reduce(Action::StartAgain);
        assert!(state.answers.is_empty());
        assert_eq!(state.route, Route::Start);
    }

    #[test]
    fn language_and_text_size_do_not_add_history_entries() {
        let state = state()
            .reduce(Action::Begin)
            .reduce(Action::SetLang(Lang::En))
            .reduce(Action::ToggleLargeText);
        assert_eq!(state.lang, Lang::En);
        assert!(state.large_text);
        assert!(!state.push_history);
        assert_eq!(state.route, Route::Question(Fact::WulongTie));
    }
}
