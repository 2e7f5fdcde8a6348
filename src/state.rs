//! The app's one state and the one reducer that changes it.
//!
//! Everything here is pure: no DOM, no storage. The app applies the side
//! effects (address, storage, focus) after each change, from [`State`].

use std::rc::Rc;

use skillcheck_engine::{evaluate, Answer, Answers, Date, Evaluation, Fact, Lang, RulePack};
use yew::Reducible;

use crate::catalogue_source;
use crate::route::Route;
use crate::settings::Kiosk;

/// A one-off message about what just happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Remembered answers could not be read, so the check starts again.
    Restarted,
    /// "Clear my answers" emptied this device's storage.
    Cleared,
    /// A kiosk was left idle and cleared for the next person.
    KioskWiped,
    /// A share link's code is damaged or of an unknown version.
    ShareUnreadable,
    /// A share link was made for a rule pack this build does not have.
    ShareOtherPack(String),
}

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
    /// A one-off message about what just happened, shown above the screen
    /// until the next step.
    pub notice: Option<Notice>,
    /// The person ticked "remember my answers on this device".
    pub remember: bool,
    /// Storage may be offered: it works here and this is not a kiosk.
    pub can_remember: bool,
    /// Kiosk mode (a shared device), from the address.
    pub kiosk: Option<Kiosk>,
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
    /// "Remember my answers on this device", ticked or unticked.
    SetRemember(bool),
    /// "Clear my answers": forget every answer and say so.
    ClearAnswers,
    /// A kiosk's idle time ran out: forget everything, back to its settings.
    KioskWipe {
        lang: Lang,
        large_text: bool,
    },
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
            notice: None,
            remember: false,
            can_remember: false,
            kiosk: None,
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
            // Opened by `reduce` before it gets here.
            Route::Check | Route::Results | Route::Shared(_) => route.clone(),
        }
    }

    /// Opens a share link: its answers and its rule pack, straight to the
    /// results. A code that cannot be used leaves the answers as they were
    /// (none, for a newcomer: an empty interview) and says why.
    fn open_shared(&mut self, code: &str) {
        self.started = true;
        self.return_to_check = false;
        let notice = match Answers::decode(code) {
            Ok((pack_id, answers)) => {
                let pack = crate::policy::library()
                    .ok()
                    .and_then(|library| library.by_id(&pack_id).ok());
                match pack {
                    Some(pack) => {
                        self.pack = pack;
                        self.answers = answers;
                        self.route = Route::Results;
                        return;
                    }
                    None => Notice::ShareOtherPack(pack_id),
                }
            }
            Err(_) => Notice::ShareUnreadable,
        };
        self.notice = Some(notice);
        self.route = self.next_route();
    }

    /// Forgets every answer and goes back to the start.
    fn forget(&mut self) {
        self.answers = Answers::new();
        self.started = false;
        self.return_to_check = false;
        self.route = Route::Start;
    }

    /// Applies one action.
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        next.push_history = true;
        // A notice is about the step that raised it; the next step clears it.
        // (The address catching up with the screen is not a step.)
        if !matches!(
            action,
            Action::Navigate(_)
                | Action::SetLang(_)
                | Action::ToggleLargeText
                | Action::CatalogueLoaded(_)
                | Action::SetRemember(_)
        ) {
            next.notice = None;
        }
        match action {
            Action::Navigate(Route::Shared(code)) => {
                next.push_history = false;
                next.open_shared(&code);
            }
            Action::Navigate(route) => {
                next.push_history = false;
                next.route = self.allowed(route);
                if next.route != self.route {
                    next.notice = None;
                } else {
                    // The address catching up with this screen: nothing changes.
                    next.push_history = self.push_history;
                }
                if !matches!(next.route, Route::Question(_)) {
                    next.return_to_check = false;
                }
            }
            Action::Begin => {
                next.started = true;
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
            Action::StartAgain => next.forget(),
            Action::SetRemember(remember) => {
                next.remember = remember && self.can_remember;
                next.push_history = false;
            }
            Action::ClearAnswers => {
                next.forget();
                next.remember = false;
                next.notice = Some(Notice::Cleared);
            }
            Action::KioskWipe { lang, large_text } => {
                next.forget();
                next.remember = false;
                next.lang = lang;
                next.large_text = large_text;
                next.notice = Some(Notice::KioskWiped);
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

    /// An action that changes nothing (the address catching up with the
    /// screen after each step) keeps the same state, so Yew skips the render.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = State::reduce(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
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

    fn shared(state: &State) -> Action {
        Action::Navigate(Route::Shared(state.answers.encode(state.pack.id())))
    }

    #[test]
    fn a_share_link_opens_the_same_answers_at_the_results() {
        let sender = state()
            .reduce(Action::Begin)
            .reduce(yes(Fact::WulongTie))
            .reduce(yes(Fact::Veteran));
        let opened = state().reduce(shared(&sender));
        assert_eq!(opened.route, Route::Results);
        assert_eq!(opened.answers, sender.answers);
        assert!(opened.started);
        assert_eq!(opened.notice, None);
        assert!(
            !opened.push_history,
            "the share address is replaced, not kept"
        );
        assert_eq!(opened.evaluation(), sender.evaluation());
    }

    #[test]
    fn a_damaged_share_link_says_so_and_opens_an_empty_interview() {
        for code in [
            "",
            "1~",
            "9~wulong~ay",
            "1~wulong-2019~a?",
            "garbage",
            "1~x~ay.ay",
        ] {
            let opened = state().reduce(Action::Navigate(Route::Shared(code.to_string())));
            assert_eq!(opened.notice, Some(Notice::ShareUnreadable), "{code}");
            assert!(opened.answers.is_empty());
            assert_eq!(opened.route, Route::Question(Fact::WulongTie), "{code}");
        }
    }

    #[test]
    fn a_share_link_for_an_unknown_rule_pack_is_named_and_keeps_the_answers_given() {
        let mine = state().reduce(Action::Begin).reduce(yes(Fact::WulongTie));
        let opened = mine.reduce(Action::Navigate(Route::Shared(
            "1~some-future-plan~ay".to_string(),
        )));
        assert_eq!(
            opened.notice,
            Some(Notice::ShareOtherPack("some-future-plan".to_string()))
        );
        assert_eq!(
            opened.answers, mine.answers,
            "nothing the person entered is lost"
        );
        // The next step clears the notice.
        let next = opened.reduce(no(Fact::EnterpriseEmployee));
        assert_eq!(next.notice, None);
    }

    #[test]
    fn clearing_forgets_the_answers_and_the_wish_to_remember() {
        let mut state = state();
        state.can_remember = true;
        let state = state
            .reduce(Action::SetRemember(true))
            .reduce(Action::Begin)
            .reduce(yes(Fact::WulongTie));
        assert!(state.remember);
        let cleared = state.reduce(Action::ClearAnswers);
        assert!(cleared.answers.is_empty());
        assert!(!cleared.remember);
        assert_eq!(cleared.route, Route::Start);
        assert_eq!(cleared.notice, Some(Notice::Cleared));
    }

    #[test]
    fn remembering_is_refused_where_storage_is_not_offered() {
        let state = state().reduce(Action::SetRemember(true));
        assert!(!state.remember);
    }

    #[test]
    fn a_kiosk_wipe_restores_its_own_settings() {
        let state = state()
            .reduce(Action::Begin)
            .reduce(Action::SetLang(Lang::En))
            .reduce(Action::ToggleLargeText)
            .reduce(yes(Fact::WulongTie));
        let wiped = state.reduce(Action::KioskWipe {
            lang: Lang::Zh,
            large_text: false,
        });
        assert!(wiped.answers.is_empty());
        assert!(!wiped.started);
        assert_eq!(wiped.route, Route::Start);
        assert_eq!((wiped.lang, wiped.large_text), (Lang::Zh, false));
        assert_eq!(wiped.notice, Some(Notice::KioskWiped));
    }

    #[test]
    fn the_address_catching_up_with_the_screen_changes_nothing() {
        let state = Rc::new(state().reduce(Action::Begin).reduce(yes(Fact::WulongTie)));
        let caught_up = Reducible::reduce(state.clone(), Action::Navigate(state.route.clone()));
        assert!(
            Rc::ptr_eq(&state, &caught_up),
            "the same state, so no render"
        );
        let moved = Reducible::reduce(state.clone(), Action::Navigate(Route::About));
        assert!(!Rc::ptr_eq(&state, &moved));
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
