//! The published EWS IM examples in ../shared/ews-examples: every document
//! decodes, round-trips through the writer, and the faults decode as `Fault`.

mod common;

use common::GetImItemListResponse;
use ews_runtime::{decode_envelope, encode_envelope, ns, AnyElement, Envelope, Fault, QName};
use std::path::{Path, PathBuf};

/// The example documents, or `None` (after saying so) when ../shared is absent.
fn examples() -> Option<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/ews-examples");
    let Ok(dirs) = std::fs::read_dir(&root) else {
        println!("skipped: ../shared not found ({})", root.display());
        return None;
    };
    let mut files: Vec<PathBuf> = dirs
        .flatten()
        .filter_map(|d| std::fs::read_dir(d.path()).ok())
        .flat_map(|files| files.flatten().map(|f| f.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    files.sort();
    Some(files)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_example_round_trips() {
    let Some(files) = examples() else { return };
    assert!(files.len() >= 30, "found only {} examples", files.len());
    for path in files {
        let xml = read(&path);
        let name = path.display();
        let envelope: Envelope<AnyElement, AnyElement> =
            decode_envelope(&xml).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = encode_envelope(&envelope).unwrap_or_else(|e| panic!("{name}: {e}"));
        let again: Envelope<AnyElement, AnyElement> =
            decode_envelope(&written).unwrap_or_else(|e| panic!("{name}: {e}\n{written}"));
        assert_eq!(again, envelope, "{name}");
    }
}

#[test]
fn fault_examples_decode_as_faults() {
    let Some(files) = examples() else { return };
    let mut faults = 0;
    for path in files {
        let xml = read(&path);
        if !xml.contains(":Fault>") {
            continue;
        }
        faults += 1;
        let name = path.display();
        let envelope = decode_envelope::<AnyElement, Result<GetImItemListResponse, Fault>>(&xml);
        let fault = match envelope {
            Ok(Envelope {
                body: Err(fault), ..
            }) => fault,
            other => panic!("{name}: {other:?}"),
        };
        let code = fault
            .detail
            .as_ref()
            .and_then(|d| d.response_code.clone())
            .unwrap_or_default();
        assert_eq!(fault.code, QName::new(ns::TYPES, code), "{name}");
        assert_eq!(fault.string_lang.as_deref(), Some("en-US"), "{name}");
    }
    assert!(faults >= 2, "found {faults} faults");
}

#[test]
fn get_im_item_list_fault() {
    let Some(files) = examples() else { return };
    let Some(path) = files
        .iter()
        .find(|p| p.ends_with("GetImItemList/error.xml"))
    else {
        panic!("GetImItemList/error.xml is missing");
    };
    let fault =
        match decode_envelope::<AnyElement, Result<GetImItemListResponse, Fault>>(&read(path)) {
            Ok(Envelope {
                body: Err(fault), ..
            }) => fault,
            other => panic!("{other:?}"),
        };
    assert_eq!(
        fault.code,
        QName::new(ns::TYPES, "ErrorIncorrectSchemaVersion")
    );
    assert!(fault
        .string
        .starts_with("The request is valid but does not specify the correct server version"));
    assert_eq!(fault.detail.and_then(|d| d.message_xml), None);
}
