//! Fuzz-style robustness: truncations and byte mutations of a fault document
//! must decode to `Ok` or `Err`, never panic; whatever decodes must also encode
//! and decode back to the same value.

mod common;

use common::GetImItemListResponse;
use ews_runtime::{decode_envelope, encode_envelope, AnyElement, Envelope, Fault};

const FAULT: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
   <s:Body>
      <s:Fault>
         <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorSchemaValidation</faultcode>
         <faultstring xml:lang="en-US">The request failed schema validation: An error occurred while parsing EntityName. Line 11, position 33.</faultstring>
         <detail>
            <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorSchemaValidation</e:ResponseCode>
            <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">The request &amp; failed &#233; schema validation.</e:Message>
            <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
               <t:LineNumber>11</t:LineNumber>
               <t:LinePosition>33</t:LinePosition>
               <t:Violation>An error occurred while parsing EntityName. Line 11, position 33.</t:Violation>
               <t:Value Name="BackOffMilliseconds">297749</t:Value>
            </t:MessageXml>
         </detail>
      </s:Fault>
   </s:Body>
</s:Envelope>"#;

type Typed = Envelope<AnyElement, Result<GetImItemListResponse, Fault>>;
type Untyped = Envelope<AnyElement, AnyElement>;

/// Decodes both ways; whatever decodes must round-trip.
fn check(xml: &str) {
    if let Ok(envelope) = decode_envelope::<AnyElement, Result<GetImItemListResponse, Fault>>(xml) {
        let written = encode_envelope(&envelope).unwrap_or_else(|e| panic!("{e}\n{xml}"));
        let again: Result<Typed, _> = decode_envelope(&written);
        assert_eq!(again.as_ref().ok(), Some(&envelope), "{xml}\n{written}");
    }
    if let Ok(envelope) = decode_envelope::<AnyElement, AnyElement>(xml) {
        let written = encode_envelope(&envelope).unwrap_or_else(|e| panic!("{e}\n{xml}"));
        let again: Result<Untyped, _> = decode_envelope(&written);
        assert_eq!(again.as_ref().ok(), Some(&envelope), "{xml}\n{written}");
    }
}

/// xorshift64*: deterministic, no dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn the_document_itself_decodes() {
    let envelope = decode_envelope::<AnyElement, Result<GetImItemListResponse, Fault>>(FAULT);
    assert!(matches!(envelope, Ok(Envelope { body: Err(_), .. })));
    check(FAULT);
}

#[test]
fn truncations() {
    for end in (0..FAULT.len()).filter(|&i| FAULT.is_char_boundary(i)) {
        check(&FAULT[..end]);
        check(&FAULT[end..]);
    }
}

#[test]
fn byte_mutations() {
    const INTERESTING: &[u8] = b"<>&/\"':= x;#\r\n\t!?[]-\x01\xC3\xA9ae:";
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let original = FAULT.as_bytes();
    for _ in 0..20000 {
        let mut bytes = original.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes[at] = INTERESTING[rng.below(INTERESTING.len())],
                1 => {
                    bytes.remove(at);
                }
                2 => bytes.insert(at, INTERESTING[rng.below(INTERESTING.len())]),
                _ => {
                    let len = rng.below(40).min(bytes.len() - at);
                    let piece = bytes[at..at + len].to_vec();
                    let to = rng.below(bytes.len());
                    bytes.splice(to..to, piece);
                }
            }
        }
        check(&String::from_utf8_lossy(&bytes));
    }
}
