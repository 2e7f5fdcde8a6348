//! Shared by the test files: render a symbol and read it back with rqrr.

use skillcheck_qr::QrCode;

/// Pixels a module in the rendered images.
const SCALE: usize = 4;

/// The modules drawn by `svg_path`, parsed back: the path is a list of
/// `M{x},{y}h{n}v1h-{n}z` rectangles in view-box units (quiet zone included).
/// Panics on anything else, so it checks the path's form as well.
pub fn modules_from_svg(path: &str, view_box: usize) -> Vec<Vec<bool>> {
    let mut grid = vec![vec![false; view_box]; view_box];
    for rect in path.split_terminator('z') {
        let rest = rect.strip_prefix('M').expect("starts with M");
        let (x, rest) = rest.split_once(',').expect("M{x},{y}");
        let (y, rest) = rest.split_once('h').expect("then h{n}");
        let (n, back) = rest.split_once("v1h-").expect("then v1h-{n}");
        assert_eq!(n, back, "closes the rectangle it opened");
        let (x, y, n): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
        assert!(n > 0);
        for cell in &mut grid[y][x..x + n] {
            assert!(!*cell, "rectangles do not overlap");
            *cell = true;
        }
    }
    grid
}

/// Render the symbol as the app would show it (from the SVG path, with its
/// quiet zone) to a greyscale image, and decode it with rqrr: its metadata
/// and the raw bytes of the content.
pub fn decode(code: &QrCode) -> (rqrr::MetaData, Vec<u8>) {
    let view_box = code.view_box_size();
    assert_eq!(view_box, code.size() + 8);
    let grid = modules_from_svg(&code.svg_path(), view_box);
    for (y, row) in grid.iter().enumerate() {
        for (x, &dark) in row.iter().enumerate() {
            let module = x >= 4 && y >= 4 && code.dark(x - 4, y - 4);
            assert_eq!(
                dark, module,
                "the SVG path draws module ({x}, {y}) as dark()"
            );
        }
    }

    let pixels = view_box * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
        if grid[y / SCALE][x / SCALE] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "rqrr finds one symbol");
    let mut content = Vec::new();
    let meta = grids[0].decode_to(&mut content).expect("rqrr decodes it");
    (meta, content)
}

/// Decode and check what every symbol must satisfy: the content, level M
/// (format bits 00, which rqrr reports as 0), the version and mask.
pub fn assert_round_trip(data: &[u8]) -> QrCode {
    let code = skillcheck_qr::encode(data).expect("fits");
    let (meta, content) = decode(&code);
    assert_eq!(content, data);
    assert_eq!(meta.ecc_level, 0, "level M");
    assert_eq!(meta.version.0, usize::from(code.version()));
    assert_eq!(meta.mask, u16::from(code.mask()));
    assert_eq!(code.size(), 4 * usize::from(code.version()) + 17);
    code
}
