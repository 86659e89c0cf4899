//! All naming rules: heck for case, then keywords, leading digits and empty
//! names made into valid Rust identifiers. Collisions are settled in `names`.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words Rust reserves (strict and reserved keywords, all editions we target).
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Type names the generated code itself relies on (prelude types it names
/// unqualified); a schema type that would take one is renamed.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option", "Result", "Vec", "String", "Box", "Some", "None", "Ok", "Err", "Self", "Default",
    "Header", "Message",
];

/// A type name: `ConnectingSIDType` → `ConnectingSidType`, `2fa` → `T2fa`.
pub fn type_name(raw: &str) -> String {
    let mut name = raw.to_upper_camel_case();
    if name.is_empty() {
        name = "Type".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'T');
    }
    keyword_safe(name)
}

/// A field name: `DisplayNameFirstLast` → `display_name_first_last`, `Type` → `r#type`.
pub fn field_name(raw: &str) -> String {
    let mut name = raw.to_snake_case();
    if name.is_empty() {
        name = "value".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    keyword_safe(name)
}

/// An enum variant for an enumeration value: `Exchange2007_SP1` → `Exchange2007Sp1`,
/// `IPM.DistList` → `IpmDistList`, `0` → `V0`, `` → `Empty`. A separator between two
/// digits stays as `_` (`1.0` → `V1_0`, `V2015_10_05` → `V2015_10_05`), a sign before a
/// digit is spelled (`-1` → `Minus1`), and so is a value of symbols only (`+` → `Plus`).
pub fn variant_name(raw: &str) -> String {
    let (sign, rest) = match raw.as_bytes() {
        [b'+', d, ..] if d.is_ascii_digit() => ("Plus", &raw[1..]),
        [b'-', d, ..] if d.is_ascii_digit() => ("Minus", &raw[1..]),
        _ => ("", raw),
    };
    let mut name = digit_groups(rest)
        .iter()
        .map(|g| g.to_upper_camel_case())
        .collect::<Vec<_>>()
        .join("_");
    if name.is_empty() {
        name = if raw.is_empty() {
            "Empty".into()
        } else {
            raw.chars().map(symbol_name).collect()
        };
    }
    if sign.is_empty() && name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    name.insert_str(0, sign);
    keyword_safe(name)
}

/// Splits `raw` at each run of non-alphanumeric characters that has a digit on both sides.
fn digit_groups(raw: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = raw.char_indices().collect();
    let mut groups = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < chars.len() {
        if chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < chars.len() && !chars[i].1.is_alphanumeric() {
            i += 1;
        }
        let before = run_start > 0 && chars[run_start - 1].1.is_ascii_digit();
        let after = i < chars.len() && chars[i].1.is_ascii_digit();
        if before && after {
            groups.push(&raw[start..chars[run_start].0]);
            start = chars[i].0;
        }
    }
    groups.push(&raw[start..]);
    groups
}

/// A name for a character in a value that has no letters or digits.
fn symbol_name(c: char) -> String {
    let name = match c {
        '+' => "Plus",
        '-' => "Minus",
        '*' => "Star",
        '.' => "Dot",
        '/' => "Slash",
        '_' => "Underscore",
        ' ' => "Space",
        ':' => "Colon",
        '#' => "Hash",
        '@' => "At",
        '&' => "Amp",
        '%' => "Percent",
        '=' => "Equals",
        '<' => "Lt",
        '>' => "Gt",
        ',' => "Comma",
        _ => return format!("U{:04X}", c as u32),
    };
    name.to_string()
}

fn keyword_safe(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// Picks `wanted`, else `fallback`, else `fallback2`, `fallback3`, ... — the first
/// one `taken` does not hold — and records it. A number goes after a `_` when the name
/// ends in a digit (`V10_2`, not `V102`), and replaces a trailing `_` or a needless `r#`
/// (`Self_` → `Self2`, `r#type` → `type2`).
pub fn unique(
    wanted: String,
    fallback: &str,
    taken: &mut std::collections::HashSet<String>,
) -> String {
    if taken.insert(wanted.clone()) {
        return wanted;
    }
    if taken.insert(fallback.to_string()) {
        return fallback.to_string();
    }
    let base = fallback.strip_prefix("r#").unwrap_or(fallback);
    let base = base.strip_suffix('_').unwrap_or(base);
    let separator = if base.ends_with(|c: char| c.is_ascii_digit()) {
        "_"
    } else {
        ""
    };
    let mut n = 2;
    loop {
        let candidate = format!("{base}{separator}{n}");
        if taken.insert(candidate.clone()) {
            return candidate;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn type_names_are_upper_camel_case() {
        assert_eq!(type_name("ConnectingSIDType"), "ConnectingSidType");
        assert_eq!(type_name("ImGroupType"), "ImGroupType");
        assert_eq!(
            type_name("NonEmptyArrayOfExtendedFieldURIs"),
            "NonEmptyArrayOfExtendedFieldUrIs"
        );
    }

    #[test]
    fn leading_digits_get_a_letter() {
        assert_eq!(type_name("2Way"), "T2way");
        assert_eq!(field_name("1st"), "_1st");
        assert_eq!(variant_name("0"), "V0");
    }

    #[test]
    fn keywords_become_raw_identifiers() {
        assert_eq!(field_name("Type"), "r#type");
        assert_eq!(field_name("Move"), "r#move");
        assert_eq!(variant_name("Async"), "Async");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(field_name("self"), "self_");
    }

    #[test]
    fn field_names_are_snake_case() {
        assert_eq!(
            field_name("DisplayNameFirstLast"),
            "display_name_first_last"
        );
        assert_eq!(field_name("SID"), "sid");
        assert_eq!(field_name("Emails1"), "emails1");
    }

    #[test]
    fn variants_drop_punctuation() {
        assert_eq!(
            variant_name("IPM.DistList.MOC.UserGroup"),
            "IpmDistListMocUserGroup"
        );
        assert_eq!(variant_name("Exchange2007_SP1"), "Exchange2007Sp1");
        assert_eq!(variant_name(""), "Empty");
    }

    #[test]
    fn variants_keep_separators_between_digits() {
        assert_eq!(variant_name("1.0"), "V1_0");
        assert_eq!(variant_name("10"), "V10");
        assert_eq!(variant_name("V2015_10_05"), "V2015_10_05");
        assert_eq!(variant_name("2.0.1-beta"), "V2_0_1Beta");
        assert_eq!(variant_name("Exchange2010_SP2"), "Exchange2010Sp2");
        assert_eq!(variant_name("a1 b2"), "A1B2");
    }

    #[test]
    fn variants_spell_signs_and_symbols() {
        assert_eq!(variant_name("+1"), "Plus1");
        assert_eq!(variant_name("-1"), "Minus1");
        assert_eq!(variant_name("-1.5"), "Minus1_5");
        assert_eq!(variant_name("-"), "Minus");
        assert_eq!(variant_name("+"), "Plus");
        assert_eq!(variant_name("..."), "DotDotDot");
        assert_eq!(variant_name("~"), "U007E");
        assert_eq!(variant_name("-a"), "A");
    }

    #[test]
    fn collisions_take_the_fallback_then_a_number() {
        let mut taken = HashSet::new();
        assert_eq!(unique("A".into(), "ParentA", &mut taken), "A");
        assert_eq!(unique("A".into(), "ParentA", &mut taken), "ParentA");
        assert_eq!(unique("A".into(), "ParentA", &mut taken), "ParentA2");
    }

    #[test]
    fn numbers_follow_a_digit_after_an_underscore() {
        let mut taken = HashSet::new();
        for _ in 0..3 {
            unique("V10".into(), "V10", &mut taken);
        }
        assert!(
            taken.contains("V10_2") && taken.contains("V10_3"),
            "{taken:?}"
        );
        assert_eq!(unique("emails1".into(), "emails1", &mut taken), "emails1");
        assert_eq!(unique("emails1".into(), "emails1", &mut taken), "emails1_2");
    }

    #[test]
    fn numbers_replace_a_keyword_escape() {
        let mut taken = HashSet::new();
        assert_eq!(unique("Self_".into(), "Self_", &mut taken), "Self_");
        assert_eq!(unique("Self_".into(), "Self_", &mut taken), "Self2");
        assert_eq!(unique("r#type".into(), "r#type", &mut taken), "r#type");
        assert_eq!(unique("r#type".into(), "r#type", &mut taken), "type2");
    }
}
