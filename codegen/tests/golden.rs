//! Golden tests: each case's `schema.xsd` must generate exactly its `expected.rs`
//! (refresh with `UPDATE_EXPECT=1 cargo test -p ews-codegen --test golden`).

mod common;

use std::path::Path;

fn check(case: &str, expected: expect_test::ExpectFile) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cases")
        .join(case);
    match common::generate(common::Files::Dir(&dir)) {
        Ok(code) => expected.assert_eq(&code),
        Err(e) => panic!("case `{case}` does not generate: {e}"),
    }
}

macro_rules! golden {
    ($($case:ident),* $(,)?) => {
        $(#[test]
        fn $case() {
            check(stringify!($case), expect_test::expect_file![concat!("cases/", stringify!($case), "/expected.rs")]);
        })*
    };
}

golden!(
    sequence,
    choice,
    extension,
    simple_content,
    enumeration,
    union,
    substitution_group,
    any,
    attributes,
    anonymous,
    builtins,
    xml_lang,
    naming,
    unknown_elements,
    group,
    attribute_group,
    list,
    any_attribute,
    restriction,
    recursion,
    big_choice,
    enum_values,
    same_name,
    case_names,
);
