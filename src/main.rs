fn main() {
    skillcheck_app::start();
}
