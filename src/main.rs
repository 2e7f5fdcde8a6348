// Talc instead of Rust's default allocator (dlmalloc) in the WebAssembly:
// 2 KiB smaller under brotli. Only the app's own build: native tools and
// the browser tests keep their default.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    skillcheck_app::start();
}
