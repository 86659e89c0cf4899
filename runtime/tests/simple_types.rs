//! `SimpleType` impls: accepted lexical forms, rejected ones (naming the XSD
//! type), whitespace handling and written forms that parse back.

use ews_runtime::{Base64Binary, Date, DateTime, Duration, Language, SimpleType, Time};

fn parse<T: SimpleType>(text: &str) -> Result<T, &'static str> {
    T::parse(text).map_err(|e| e.expected)
}

#[test]
fn strings_are_exact() {
    assert_eq!(parse::<String>("  a \n"), Ok("  a \n".to_owned()));
}

#[test]
fn booleans() {
    assert_eq!(parse::<bool>("true"), Ok(true));
    assert_eq!(parse::<bool>(" 0 "), Ok(false));
    assert_eq!(parse::<bool>("1"), Ok(true));
    assert_eq!(parse::<bool>("TRUE"), Err("xs:boolean"));
    assert_eq!(false.to_text(), "false");
}

#[test]
fn integers() {
    assert_eq!(parse::<i32>(" +42\n"), Ok(42));
    assert_eq!(parse::<i64>("-9223372036854775808"), Ok(i64::MIN));
    assert_eq!(parse::<i8>("128"), Err("xs:byte"));
    assert_eq!(parse::<i16>("1.0"), Err("xs:short"));
    assert_eq!(parse::<i32>("abc"), Err("xs:int"));
    assert_eq!(parse::<i32>(""), Err("xs:int"));
    assert_eq!(parse::<u8>("-0"), Ok(0));
    assert_eq!(parse::<u16>("-1"), Err("xs:unsignedShort"));
    assert_eq!(parse::<u32>("4294967295"), Ok(u32::MAX));
    assert_eq!(parse::<u64>("1 2"), Err("xs:unsignedLong"));
    assert_eq!((-5i32).to_text(), "-5");
}

#[test]
fn doubles() {
    assert_eq!(parse::<f64>("INF"), Ok(f64::INFINITY));
    assert_eq!(parse::<f64>("-INF"), Ok(f64::NEG_INFINITY));
    assert!(parse::<f64>("NaN").is_ok_and(f64::is_nan));
    assert_eq!(parse::<f64>(" 1.5E3 "), Ok(1500.0));
    assert_eq!(parse::<f64>(".5"), Ok(0.5));
    assert_eq!(parse::<f64>("5."), Ok(5.0));
    assert_eq!(parse::<f32>("-0"), Ok(-0.0));
    for bad in [
        "inf", "infinity", "nan", "1e", "e5", ".", "0x10", "1,5", "+-1",
    ] {
        assert_eq!(parse::<f64>(bad), Err("xs:double"), "{bad}");
    }
    assert_eq!(parse::<f32>("x"), Err("xs:float"));
    for v in [
        0.1,
        -2.5e-300,
        1e300,
        f64::MAX,
        f64::MIN_POSITIVE,
        123456789.125,
        -0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        let text = v.to_text();
        assert_eq!(
            parse::<f64>(&text).map(f64::to_bits),
            Ok(v.to_bits()),
            "{text}"
        );
    }
    assert_eq!(f64::NAN.to_text(), "NaN");
    assert_eq!(f32::INFINITY.to_text(), "INF");
    assert_eq!(parse::<f32>(&0.1f32.to_text()), Ok(0.1f32));
}

#[test]
fn date_times() {
    for ok in [
        "2012-01-05T23:06:58Z",
        "2012-01-05T23:06:58.123-08:00",
        "-0044-03-15T12:00:00",
        "2000-02-29T24:00:00+14:00",
        "12345-12-31T00:00:00",
    ] {
        assert_eq!(
            parse::<DateTime>(ok).map(|d| d.as_str().to_owned()),
            Ok(ok.to_owned()),
            "{ok}"
        );
    }
    for bad in [
        "2012-01-05",
        "2012-1-05T00:00:00",
        "1900-02-29T00:00:00",
        "2012-01-05T24:00:01",
        "2012-01-05T23:60:00",
        "2012-01-05T23:06:58+15:00",
        "0000-01-01T00:00:00",
        "02012-01-01T00:00:00",
        "2012-01-05T23:06:58.",
        "2012-01-05 23:06:58",
    ] {
        assert_eq!(parse::<DateTime>(bad), Err("xs:dateTime"), "{bad}");
    }
    assert_eq!(
        parse::<DateTime>(" 2012-01-05T23:06:58Z\n").map(|d| d.to_string()),
        Ok("2012-01-05T23:06:58Z".to_owned())
    );
    assert!(DateTime::new(" 2012-01-05T23:06:58Z").is_err());
    assert_eq!(
        "2012-01-05T23:06:58Z"
            .parse::<DateTime>()
            .map(|d| d.to_text().into_owned()),
        Ok("2012-01-05T23:06:58Z".to_owned())
    );
}

#[test]
fn dates_and_times() {
    assert!(parse::<Date>("2012-01-05").is_ok());
    assert!(parse::<Date>("2012-01-05Z").is_ok());
    assert_eq!(parse::<Date>("2012-01-32"), Err("xs:date"));
    assert!(parse::<Time>("23:06:58.5-05:00").is_ok());
    assert_eq!(parse::<Time>("23:06"), Err("xs:time"));
}

#[test]
fn durations() {
    for ok in [
        "PT1H30M",
        "-P1D",
        "P1Y2M3DT4H5M6.7S",
        "PT0S",
        "P0Y",
        "PT.5S",
    ] {
        assert!(parse::<Duration>(ok).is_ok(), "{ok}");
    }
    for bad in [
        "P", "PT", "P1DT", "1D", "P-1D", "PT1.S1", "P1H", "PT1D", "P1M1Y",
    ] {
        assert_eq!(parse::<Duration>(bad), Err("xs:duration"), "{bad}");
    }
}

#[test]
fn languages() {
    for ok in ["en", "en-US", "zh-Hant-TW", "x-klingon", "i-default"] {
        assert!(parse::<Language>(ok).is_ok(), "{ok}");
    }
    for bad in ["", "en_US", "toolonglang", "en-", "-en", "e1"] {
        assert_eq!(parse::<Language>(bad), Err("xs:language"), "{bad}");
    }
}

#[test]
fn base64() {
    assert_eq!(
        Base64Binary::from_bytes(b"hello!?").as_str(),
        "aGVsbG8hPw=="
    );
    assert_eq!(
        parse::<Base64Binary>(" aGVs bG8h\nPw== ").map(|b| b.to_bytes()),
        Ok(b"hello!?".to_vec())
    );
    for n in 0..8 {
        let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 200) as u8).collect();
        let encoded = Base64Binary::from_bytes(&bytes);
        assert_eq!(
            parse::<Base64Binary>(encoded.as_str()).map(|b| b.to_bytes()),
            Ok(bytes)
        );
    }
    for bad in [
        "a",
        "aGVsbG8",
        "aGV=bG8h",
        "aGVsbG8hPw=",
        "aGVsbG8hPx==",
        "aGVs*G8h",
        "====",
    ] {
        assert_eq!(parse::<Base64Binary>(bad), Err("xs:base64Binary"), "{bad}");
    }
    assert!(parse::<Base64Binary>("").is_ok());
}
