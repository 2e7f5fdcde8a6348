//! The person's session and the one reducer that changes it.
//!
//! Pure: no DOM, no storage, no globals. The reducer is given the page's fixed
//! [`Config`] as an argument and returns the next [`Session`]; what should
//! happen to the address is part of the result ([`Navigation`]), and the
//! hooks in `src/hooks/` carry it out.

use std::rc::Rc;

use skillcheck_engine::{evaluate, Answer, Answers, Evaluation, Fact, FactSet, Lang, RulePack};
use yew::Reducible;

use crate::config::Config;
use crate::interview::PageId;
use crate::route::Route;
use crate::settings::{Boot, Display};

/// A one-off message about what just happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Remembered answers could not be read, so the check starts again.
    Restarted,
    /// "Clear my answers" emptied this device's storage.
    Cleared,
    /// "Clear my answers" was pressed in another tab of this site.
    ClearedElsewhere,
    /// A kiosk was left idle and cleared for the next person.
    KioskWiped,
    /// A share link's code is damaged or of an unknown version.
    ShareUnreadable,
    /// A share link was made for a rule pack this build does not have.
    ShareOtherPack(String),
}

/// How a change of screen reaches the address bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A step forward: a new history entry.
    Push,
    /// A correction or a redirect: the current entry is replaced.
    Replace,
    /// The address already shows the screen (back, forward, a typed address).
    Keep,
}

/// The last change of screen, numbered so that the address hook and the
/// focus hook act on each change exactly once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Navigation {
    pub seq: u32,
    pub route: Route,
    pub history: History,
}

/// Answers a share link carries, waiting for the person to say whether they
/// replace the answers on screen.
#[derive(Clone, Debug)]
pub struct PendingShare {
    pub pack: &'static RulePack,
    pub answers: Answers,
    /// Where the person was, to go back to if they keep their own answers.
    pub return_to: Route,
}

/// The person's session: what they answered, where they are, how the page is shown.
#[derive(Clone, Debug)]
pub struct Session {
    /// The rule pack the answers are for (today's, or the one a share link named).
    pub pack: &'static RulePack,
    pub answers: Answers,
    /// The answers came from a share link: they are not remembered on this
    /// device unless the person asks.
    pub from_link: bool,
    /// The person pressed start (answers may still be empty on the first question).
    pub started: bool,
    pub route: Route,
    pub navigation: Navigation,
    /// The person is changing an answer from "check your answers": back returns there.
    pub changing: bool,
    /// A one-off message, shown until the next step.
    pub notice: Option<Notice>,
    pub display: Display,
    /// The person ticked "remember my answers on this device".
    pub remember: bool,
    /// How many times the person asked to clear: storage is erased on each.
    pub clears: u32,
    pub pending_share: Option<PendingShare>,
}

/// Rule packs are compared by identity: they are built in, one per document,
/// and comparing their contents on every render would cost more than the render.
fn same_pack(a: &RulePack, b: &RulePack) -> bool {
    std::ptr::eq(a, b)
}

impl PartialEq for PendingShare {
    fn eq(&self, other: &Self) -> bool {
        let PendingShare {
            pack,
            answers,
            return_to,
        } = self;
        same_pack(pack, other.pack) && *answers == other.answers && *return_to == other.return_to
    }
}

impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        // Every field, by name: a new field does not compile until it is compared.
        let Session {
            pack,
            answers,
            from_link,
            started,
            route,
            navigation,
            changing,
            notice,
            display,
            remember,
            clears,
            pending_share,
        } = self;
        same_pack(pack, other.pack)
            && *answers == other.answers
            && *from_link == other.from_link
            && *started == other.started
            && *route == other.route
            && *navigation == other.navigation
            && *changing == other.changing
            && *notice == other.notice
            && *display == other.display
            && *remember == other.remember
            && *clears == other.clears
            && *pending_share == other.pending_share
    }
}

/// Everything that can happen.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed under the app: back, forward, a typed or deep link.
    AddressChanged(Route),
    /// A link inside the app was followed.
    Open(Route),
    /// The start button.
    Begin,
    /// The answers given on a page of the interview.
    AnswerPage(Vec<(Fact, Answer)>),
    /// "Change" on the check page, for one page of answers.
    Change(PageId),
    /// "Back" on a question or the check page.
    Back,
    /// "See the results" on the check page.
    SeeResults,
    /// "Start again": forget every answer.
    StartAgain,
    /// "Remember my answers on this device", ticked or unticked.
    SetRemember(bool),
    /// Keep answers that came from a share link on this device after all.
    KeepLinkedAnswers,
    /// "Clear my answers": forget every answer and say so.
    ClearAnswers,
    /// Another tab of this site cleared what this device remembered.
    ClearedInAnotherTab,
    /// A kiosk's idle time ran out: forget everything, back to its settings.
    KioskWipe,
    /// A share link's answers replace the answers on screen.
    AcceptShared,
    /// A share link is set aside; the answers on screen stay.
    KeepMine,
    SetLang(Lang),
    ToggleLargeText,
}

impl Session {
    /// A new session for the page: remembered answers when the person asked
    /// this device to keep them, the display early.js chose, then the address.
    pub fn start(config: &Config, boot: &Boot, address: Route) -> Session {
        let mut session = Session {
            pack: config.pack,
            answers: Answers::new(),
            from_link: false,
            started: false,
            route: Route::Start,
            navigation: Navigation {
                seq: 0,
                route: Route::Start,
                history: History::Keep,
            },
            changing: false,
            notice: None,
            display: boot.start,
            remember: false,
            clears: 0,
            pending_share: None,
        };
        let mut notice = None;
        if config.can_remember && boot.remembering {
            session.remember = true;
            if let Some(code) = &boot.remembered_answers {
                let remembered = Answers::decode(code).ok().and_then(|(pack_id, answers)| {
                    let pack = config.library.by_id(&pack_id).ok()?;
                    Some((pack, answers))
                });
                match remembered {
                    Some((pack, answers)) => {
                        session.pack = pack;
                        session.answers = answers;
                        session.started = true;
                    }
                    // A damaged code, or one from a pack this build lacks: start again and say so.
                    None => notice = Some(Notice::Restarted),
                }
            }
        }
        let mut session = session.reduce(config, Action::AddressChanged(address));
        // "Start" pressed on the start screen before the app ran.
        if boot.begun && session.route == Route::Start {
            session = session.reduce(config, Action::Begin);
        }
        session.notice = session.notice.or(notice);
        session
    }

    /// The decisions for the current answers.
    pub fn evaluation(&self, config: &Config) -> Evaluation<'static> {
        evaluate(self.pack, &self.answers.profile(), config.today)
    }

    /// The facts whose answers could still change an outcome (answered or not).
    pub fn open_facts(&self, config: &Config) -> FactSet {
        self.evaluation(config).next_questions
    }

    /// The pages that still have a question to ask, in order.
    pub fn open_pages(&self, config: &Config) -> Vec<PageId> {
        let open = self.open_facts(config);
        PageId::all()
            .filter(|page| page.page().has_open(&self.answers, open))
            .collect()
    }

    /// Where the interview goes next: the first page with an open question, or the check page.
    fn next_route(&self, config: &Config) -> Route {
        self.open_pages(config)
            .first()
            .map_or(Route::Check, |page| Route::Question(*page))
    }

    /// The screen a requested address may show, given what has been answered.
    fn allowed(&self, config: &Config, route: Route) -> Route {
        match &route {
            Route::Start | Route::About | Route::Catalogue | Route::Institution(_) => route,
            _ if !self.started => Route::Start,
            Route::Question(page) => {
                let page = page.page();
                if page.has_answers(&self.answers)
                    || page.has_open(&self.answers, self.open_facts(config))
                {
                    route
                } else {
                    self.next_route(config)
                }
            }
            Route::Check | Route::Results => route,
            // A share address is opened by `reduce` and never stays on screen
            // without a pending share.
            Route::Shared(_) => self.route.clone(),
        }
    }

    /// Shows `route`, saying how the address follows. A kiosk never adds
    /// history entries: nothing of a person stays reachable with Back.
    fn go(&mut self, config: &Config, route: Route, history: History) {
        let history = match (history, config.kiosk) {
            (History::Push, Some(_)) => History::Replace,
            (history, _) => history,
        };
        self.changing = false;
        self.route = route.clone();
        self.navigation = Navigation {
            seq: self.navigation.seq.wrapping_add(1),
            route,
            history,
        };
    }

    /// A step forward in the interview or to another screen.
    fn step(&mut self, config: &Config, route: Route) {
        self.go(config, route, History::Push);
    }

    /// The screen before this one, for the back link.
    fn previous(&self) -> Route {
        let last_answered_before = |limit: Option<PageId>| {
            PageId::all()
                .filter(|page| limit.is_none_or(|limit| *page < limit))
                .filter(|page| page.page().has_answers(&self.answers))
                .last()
                .map_or(Route::Start, Route::Question)
        };
        match &self.route {
            Route::Question(_) if self.changing => Route::Check,
            Route::Question(page) => last_answered_before(Some(*page)),
            Route::Check => last_answered_before(None),
            Route::Results => Route::Check,
            _ => Route::Start,
        }
    }

    /// Opens a share link: its answers and its rule pack, straight to the
    /// results; first asks, when it would replace answers already on screen.
    /// A code that cannot be used leaves the answers as they were (none, for
    /// a newcomer: an empty interview) and says why.
    fn open_shared(&mut self, config: &Config, code: &str) {
        let notice = match Answers::decode(code) {
            Ok((pack_id, answers)) => match config.library.by_id(&pack_id) {
                Ok(pack) => {
                    let same = self.pack.id() == pack.id() && self.answers == answers;
                    if self.answers.is_empty() || same {
                        self.accept_shared(config, pack, answers);
                    } else {
                        self.pending_share = Some(PendingShare {
                            pack,
                            answers,
                            return_to: self.route.clone(),
                        });
                        self.route = Route::Shared(code.to_string());
                        self.navigation = Navigation {
                            seq: self.navigation.seq.wrapping_add(1),
                            route: self.route.clone(),
                            history: History::Keep,
                        };
                    }
                    return;
                }
                Err(_) => Notice::ShareOtherPack(pack_id),
            },
            Err(_) => Notice::ShareUnreadable,
        };
        self.started = true;
        self.notice = Some(notice);
        let next = self.next_route(config);
        self.go(config, next, History::Replace);
    }

    fn accept_shared(&mut self, config: &Config, pack: &'static RulePack, answers: Answers) {
        self.pack = pack;
        self.answers = answers;
        self.from_link = true;
        self.started = true;
        self.pending_share = None;
        // The share address does not stay in the address bar.
        self.go(config, Route::Results, History::Replace);
    }

    /// Forgets every answer and goes back to the start.
    fn forget(&mut self, config: &Config, history: History) {
        self.pack = config.pack;
        self.answers = Answers::new();
        self.from_link = false;
        self.started = false;
        self.pending_share = None;
        self.go(config, Route::Start, history);
    }

    /// Applies one action.
    pub fn reduce(&self, config: &Config, action: Action) -> Session {
        let mut next = self.clone();
        // A notice is about the step that raised it; the next step clears it.
        if matches!(
            action,
            Action::Open(_)
                | Action::Begin
                | Action::AnswerPage(_)
                | Action::Change(_)
                | Action::Back
                | Action::SeeResults
                | Action::StartAgain
                | Action::AcceptShared
                | Action::KeepMine
        ) {
            next.notice = None;
        }
        match action {
            Action::AddressChanged(Route::Shared(code)) => {
                next.notice = None;
                next.open_shared(config, &code);
            }
            Action::AddressChanged(route) => {
                let allowed = self.allowed(config, route.clone());
                if allowed != route {
                    // The address names a screen that cannot be shown: correct
                    // it, even when the screen itself does not change.
                    next.notice = None;
                    next.pending_share = None;
                    next.go(config, allowed, History::Replace);
                } else if route != self.route {
                    next.notice = None;
                    next.pending_share = None;
                    next.go(config, route, History::Keep);
                }
                // Otherwise the address already shows this screen: nothing changes.
            }
            Action::Open(route) => {
                let allowed = self.allowed(config, route);
                if allowed != self.route {
                    next.step(config, allowed);
                }
            }
            Action::Begin => {
                next.started = true;
                let route = next.next_route(config);
                next.step(config, route);
            }
            Action::AnswerPage(answers) => {
                // A value that does not fit its question is ignored rather than stored.
                for (fact, answer) in answers {
                    let _ = next.answers.set(fact, answer);
                }
                let route = next.next_route(config);
                next.step(config, route);
            }
            Action::Change(page) => {
                next.step(config, Route::Question(page));
                next.changing = true;
            }
            Action::Back => {
                let previous = self.previous();
                next.step(config, previous);
            }
            Action::SeeResults => next.step(config, Route::Results),
            Action::StartAgain => next.forget(config, History::Push),
            Action::SetRemember(remember) => {
                next.remember = remember && config.can_remember;
            }
            Action::KeepLinkedAnswers => next.from_link = false,
            Action::ClearAnswers => {
                next.forget(config, History::Push);
                next.remember = false;
                next.clears = self.clears.wrapping_add(1);
                next.notice = Some(Notice::Cleared);
            }
            Action::ClearedInAnotherTab => {
                if self.remember {
                    next.forget(config, History::Replace);
                    next.remember = false;
                    next.notice = Some(Notice::ClearedElsewhere);
                }
            }
            Action::KioskWipe => {
                next.forget(config, History::Replace);
                next.remember = false;
                next.display = config.home;
                next.notice = Some(Notice::KioskWiped);
            }
            Action::AcceptShared => {
                if let Some(pending) = self.pending_share.clone() {
                    next.accept_shared(config, pending.pack, pending.answers);
                }
            }
            Action::KeepMine => {
                if let Some(pending) = self.pending_share.clone() {
                    next.pending_share = None;
                    next.go(config, pending.return_to, History::Replace);
                }
            }
            Action::SetLang(lang) => next.display.lang = lang,
            Action::ToggleLargeText => next.display.large_text = !self.display.large_text,
        }
        next
    }
}

/// The reducer as Yew holds it: the fixed configuration beside the session.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    pub config: Rc<Config>,
    pub session: Session,
}

impl Reducible for Store {
    type Action = Action;

    /// An action that changes nothing (the address catching up with the
    /// screen) keeps the same store, so Yew skips the render.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let session = self.session.reduce(&self.config, action);
        if session == self.session {
            self
        } else {
            Rc::new(Store {
                config: self.config.clone(),
                session,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{CatalogueAddress, Kiosk, Settings};
    use skillcheck_engine::{Date, Value};

    fn config_with(kiosk: Option<Kiosk>, can_remember: bool) -> Config {
        let library = Box::leak(Box::new(
            skillcheck_engine::embedded().expect("the built-in packs are valid"),
        ));
        let today = Date::new(2020, 6, 1).expect("a date");
        Config {
            library,
            pack: Config::pack_for(library, today).expect("a pack"),
            today,
            kiosk,
            can_remember,
            home: Display {
                lang: Lang::Zh,
                large_text: false,
            },
            catalogue: CatalogueAddress::Default,
            site: "https://skillcheck.example/".to_string(),
        }
    }

    fn config() -> Config {
        config_with(None, false)
    }

    fn boot() -> Boot {
        Boot {
            settings: Settings::default(),
            remembering: false,
            remembered_answers: None,
            start: Display {
                lang: Lang::Zh,
                large_text: false,
            },
            begun: false,
        }
    }

    /// A session driven by a list of actions.
    struct Driver {
        config: Config,
        session: Session,
    }

    impl Driver {
        fn new() -> Driver {
            Driver::with(config())
        }

        fn with(config: Config) -> Driver {
            let session = Session::start(&config, &boot(), Route::Start);
            Driver { config, session }
        }

        fn act(mut self, action: Action) -> Driver {
            self.session = self.session.reduce(&self.config, action);
            self
        }

        fn route(&self) -> Route {
            self.session.route.clone()
        }
    }

    fn yes(fact: Fact) -> Action {
        Action::AnswerPage(vec![(fact, Answer::Given(Value::Bool(true)))])
    }

    fn no(fact: Fact) -> Action {
        Action::AnswerPage(vec![(fact, Answer::Given(Value::Bool(false)))])
    }

    /// The page that asks a fact.
    fn page(fact: Fact) -> Route {
        Route::Question(PageId::of(fact).expect("a page asks every fact"))
    }

    #[test]
    fn the_interview_starts_with_the_tie_to_wulong_as_a_step_forward() {
        let driver = Driver::new().act(Action::Begin);
        assert_eq!(driver.route(), page(Fact::WulongTie));
        assert_eq!(driver.session.navigation.history, History::Push);
        assert_eq!(driver.session.navigation.route, driver.route());
    }

    #[test]
    fn the_address_catching_up_with_the_screen_changes_nothing() {
        let driver = Driver::new().act(Action::Begin).act(yes(Fact::WulongTie));
        let store = Rc::new(Store {
            config: Rc::new(driver.config.clone()),
            session: driver.session.clone(),
        });
        let caught_up = Reducible::reduce(
            store.clone(),
            Action::AddressChanged(driver.session.route.clone()),
        );
        assert!(
            Rc::ptr_eq(&store, &caught_up),
            "the same store, so no render"
        );
        let moved = Reducible::reduce(store.clone(), Action::AddressChanged(Route::About));
        assert!(!Rc::ptr_eq(&store, &moved));
        assert_eq!(moved.session.navigation.history, History::Keep);
    }

    #[test]
    fn no_tie_to_wulong_goes_straight_to_the_check_page() {
        let driver = Driver::new().act(Action::Begin).act(no(Fact::WulongTie));
        assert_eq!(driver.route(), Route::Check);
    }

    #[test]
    fn not_sure_is_an_answer_and_is_not_asked_again() {
        let driver = Driver::new()
            .act(Action::Begin)
            .act(yes(Fact::WulongTie))
            .act(Action::AnswerPage(vec![(
                Fact::EnterpriseEmployee,
                Answer::NotSure,
            )]));
        assert!(driver.session.answers.is_answered(Fact::EnterpriseEmployee));
        let open = driver.session.open_facts(&driver.config);
        assert!(
            !PageId::all().any(|id| id.page().has_open(&driver.session.answers, open)
                && id.page().facts().contains(&Fact::EnterpriseEmployee)
                && id.page().facts().len() == 1),
            "not asked again"
        );
    }

    #[test]
    fn a_deep_link_to_a_question_before_any_answer_is_corrected_to_the_start() {
        let driver = Driver::new().act(Action::AddressChanged(page(Fact::Veteran)));
        assert_eq!(driver.route(), Route::Start);
        assert_eq!(driver.session.navigation.history, History::Replace);
        assert_eq!(driver.session.navigation.route, Route::Start);
        let driver = driver.act(Action::AddressChanged(Route::Results));
        assert_eq!(driver.route(), Route::Start);
    }

    #[test]
    fn an_address_that_names_a_screen_not_shown_is_corrected_even_when_the_screen_stays() {
        // Clear, then Back to a question's address: the start screen stays,
        // and the address must say so.
        let driver = Driver::new()
            .act(Action::Begin)
            .act(yes(Fact::WulongTie))
            .act(Action::ClearAnswers);
        assert_eq!(driver.route(), Route::Start);
        let seq = driver.session.navigation.seq;
        let driver = driver.act(Action::AddressChanged(page(Fact::EnterpriseEmployee)));
        assert_eq!(driver.route(), Route::Start);
        assert_eq!(driver.session.navigation.history, History::Replace);
        assert_eq!(driver.session.navigation.route, Route::Start);
        assert_ne!(driver.session.navigation.seq, seq, "a new instruction");
    }

    #[test]
    fn a_deep_link_to_a_question_that_no_longer_matters_goes_to_the_next_one() {
        let driver = Driver::new()
            .act(Action::Begin)
            .act(no(Fact::WulongTie))
            .act(Action::AddressChanged(page(Fact::Veteran)));
        assert_eq!(driver.route(), Route::Check);
    }

    #[test]
    fn back_to_an_answered_question_is_allowed_and_changing_it_moves_on() {
        let driver = Driver::new()
            .act(Action::Begin)
            .act(yes(Fact::WulongTie))
            .act(Action::AddressChanged(page(Fact::WulongTie)));
        assert_eq!(driver.route(), page(Fact::WulongTie));
        let driver = driver.act(no(Fact::WulongTie));
        assert_eq!(driver.route(), Route::Check);
    }

    #[test]
    fn the_back_link_goes_to_the_previous_answered_question_or_the_start() {
        let driver = Driver::new().act(Action::Begin);
        assert_eq!(driver.session.previous(), Route::Start);
        let driver = driver.act(yes(Fact::WulongTie));
        let next = driver.route();
        let driver = driver.act(Action::Back);
        assert_eq!(driver.route(), page(Fact::WulongTie));
        assert_ne!(next, driver.route());
    }

    /// Answers every page until the check page: yes to the tie, then no,
    /// the first choice, or not sure.
    fn answer_everything(mut driver: Driver) -> Driver {
        let mut pages = 0;
        while let Route::Question(id) = driver.route() {
            let open = driver.session.open_facts(&driver.config);
            let answers = id
                .page()
                .shown(&driver.session.answers, open)
                .into_iter()
                .map(|fact| {
                    let answer = match fact.info().kind {
                        _ if fact == Fact::WulongTie => Answer::Given(Value::Bool(true)),
                        skillcheck_engine::FactKind::Bool => Answer::Given(Value::Bool(false)),
                        skillcheck_engine::FactKind::Choice(_) => Answer::Given(Value::Choice(0)),
                        _ => Answer::NotSure,
                    };
                    (fact, answer)
                })
                .collect();
            driver = driver.act(Action::AnswerPage(answers));
            pages += 1;
            assert!(
                pages <= crate::interview::PAGES.len(),
                "a page was asked twice"
            );
        }
        driver
    }

    #[test]
    fn a_change_from_the_check_page_returns_there_when_nothing_new_is_open() {
        let driver = answer_everything(Driver::new().act(Action::Begin));
        assert_eq!(driver.route(), Route::Check);
        let woman = PageId::of(Fact::Woman).expect("a page");
        let driver = driver.act(Action::Change(woman));
        assert_eq!(driver.route(), page(Fact::Woman));
        assert_eq!(
            driver.session.previous(),
            Route::Check,
            "back returns to the check page"
        );
        let driver = driver.act(yes(Fact::Woman));
        assert_eq!(driver.route(), Route::Check);
    }

    #[test]
    fn start_again_forgets_every_answer() {
        let driver = Driver::new()
            .act(Action::Begin)
            .act(yes(Fact::WulongTie))
            .act(Action::StartAgain);
        assert!(driver.session.answers.is_empty());
        assert_eq!(driver.route(), Route::Start);
    }

    fn shared(driver: &Driver) -> Action {
        Action::AddressChanged(Route::Shared(
            driver.session.answers.encode(driver.session.pack.id()),
        ))
    }

    #[test]
    fn a_share_link_opens_the_same_answers_at_the_results_and_leaves_the_address() {
        let sender = Driver::new()
            .act(Action::Begin)
            .act(yes(Fact::WulongTie))
            .act(yes(Fact::Veteran));
        let opened = Driver::new().act(shared(&sender));
        assert_eq!(opened.route(), Route::Results);
        assert_eq!(opened.session.answers, sender.session.answers);
        assert!(opened.session.started);
        assert!(opened.session.from_link);
        assert_eq!(opened.session.notice, None);
        assert_eq!(opened.session.navigation.history, History::Replace);
        assert_eq!(
            opened.session.evaluation(&opened.config),
            sender.session.evaluation(&sender.config)
        );
    }

    #[test]
    fn a_share_link_asks_before_replacing_answers_on_screen() {
        let sender = Driver::new()
            .act(Action::Begin)
            .act(yes(Fact::WulongTie))
            .act(yes(Fact::Veteran));
        let mine = Driver::new()
            .act(Action::Begin)
            .act(yes(Fact::WulongTie))
            .act(no(Fact::EnterpriseEmployee));
        let asked = mine.act(shared(&sender));
        assert!(matches!(asked.route(), Route::Shared(_)));
        assert!(asked.session.pending_share.is_some());
        let kept = Driver {
            config: asked.config.clone(),
            session: asked.session.clone(),
        }
        .act(Action::KeepMine);
        assert_eq!(
            kept.session
                .answers
                .profile()
                .flag(Fact::EnterpriseEmployee),
            Some(false)
        );
        assert!(!kept.session.from_link);
        assert!(kept.session.pending_share.is_none());
        let replaced = asked.act(Action::AcceptShared);
        assert_eq!(replaced.route(), Route::Results);
        assert_eq!(replaced.session.answers, sender.session.answers);
        assert!(replaced.session.from_link);
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
            let opened = Driver::new().act(Action::AddressChanged(Route::Shared(code.to_string())));
            assert_eq!(
                opened.session.notice,
                Some(Notice::ShareUnreadable),
                "{code}"
            );
            assert!(opened.session.answers.is_empty());
            assert_eq!(opened.route(), page(Fact::WulongTie), "{code}");
        }
    }

    #[test]
    fn a_share_link_for_an_unknown_rule_pack_is_named_and_keeps_the_answers_given() {
        let mine = Driver::new().act(Action::Begin).act(yes(Fact::WulongTie));
        let answers = mine.session.answers.clone();
        let opened = mine.act(Action::AddressChanged(Route::Shared(
            "1~some-future-plan~ay".to_string(),
        )));
        assert_eq!(
            opened.session.notice,
            Some(Notice::ShareOtherPack("some-future-plan".to_string()))
        );
        assert_eq!(
            opened.session.answers, answers,
            "nothing the person entered is lost"
        );
        let next = opened.act(no(Fact::EnterpriseEmployee));
        assert_eq!(next.session.notice, None, "the next step clears the notice");
    }

    #[test]
    fn clearing_forgets_the_answers_and_the_wish_to_remember() {
        let driver = Driver::with(config_with(None, true))
            .act(Action::SetRemember(true))
            .act(Action::Begin)
            .act(yes(Fact::WulongTie));
        assert!(driver.session.remember);
        let cleared = driver.act(Action::ClearAnswers);
        assert!(cleared.session.answers.is_empty());
        assert!(!cleared.session.remember);
        assert_eq!(cleared.session.clears, 1);
        assert_eq!(cleared.route(), Route::Start);
        assert_eq!(cleared.session.notice, Some(Notice::Cleared));
    }

    #[test]
    fn a_clear_in_another_tab_is_honoured_only_when_remembering() {
        let remembering = Driver::with(config_with(None, true))
            .act(Action::SetRemember(true))
            .act(Action::Begin)
            .act(yes(Fact::WulongTie))
            .act(Action::ClearedInAnotherTab);
        assert!(!remembering.session.remember);
        assert!(remembering.session.answers.is_empty());
        assert_eq!(remembering.session.notice, Some(Notice::ClearedElsewhere));
        let not = Driver::new()
            .act(Action::Begin)
            .act(yes(Fact::WulongTie))
            .act(Action::ClearedInAnotherTab);
        assert!(!not.session.answers.is_empty());
    }

    #[test]
    fn remembering_is_refused_where_storage_is_not_offered() {
        let driver = Driver::new().act(Action::SetRemember(true));
        assert!(!driver.session.remember);
    }

    #[test]
    fn a_kiosk_replaces_history_entries_and_its_wipe_restores_its_own_settings() {
        let kiosk = config_with(Some(Kiosk { idle_seconds: 60 }), false);
        let driver = Driver::with(kiosk).act(Action::Begin);
        assert_eq!(driver.session.navigation.history, History::Replace);
        let driver = driver
            .act(Action::SetLang(Lang::En))
            .act(Action::ToggleLargeText)
            .act(yes(Fact::WulongTie))
            .act(Action::Back);
        assert_eq!(driver.session.navigation.history, History::Replace);
        let wiped = driver.act(Action::KioskWipe);
        assert!(wiped.session.answers.is_empty());
        assert!(!wiped.session.started);
        assert_eq!(wiped.route(), Route::Start);
        assert_eq!(wiped.session.navigation.history, History::Replace);
        assert_eq!(wiped.session.display, wiped.config.home);
        assert_eq!(wiped.session.notice, Some(Notice::KioskWiped));
    }

    #[test]
    fn language_and_text_size_do_not_change_the_screen_or_the_address() {
        let driver = Driver::new().act(Action::Begin);
        let navigation = driver.session.navigation.clone();
        let driver = driver
            .act(Action::SetLang(Lang::En))
            .act(Action::ToggleLargeText);
        assert_eq!(driver.session.display.lang, Lang::En);
        assert!(driver.session.display.large_text);
        assert_eq!(driver.session.navigation, navigation);
    }

    #[test]
    fn remembered_answers_resume_and_unreadable_ones_restart_with_a_notice() {
        let config = config_with(None, true);
        let mut remembered = boot();
        remembered.remembering = true;
        let mut answers = Answers::new();
        answers
            .set(Fact::WulongTie, Answer::Given(Value::Bool(true)))
            .expect("a fitting answer");
        remembered.remembered_answers = Some(answers.encode(config.pack.id()));
        let session = Session::start(&config, &remembered, Route::Start);
        assert!(session.remember);
        assert_eq!(session.answers, answers);
        assert!(session.started);
        remembered.remembered_answers = Some("1~wulong-2019~damaged?".to_string());
        let session = Session::start(&config, &remembered, Route::Start);
        assert!(session.answers.is_empty());
        assert_eq!(session.notice, Some(Notice::Restarted));
    }

    #[test]
    fn start_pressed_before_the_app_ran_begins_the_interview() {
        let config = config();
        let mut begun = boot();
        begun.begun = true;
        let session = Session::start(&config, &begun, Route::Start);
        assert_eq!(session.route, page(Fact::WulongTie));
    }
}
