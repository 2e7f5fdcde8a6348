//! A small QR Code encoder for the checker's share link.
//!
//! It implements the subset of ISO/IEC 18004 that a link shown on a screen
//! needs, and nothing more, because it ships inside the WebAssembly app where
//! every kilobyte counts:
//!
//! - byte mode only (a URL is bytes; no numeric, alphanumeric or kanji
//!   segments, no ECI, no structured append);
//! - error-correction level M only (about 15 % recovery, ample for a phone
//!   reading a screen, at a smaller symbol than Q or H);
//! - versions 1 to 20 (21 to 97 modules a side, up to 666 bytes), the
//!   smallest that fits being chosen;
//! - all eight masks, chosen by the standard penalty score.
//!
//! The code has no dependencies, no floating point and no formatting
//! machinery, and no input makes it panic: data longer than a version 20
//! symbol holds gives [`QrError::TooLong`].
//!
//! ```
//! let code = skillcheck_qr::encode(b"https://example.org/").unwrap();
//! assert_eq!(code.version(), 2);
//! assert_eq!(code.size(), 25);
//! assert_eq!(code.view_box_size(), 33);
//! // `<svg viewBox="0 0 33 33"><path d="{code.svg_path()}"/></svg>`
//! assert!(code.svg_path().starts_with("M4,4h7v1h-7z"));
//! ```

#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// Why data could not be encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    /// The data is longer than [`MAX_LEN`] bytes, the most a version 20
    /// symbol holds at level M.
    TooLong,
}

/// The largest version this encoder makes.
pub const MAX_VERSION: u8 = 20;

/// The most bytes it encodes (version 20, level M, byte mode).
pub const MAX_LEN: usize = 666;

// Level M, versions 1 to 20 (ISO/IEC 18004 table 9): error-correction
// codewords in each block, and the number of blocks. How many data codewords
// each block gets follows from the version's total codeword count.
const ECC_PER_BLOCK: [u8; 20] = [
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
];
const BLOCKS: [u8; 20] = [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
];

// Distance between alignment pattern centres, versions 2 to 20 (annex E).
// The first centre is at 6, the last at size - 7, the rest spaced by this
// step back from the last.
const ALIGN_STEP: [u8; 19] = [
    12, 16, 20, 24, 28, 16, 18, 20, 22, 24, 26, 28, 20, 22, 24, 24, 26, 28, 28,
];

// Module flags in the grid.
const DARK: u8 = 1;
const FUNCTION: u8 = 2;

/// An encoded symbol: a square of light and dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    version: u8,
    mask: u8,
    size: usize,
    // One byte a module, row by row: DARK, and FUNCTION for the patterns.
    modules: Vec<u8>,
}

/// Encode `data` in byte mode at level M, in the smallest version that holds
/// it.
pub fn encode(data: &[u8]) -> Result<QrCode, QrError> {
    let len = data.len();
    let mut version = 1;
    while len > capacity(version) {
        if version == MAX_VERSION as usize {
            return Err(QrError::TooLong);
        }
        version += 1;
    }
    let codewords = add_ecc(version, &data_codewords(version, data));

    let mut code = QrCode::blank(version);
    code.draw_function_patterns();
    code.draw_codewords(&codewords);

    // Try every mask; keep the one with the lowest penalty.
    let mut best = (u32::MAX, 0);
    for mask in 0..8 {
        code.apply_mask(mask);
        code.draw_format(mask);
        let score = code.penalty();
        if score < best.0 {
            best = (score, mask);
        }
        code.apply_mask(mask); // undo: the mask is an XOR
    }
    code.mask = best.1;
    code.apply_mask(best.1);
    code.draw_format(best.1);
    Ok(code)
}

impl QrCode {
    /// An all-light symbol of `version` (1–20), before anything is drawn.
    fn blank(version: usize) -> QrCode {
        let size = 4 * version + 17;
        QrCode {
            version: version as u8,
            mask: 0,
            size,
            modules: vec![0; size * size],
        }
    }

    /// Modules a side: 4 × version + 17.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The version, 1 to 20.
    pub fn version(&self) -> u8 {
        self.version
    }

    /// The mask pattern chosen, 0 to 7.
    pub fn mask(&self) -> u8 {
        self.mask
    }

    /// Whether the module at column `x`, row `y` is dark; (0, 0) is the top
    /// left. Outside the symbol is light.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x] & DARK != 0
    }

    /// Width and height of the SVG view box: the symbol and a quiet zone of
    /// four modules on every side.
    pub fn view_box_size(&self) -> usize {
        self.size + 8
    }

    /// The `d` attribute of an SVG path that draws the dark modules, one
    /// rectangle for each horizontal run, offset by the 4-module quiet zone.
    /// Use it with `viewBox="0 0 N N"`, N = [`view_box_size`](Self::view_box_size),
    /// and `shape-rendering="crispEdges"` for sharp edges.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.dark(x, y) {
                    x += 1;
                }
                d.push('M');
                push_num(&mut d, start + 4);
                d.push(',');
                push_num(&mut d, y + 4);
                d.push('h');
                push_num(&mut d, x - start);
                d.push_str("v1h-");
                push_num(&mut d, x - start);
                d.push('z');
            }
        }
        d
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        self.modules[y * self.size + x] = FUNCTION | dark as u8;
    }

    fn draw_function_patterns(&mut self) {
        let size = self.size;
        let version = self.version as usize;

        // Timing patterns along row 6 and column 6.
        for i in 8..size - 8 {
            self.set(i, 6, i % 2 == 0);
            self.set(6, i, i % 2 == 0);
        }

        // Finder patterns, 7 × 7, dark but for the ring at distance 2, with
        // a light separator around them (distance 4, clipped at the edges).
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            self.draw_rings(cx, cy, 4, 0b10100);
        }

        // Alignment patterns, 5 × 5, dark but for the ring at distance 1, at
        // every pair of centres save the three where the finders are.
        if version >= 2 {
            let count = version / 7 + 2;
            let step = ALIGN_STEP[version - 2] as usize;
            let centre = |k: usize| {
                if k == 0 {
                    6
                } else {
                    size - 7 - (count - 1 - k) * step
                }
            };
            for i in 0..count {
                for j in 0..count {
                    if i.min(j) != 0 || (i.max(j) != 0 && i.max(j) != count - 1) {
                        self.draw_rings(centre(j), centre(i), 2, 0b10);
                    }
                }
            }
        }

        // Reserve the format areas (drawn for real once the mask is chosen)
        // and set the dark module beside the bottom-left finder.
        self.draw_format(0);
        self.set(8, size - 8, true);

        // Version information, versions 7 and up: 6 bits and a BCH(18, 6)
        // remainder, in a 3 × 6 block beside the top-right finder and its
        // transpose beside the bottom-left one.
        if version >= 7 {
            let bits = bch(version as u32, 12, 0x1F25);
            for i in 0..18 {
                let dark = (bits >> i) & 1 != 0;
                let (a, b) = (size - 11 + i % 3, i / 3);
                self.set(a, b, dark);
                self.set(b, a, dark);
            }
        }
    }

    /// Concentric square rings up to distance `radius` from (`cx`, `cy`), light
    /// at the distances whose bits are set in `light`, and clipped to the
    /// symbol.
    fn draw_rings(&mut self, cx: usize, cy: usize, radius: usize, light: u8) {
        for dy in 0..=2 * radius {
            for dx in 0..=2 * radius {
                // Left of or above the symbol wraps round to a large number.
                let (x, y) = (
                    (cx + dx).wrapping_sub(radius),
                    (cy + dy).wrapping_sub(radius),
                );
                if x < self.size && y < self.size {
                    let d = dx.abs_diff(radius).max(dy.abs_diff(radius));
                    self.set(x, y, (light >> d) & 1 == 0);
                }
            }
        }
    }

    /// Format information: level M (00) and the mask, with its BCH(15, 5)
    /// remainder, XORed with 101010000010010; one copy around the top-left
    /// finder, one split between the other two.
    fn draw_format(&mut self, mask: u8) {
        let bits = bch(mask as u32, 10, 0x537) ^ 0x5412;
        let size = self.size;
        for i in 0..15 {
            let dark = (bits >> i) & 1 != 0;
            let (x, y) = match i {
                0..=5 => (8, i),
                6 | 7 => (8, i + 1),
                8 => (7, 8),
                _ => (14 - i, 8),
            };
            self.set(x, y, dark);
            let (x, y) = if i < 8 {
                (size - 1 - i, 8)
            } else {
                (8, size - 15 + i)
            };
            self.set(x, y, dark);
        }
    }

    /// Place the codeword bits, most significant first, in two-module-wide
    /// columns zigzagging up and down from the right edge, skipping function
    /// modules and the vertical timing column. The modules left over (the
    /// remainder bits, up to 7) are zero bits, masked like the rest.
    fn draw_codewords(&mut self, codewords: &[u8]) {
        let size = self.size;
        let mut bit = 0;
        let mut right = size - 1;
        let mut upward = true;
        loop {
            for k in 0..size {
                let y = if upward { size - 1 - k } else { k };
                for x in [right, right - 1] {
                    let m = &mut self.modules[y * size + x];
                    if *m & FUNCTION == 0 {
                        if let Some(&byte) = codewords.get(bit / 8) {
                            *m = (byte >> (7 - bit % 8)) & 1;
                        }
                        bit += 1;
                    }
                }
            }
            if right < 2 {
                return;
            }
            upward = !upward;
            right -= 2;
            if right == 6 {
                right = 5;
            }
        }
    }

    /// XOR the data modules with mask pattern `mask` (i = row, j = column).
    fn apply_mask(&mut self, mask: u8) {
        let size = self.size;
        for (n, m) in self.modules.iter_mut().enumerate() {
            let (i, j) = (n / size, n % size);
            let flip = match mask {
                0 => (i + j) % 2 == 0,
                1 => i % 2 == 0,
                2 => j % 3 == 0,
                3 => (i + j) % 3 == 0,
                4 => (i / 2 + j / 3) % 2 == 0,
                5 => i * j % 2 + i * j % 3 == 0,
                6 => (i * j % 2 + i * j % 3) % 2 == 0,
                _ => ((i + j) % 2 + i * j % 3) % 2 == 0,
            };
            if flip && *m & FUNCTION == 0 {
                *m ^= DARK;
            }
        }
    }

    /// The penalty score of the symbol as it stands (ISO/IEC 18004 7.8.3).
    fn penalty(&self) -> u32 {
        let size = self.size;
        let mut score = 0;

        // Rules 1 and 3 look along each row and each column.
        for a in 0..size * 2 {
            let (a, row) = (a / 2, a % 2 == 0);
            score += line_penalty((0..size).map(|b| {
                if row {
                    self.dark(b, a)
                } else {
                    self.dark(a, b)
                }
            }));
        }

        // Rule 2: 3 for each 2 × 2 block of one colour.
        for y in 1..size {
            for x in 1..size {
                let c = self.dark(x, y);
                if c == self.dark(x - 1, y)
                    && c == self.dark(x, y - 1)
                    && c == self.dark(x - 1, y - 1)
                {
                    score += 3;
                }
            }
        }

        // Rule 4: 10 for each full 5 % the dark share is away from 50 %.
        let total = size * size;
        let dark = self.modules.iter().filter(|&&m| m & DARK != 0).count();
        score + 10 * ((dark * 20).abs_diff(total * 10) / total) as u32
    }
}

/// Rules 1 and 3 along one row or column: 3 + (n - 5) for each run of n ≥ 5
/// modules of one colour, and 40 for each 1:1:3:1:1 finder-like pattern with
/// four light modules before or after it (the quiet zone outside counts as
/// light; a pattern with light on both sides counts once, as in the 2015
/// edition's "existence of the pattern").
fn line_penalty(line: impl Iterator<Item = bool>) -> u32 {
    let mut score = 0;
    let mut run = 0;
    // The last 15 modules, the newest in bit 0; light before the line starts.
    let mut window = 0u32;
    // Four light modules after the line let rule 3 see the quiet zone.
    for module in line.map(Some).chain([None; 4]) {
        let dark = module.unwrap_or(false);
        if module.is_some() && run > 0 && dark == (window & 1 != 0) {
            run += 1;
        } else {
            // A run ends: at a change of colour, or at the end of the line.
            if run >= 5 {
                score += run - 2;
            }
            run = module.is_some() as u32;
        }
        window = ((window << 1) | dark as u32) & 0x7FFF;
        // Bits 4 to 10 hold dark, light, dark, dark, dark, light, dark and
        // bits 11 to 14 (before) or 0 to 3 (after) are light.
        if (window >> 4) & 0x7F == 0b101_1101 && (window >> 11 == 0 || window & 0xF == 0) {
            score += 40;
        }
    }
    score
}

/// Bytes that fit in a version at level M: the data bits less the 4-bit mode
/// and the 8-bit (versions 1 to 9) or 16-bit length, rounded down.
fn capacity(version: usize) -> usize {
    data_codeword_count(version) - if version < 10 { 2 } else { 3 }
}

/// All the codewords of a version: modules that are not function patterns,
/// over 8 (the remainder bits are left out).
fn total_codewords(version: usize) -> usize {
    let size = 4 * version + 17;
    // Finders with separators (3 × 64), format information and the dark
    // module (31), timing patterns.
    let mut modules = size * size - 3 * 64 - 31 - 2 * (size - 16);
    if version >= 2 {
        // Alignment patterns, less the timing modules they cover.
        let n = version / 7 + 2;
        modules -= 25 * (n * n - 3) - 10 * (n - 2);
    }
    if version >= 7 {
        modules -= 36;
    }
    modules / 8
}

fn data_codeword_count(version: usize) -> usize {
    total_codewords(version) - BLOCKS[version - 1] as usize * ECC_PER_BLOCK[version - 1] as usize
}

/// The data codewords: mode 0100, the length, the bytes, a 4-bit
/// terminator, then the pad bytes 11101100 and 00010001 in turn.
fn data_codewords(version: usize, data: &[u8]) -> Vec<u8> {
    let count = data_codeword_count(version);
    let mut out = Vec::with_capacity(count);
    // The mode and length take 12 or 20 bits, so every byte after them is
    // split across two codewords: `half` carries the low four bits over.
    let len = data.len();
    if version < 10 {
        out.push(0x40 | (len >> 4) as u8);
    } else {
        out.push(0x40 | (len >> 12) as u8);
        out.push((len >> 4) as u8);
    }
    let mut half = (len & 0xF) as u8;
    for &b in data {
        out.push((half << 4) | (b >> 4));
        half = b & 0xF;
    }
    out.push(half << 4); // and the terminator
    let mut pad = 0xEC;
    while out.len() < count {
        out.push(pad);
        pad ^= 0xEC ^ 0x11;
    }
    out
}

/// Split the data codewords into blocks, add each block's Reed–Solomon
/// codewords, and interleave: the data codewords column by column across the
/// blocks (the longer blocks come last), then the error-correction ones.
fn add_ecc(version: usize, data: &[u8]) -> Vec<u8> {
    let total = total_codewords(version);
    let blocks = BLOCKS[version - 1] as usize;
    let ecc_len = ECC_PER_BLOCK[version - 1] as usize;
    let short_blocks = blocks - total % blocks;
    let short_len = total / blocks - ecc_len;
    let block_len = |b: usize| short_len + (b >= short_blocks) as usize;

    let generator = rs_generator(ecc_len);
    let mut ecc = Vec::with_capacity(blocks * ecc_len);
    let mut start = 0;
    for b in 0..blocks {
        let end = start + block_len(b);
        rs_remainder(&data[start..end], &generator, &mut ecc);
        start = end;
    }

    let mut out = Vec::with_capacity(total);
    for i in 0..=short_len {
        let mut start = 0;
        for b in 0..blocks {
            if i < block_len(b) {
                out.push(data[start + i]);
            }
            start += block_len(b);
        }
    }
    for i in 0..ecc_len {
        for b in 0..blocks {
            out.push(ecc[b * ecc_len + i]);
        }
    }
    out
}

/// Multiply in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        a = (a << 1) ^ if a & 0x80 != 0 { 0x1D } else { 0 };
        b >>= 1;
    }
    product
}

/// The generator polynomial (x − α⁰)(x − α¹)…(x − αⁿ⁻¹) of degree `n`:
/// its coefficients from xⁿ⁻¹ down to x⁰ (that of xⁿ is 1).
fn rs_generator(n: usize) -> Vec<u8> {
    let mut g = vec![0; n];
    if let Some(last) = g.last_mut() {
        *last = 1;
    }
    let mut root = 1;
    for _ in 0..n {
        // Multiply by (x + root): each coefficient becomes root times itself
        // plus the next lower one.
        for j in 0..n {
            g[j] = gf_mul(g[j], root) ^ g.get(j + 1).copied().unwrap_or(0);
        }
        root = gf_mul(root, 2);
    }
    g
}

/// Append the remainder of data(x) · xⁿ divided by the generator.
fn rs_remainder(data: &[u8], generator: &[u8], out: &mut Vec<u8>) {
    let start = out.len();
    out.resize(start + generator.len(), 0);
    let rem = &mut out[start..];
    for &byte in data {
        let factor = byte ^ rem.first().copied().unwrap_or(0);
        rem.copy_within(1.., 0);
        if let Some(last) = rem.last_mut() {
            *last = 0;
        }
        for (r, &g) in rem.iter_mut().zip(generator) {
            *r ^= gf_mul(g, factor);
        }
    }
}

/// `value` followed by its BCH remainder of `bits` bits for `generator`.
fn bch(value: u32, bits: u32, generator: u32) -> u32 {
    let mut rem = value;
    for _ in 0..bits {
        rem = (rem << 1) ^ (((rem >> (bits - 1)) & 1) * generator);
    }
    (value << bits) | rem
}

/// Append the decimal digits of `n`.
fn push_num(s: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        s.push(d as char);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codeword_counts_match_the_standard() {
        // ISO/IEC 18004 table 7 (all codewords) and table 9 (level M data).
        let total = [
            26, 44, 70, 100, 134, 172, 196, 242, 292, 346, 404, 466, 532, 581, 655, 733, 815, 901,
            991, 1085,
        ];
        let data = [
            16, 28, 44, 64, 86, 108, 124, 154, 182, 216, 254, 290, 334, 365, 415, 453, 507, 563,
            627, 669,
        ];
        for v in 1..=20 {
            assert_eq!(total_codewords(v), total[v - 1], "version {v}");
            assert_eq!(data_codeword_count(v), data[v - 1], "version {v}");
        }
        assert_eq!(capacity(20), MAX_LEN);
    }

    #[test]
    fn function_modules_leave_room_for_exactly_the_codewords() {
        // Counting the modules left free after drawing checks the drawing
        // and total_codewords against each other; the remainder bits are
        // 0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, ... (table 1).
        let remainder = [0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3];
        for v in 1..=20usize {
            let mut code = QrCode::blank(v);
            code.draw_function_patterns();
            let free = code.modules.iter().filter(|&&m| m & FUNCTION == 0).count();
            assert_eq!(
                free,
                total_codewords(v) * 8 + remainder[v - 1],
                "version {v}"
            );
        }
    }

    #[test]
    fn alignment_centres_match_annex_e() {
        let centres = |v: usize| {
            let mut code = QrCode::blank(v);
            code.draw_function_patterns();
            let size = code.size;
            // The centres on the diagonal, past the top-left finder: dark,
            // with light function modules diagonally either side.
            (9..size - 1)
                .filter(|&c| {
                    code.modules[c * size + c] == FUNCTION | DARK
                        && code.modules[(c - 1) * size + c - 1] == FUNCTION
                        && code.modules[(c + 1) * size + c + 1] == FUNCTION
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(centres(1), [] as [usize; 0]);
        assert_eq!(centres(2), [18]);
        assert_eq!(centres(7), [22, 38]);
        assert_eq!(centres(15), [26, 48, 70]);
        assert_eq!(centres(20), [34, 62, 90]);
    }

    #[test]
    fn format_and_version_bits_match_the_standard() {
        // Level M, masks 0 to 7 (table C.1).
        let format = [
            0b101010000010010,
            0b101000100100101,
            0b101111001111100,
            0b101101101001011,
            0b100010111111001,
            0b100000011001110,
            0b100111110010111,
            0b100101010100000,
        ];
        for (mask, &f) in format.iter().enumerate() {
            assert_eq!(bch(mask as u32, 10, 0x537) ^ 0x5412, f, "mask {mask}");
        }
        // Table D.1.
        assert_eq!(bch(7, 12, 0x1F25), 0x07C94);
        assert_eq!(bch(20, 12, 0x1F25), 0x149A6);
    }

    #[test]
    fn reed_solomon_codewords_are_divisible_by_the_generator() {
        // Every codeword c(x) = data(x)·xⁿ + remainder(x) has the roots α⁰…αⁿ⁻¹.
        let data: Vec<u8> = (0..40u8).map(|i| i.wrapping_mul(37) ^ 0x5A).collect();
        for n in [10, 16, 18, 22, 24, 26, 28, 30] {
            let mut block = data.clone();
            rs_remainder(&data, &rs_generator(n), &mut block);
            let mut root = 1;
            for _ in 0..n {
                let value = block.iter().fold(0, |acc, &c| gf_mul(acc, root) ^ c);
                assert_eq!(value, 0, "degree {n}");
                root = gf_mul(root, 2);
            }
        }
    }

    #[test]
    fn pads_and_terminates_the_data() {
        // Version 1: 0100, length 00000001, 'A' = 01000001, 0000, pad.
        let cw = data_codewords(1, b"A");
        assert_eq!(cw[..4], [0x40, 0x14, 0x10, 0xEC]);
        assert_eq!(cw[4], 0x11);
        assert_eq!(cw.len(), 16);
        // Version 10: a 16-bit length.
        let cw = data_codewords(10, b"A");
        assert_eq!(cw[..4], [0x40, 0x00, 0x14, 0x10]);
    }

    #[test]
    fn penalty_rules_on_a_line() {
        let l = |s: &'static str| s.bytes().map(|b| b == b'1');
        assert_eq!(line_penalty(l("10101")), 0);
        assert_eq!(line_penalty(l("1111101")), 3);
        assert_eq!(line_penalty(l("0000000")), 5);
        // A finder-like pattern with light modules on both sides counts once.
        assert_eq!(line_penalty(l("10111010000")), 40);
        assert_eq!(line_penalty(l("00000101110100")), 3 + 40);
        // Overlapping patterns both count.
        assert_eq!(line_penalty(l("1011101011101")), 80);
        assert_eq!(line_penalty(l("110101110101")), 0);
    }

    #[test]
    fn numbers() {
        let mut s = String::new();
        for n in [0, 7, 10, 105, usize::MAX] {
            push_num(&mut s, n);
            s.push(' ');
        }
        assert_eq!(s, "0 7 10 105 18446744073709551615 ");
    }
}
