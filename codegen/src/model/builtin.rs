//! The XML Schema built-in types the model knows.

/// A built-in XML Schema type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Builtin {
    String,
    Boolean,
    Byte,
    Short,
    Int,
    Long,
    UnsignedByte,
    UnsignedShort,
    UnsignedInt,
    UnsignedLong,
    Float,
    Double,
    /// `xs:decimal`, `xs:integer` and its unbounded relatives: kept as text.
    Decimal,
    DateTime,
    Date,
    Time,
    Duration,
    Language,
    Base64Binary,
    /// `xs:anyType`: any element, kept as it is.
    AnyType,
}

impl Builtin {
    /// The built-in type with this local name in the XML Schema namespace.
    pub fn from_name(local: &str) -> Option<Builtin> {
        use Builtin::*;
        Some(match local {
            "string" | "normalizedString" | "token" | "anyURI" | "NMTOKEN" | "NMTOKENS"
            | "Name" | "NCName" | "ID" | "IDREF" | "IDREFS" | "ENTITY" | "QName" | "hexBinary"
            | "anySimpleType" | "gYear" | "gYearMonth" | "gMonth" | "gMonthDay" | "gDay" => String,
            "boolean" => Boolean,
            "byte" => Byte,
            "short" => Short,
            "int" => Int,
            "long" => Long,
            "unsignedByte" => UnsignedByte,
            "unsignedShort" => UnsignedShort,
            "unsignedInt" => UnsignedInt,
            "unsignedLong" => UnsignedLong,
            "float" => Float,
            "double" => Double,
            "decimal" | "integer" | "nonNegativeInteger" | "positiveInteger"
            | "nonPositiveInteger" | "negativeInteger" => Decimal,
            "dateTime" => DateTime,
            "date" => Date,
            "time" => Time,
            "duration" => Duration,
            "language" => Language,
            "base64Binary" => Base64Binary,
            "anyType" => AnyType,
            _ => return None,
        })
    }

    /// A name for choice variants and unions (`UnsignedShort`).
    pub fn variant_name(self) -> &'static str {
        use Builtin::*;
        match self {
            String => "String",
            Boolean => "Boolean",
            Byte => "Byte",
            Short => "Short",
            Int => "Int",
            Long => "Long",
            UnsignedByte => "UnsignedByte",
            UnsignedShort => "UnsignedShort",
            UnsignedInt => "UnsignedInt",
            UnsignedLong => "UnsignedLong",
            Float => "Float",
            Double => "Double",
            Decimal => "Decimal",
            DateTime => "DateTime",
            Date => "Date",
            Time => "Time",
            Duration => "Duration",
            Language => "Language",
            Base64Binary => "Base64Binary",
            AnyType => "Any",
        }
    }
}
