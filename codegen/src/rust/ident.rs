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
/// `IPM.DistList` → `IpmDistList`, `0` → `V0`, `` → `Empty`.
pub fn variant_name(raw: &str) -> String {
    let mut name = raw.to_upper_camel_case();
    if name.is_empty() {
        name = if raw.is_empty() {
            "Empty".into()
        } else {
            "Value".into()
        };
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    keyword_safe(name)
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
/// one `taken` does not hold — and records it.
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
    let mut n = 2;
    loop {
        let candidate = format!("{fallback}{n}");
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
        assert_eq!(variant_name("+"), "Value");
    }

    #[test]
    fn collisions_take_the_fallback_then_a_number() {
        let mut taken = HashSet::new();
        assert_eq!(unique("A".into(), "ParentA", &mut taken), "A");
        assert_eq!(unique("A".into(), "ParentA", &mut taken), "ParentA");
        assert_eq!(unique("A".into(), "ParentA", &mut taken), "ParentA2");
    }
}
