//! Text as spreadsheets save it: Danish Excel's "CSV (semikolonsepareret)"
//! is Windows-1252, its "Unicode-tekst" UTF-16 LE with a BOM (tab-separated),
//! "CSV UTF-8" UTF-8 with a BOM, LibreOffice any of them. The encoding is
//! found the way browsers find it — a BOM first, then valid UTF-8, else
//! Windows-1252 — by hand, so neither the page nor the worker carries an
//! encoding library: UTF-16 is in `std`, and Windows-1252 is Latin-1 with 27
//! other characters in 0x80…0x9F.

use super::{Problem, ProblemKind};

/// The encoding a text was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    /// The name a user knows it by.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 med BOM",
            Encoding::Utf16Le => "UTF-16 LE (Unicode-tekst)",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Windows-1252's 0x80…0x9F; the five it leaves undefined stay the C1
/// controls of the same number, as the WHATWG Encoding Standard has it.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Decodes `bytes`: a BOM (UTF-8, UTF-16 LE or BE) decides; without one,
/// valid UTF-8 is UTF-8 and anything else Windows-1252 (which decodes every
/// byte) — unless UTF-8's own letters (æ as two bytes) come before the first
/// invalid byte: then it is UTF-8 that is damaged there, not Windows-1252.
/// UTF-16 that is cut short or has a lone surrogate is a problem naming its row.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), Problem> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return match std::str::from_utf8(rest) {
            Ok(t) => Ok((t.to_string(), Encoding::Utf8Bom)),
            Err(e) => Err(not_text(row_of(&rest[..e.valid_up_to()]), Encoding::Utf8Bom)),
        };
    }
    for (bom, encoding) in [(b"\xff\xfe", Encoding::Utf16Le), (b"\xfe\xff", Encoding::Utf16Be)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return utf16(rest, encoding).map(|t| (t, encoding));
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok((t.to_string(), Encoding::Utf8)),
        Err(e) if !bytes[..e.valid_up_to()].is_ascii() => Err(not_text(row_of(&bytes[..e.valid_up_to()]), Encoding::Utf8)),
        Err(_) => Ok((windows_1252(bytes), Encoding::Windows1252)),
    }
}

/// Whether Windows-1252 has the character (else a spreadsheet saving in it writes `?`).
pub fn in_windows_1252(c: char) -> bool {
    u32::from(c) < 0x80 || (0xa0..=0xff).contains(&u32::from(c)) || CP1252_HIGH.contains(&c)
}

/// Windows-1252 bytes as text.
pub fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

fn utf16(bytes: &[u8], encoding: Encoding) -> Result<String, Problem> {
    let units = bytes.chunks(2).map(|c| match (c, encoding) {
        ([a, b], Encoding::Utf16Le) => u16::from_le_bytes([*a, *b]),
        ([a, b], _) => u16::from_be_bytes([*a, *b]),
        // An odd last byte: not a whole character.
        _ => 0xdc00,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => return Err(not_text(text.matches('\n').count() + 1, encoding)),
        }
    }
    Ok(text)
}

fn row_of(valid: &[u8]) -> usize {
    valid.iter().filter(|b| **b == b'\n').count() + 1
}

fn not_text(row: usize, encoding: Encoding) -> Problem {
    Problem { path: format!("række {row}"), kind: ProblemKind::NotText(encoding.name()) }
}

/// The separator's name, as the import preview says it.
pub fn separator_name(separator: u8) -> &'static str {
    match separator {
        b'\t' => "tabulator",
        b',' => "komma",
        _ => "semikolon",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_decodes_danish_letters_and_its_27_extra_characters() {
        let (text, enc) = decode(b"Bolig \xe6\xf8\xe5 \xc6\xd8\xc5 \x80 \x96 \x93x\x94").unwrap();
        assert_eq!((text.as_str(), enc), ("Bolig æøå ÆØÅ € – “x”", Encoding::Windows1252));
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(windows_1252(&all).chars().count(), 256, "every byte is a character");
    }

    #[test]
    fn a_bom_decides_and_utf16_in_both_byte_orders_reads() {
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain("a\tæ\n€".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain("a\tæ\n€".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le).unwrap(), ("a\tæ\n€".to_string(), Encoding::Utf16Le));
        assert_eq!(decode(&be).unwrap(), ("a\tæ\n€".to_string(), Encoding::Utf16Be));
        assert_eq!(decode("\u{feff}æ".as_bytes()).unwrap(), ("æ".to_string(), Encoding::Utf8Bom));
        assert_eq!(decode("æ".as_bytes()).unwrap(), ("æ".to_string(), Encoding::Utf8));
    }

    #[test]
    fn broken_utf16_and_utf8_after_a_bom_name_their_row() {
        let mut le: Vec<u8> = [0xff, 0xfe].into_iter().chain("a\nb\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        le.extend([0x00, 0xd8, b'x', 0]); // a lone high surrogate
        assert_eq!(decode(&le).unwrap_err().path, "række 3");
        let p = decode(b"\xef\xbb\xbfa\n\xff").unwrap_err();
        assert_eq!(p.path, "række 2");
        // UTF-8 (æ in two bytes) damaged in row 3 is not read as Windows-1252.
        let p = decode("æ\nb\n".as_bytes().iter().copied().chain([0xf8]).collect::<Vec<_>>().as_slice()).unwrap_err();
        assert_eq!((p.path.as_str(), &p.kind), ("række 3", &ProblemKind::NotText("UTF-8")));
    }
}
