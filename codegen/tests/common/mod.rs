//! Shared by the generator tests: the in-memory WSDL that wraps a case's `schema.xsd`.

#![allow(dead_code)] // each test binary uses a part of it

use ews_codegen::xsd::loader::FileSource;
use std::path::Path;

/// The WSDL's file name; the generated header names it, so it must not vary.
pub const WSDL_NAME: &str = "golden.wsdl";

/// One operation `Op`: `tns:Request` in, `tns:Response` out, schema imported from `schema.xsd`.
pub const WSDL: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
    xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tns="urn:golden" targetNamespace="urn:golden">
  <wsdl:types>
    <xs:schema>
      <xs:import namespace="urn:golden" schemaLocation="schema.xsd"/>
    </xs:schema>
  </wsdl:types>
  <wsdl:message name="OpSoapIn"><wsdl:part name="request" element="tns:Request"/></wsdl:message>
  <wsdl:message name="OpSoapOut"><wsdl:part name="response" element="tns:Response"/></wsdl:message>
  <wsdl:portType name="GoldenPortType">
    <wsdl:operation name="Op">
      <wsdl:input message="tns:OpSoapIn"/>
      <wsdl:output message="tns:OpSoapOut"/>
    </wsdl:operation>
  </wsdl:portType>
  <wsdl:binding name="GoldenBinding" type="tns:GoldenPortType">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="Op">
      <soap:operation soapAction="urn:golden/Op"/>
      <wsdl:input><soap:body use="literal"/></wsdl:input>
      <wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
</wsdl:definitions>
"#;

/// Where `schema.xsd` (and any file it imports) comes from; the WSDL always comes from memory.
pub enum Files<'a> {
    /// Read relative paths from this directory.
    Dir(&'a Path),
    /// `schema.xsd` is this text; nothing else exists.
    Schema(&'a str),
}

impl FileSource for Files<'_> {
    fn read(&mut self, path: &Path) -> Result<String, String> {
        match self {
            _ if path == Path::new(WSDL_NAME) => Ok(WSDL.to_string()),
            Files::Dir(dir) => std::fs::read_to_string(dir.join(path))
                .map_err(|e| format!("cannot read {}: {e}", path.display())),
            Files::Schema(text) if path == Path::new("schema.xsd") => Ok(text.to_string()),
            Files::Schema(_) => Err(format!("no file {}", path.display())),
        }
    }
}

/// Generates the code for `files` through the WSDL above.
pub fn generate(mut files: Files<'_>) -> Result<String, ews_codegen::Error> {
    ews_codegen::Builder::new()
        .wsdl(WSDL_NAME)
        .generate_from(&mut files)
        .map(|g| g.code)
}
