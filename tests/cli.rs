//! The `ews-im` command-line tool: decode, roundtrip, standard input, and the
//! one-line error format with exit status 1.

use std::io::Write;
use std::process::{Command, Stdio};

const RESPONSE: &str = r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
<m:RemoveImGroupResponse ResponseClass="Success" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
<m:ResponseCode>NoError</m:ResponseCode></m:RemoveImGroupResponse></s:Body></s:Envelope>"#;

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ews-im"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ews-im runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("ews-im finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn decode_prints_the_decoded_envelope() {
    let (code, out, err) = run(&["decode", "-"], RESPONSE);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("RemoveImGroupResponse("), "{out}");
    assert!(out.contains("response_class: Success"), "{out}");
    assert!(out.contains("NoError"), "{out}");
}

#[test]
fn roundtrip_prints_the_reencoded_envelope_which_decodes_the_same() {
    let (code, out, err) = run(&["roundtrip", "-"], RESPONSE);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("<?xml"), "{out}");
    assert!(
        out.contains("<m:ResponseCode>NoError</m:ResponseCode>"),
        "{out}"
    );
    let first = ews_im::decode_any(RESPONSE).expect("decodes");
    let again = ews_im::decode_any(out.trim_end()).expect("re-encoded decodes");
    assert_eq!(first, again);
}

#[test]
fn bad_input_is_one_line_on_stderr_with_place_and_status_1() {
    let bad = RESPONSE.replace("NoError</m:ResponseCode>", "NoError</m:ResponseCod>");
    let (code, out, err) = run(&["decode", "-"], &bad);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("at line 3, column"), "{err}");

    let wrong_type = RESPONSE.replace(
        "</m:ResponseCode>",
        "</m:ResponseCode><m:DescriptiveLinkKey>x</m:DescriptiveLinkKey>",
    );
    let (code, _, err) = run(&["decode", "-"], &wrong_type);
    assert_eq!(code, 1);
    assert_eq!(err.trim_end(), "error: invalid value \"x\" for xs:int at line 3, column 63 (in /Envelope/Body/RemoveImGroupResponse/DescriptiveLinkKey)");
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    let (code, _, err) = run(&["decode", "/nonexistent/file.xml"], "");
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: cannot read /nonexistent/file.xml"),
        "{err}"
    );
}
