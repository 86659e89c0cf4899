//! `ews-bench`: decode and encode speed of the generated EWS IM bindings against
//! raw xmlparser tokenization, quick-xml + serde and roxmltree, on the same bytes
//! in the same run. See BENCHMARKS.md.
//!
//! ```text
//! ews-bench [--quick]                    table of MB/s, ratio lines, peak heap
//! ews-bench --only decode:ews:big_list_10MB   run one path once (for /usr/bin/time -v)
//! ews-bench --only decode:ews:big_list_1MB --repeat 300   the same in a loop (for a profiler)
//! ```

mod alloc;
mod dom_path;
mod ews_path;
mod inputs;
mod serde_model;
mod serde_path;
mod summary;
mod timing;

use inputs::Input;
use std::hint::black_box;
use std::process::ExitCode;
use timing::{median_secs_each, Budget};

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

/// Decode paths, in table order.
const DECODERS: [&str; 4] = ["ews", "xmlparser-tokens", "quick-xml-serde", "roxmltree"];
/// Encode paths, in table order.
const ENCODERS: [&str; 2] = ["ews", "quick-xml-serde"];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick");
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1));
    let repeat = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(1);
    let result = match only {
        Some(spec) => run_one(spec, repeat),
        None => run_all(if quick { Budget::QUICK } else { Budget::FULL }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `--only case:path:input [--repeat N]`: runs one path once on one input and
/// prints its peak heap; with `--repeat`, runs it N more times first (for a profiler).
fn run_one(spec: &str, repeat: usize) -> Result<(), String> {
    let parts: Vec<&str> = spec.split(':').collect();
    let [case, path, name] = parts[..] else {
        return Err(format!("--only wants case:path:input, got {spec}"));
    };
    let input = inputs::by_name(name).ok_or_else(|| format!("no input {name}"))?;
    let (result, peak) = match case {
        "decode" => {
            for _ in 1..repeat {
                decode(path, &input)?;
            }
            alloc::peak_of(|| decode(path, &input))
        }
        "encode" => {
            // The value to encode is decoded first; only the encoding is counted.
            let encode: Box<dyn Fn() -> Result<usize, String>> = match path {
                "ews" => {
                    let value = ews_path::decode(input.name, &input.docs)?;
                    Box::new(move || Ok(ews_path::encode(&value)?.len()))
                }
                "quick-xml-serde" => {
                    let value = serde_path::decode(input.name, &input.docs)?;
                    Box::new(move || Ok(serde_path::encode(&value)?.len()))
                }
                _ => return Err(format!("no encode path {path}")),
            };
            for _ in 1..repeat {
                encode()?;
            }
            alloc::peak_of(encode)
        }
        _ => return Err(format!("no case {case}")),
    };
    result?;
    println!(
        "{case}:{path}:{name}: input {} bytes, peak heap {} bytes ({:.2}x input)",
        input.bytes(),
        peak,
        peak as f64 / input.bytes() as f64
    );
    Ok(())
}

/// Decodes `input` along `path`, keeping the result alive until it returns.
fn decode(path: &str, input: &Input) -> Result<usize, String> {
    let docs = &input.docs;
    Ok(match path {
        "ews" => {
            let d = black_box(ews_path::decode(input.name, docs)?);
            std::mem::size_of_val(&d)
        }
        "xmlparser-tokens" => black_box(dom_path::tokens(docs)?).tokens,
        "quick-xml-serde" => {
            let d = black_box(serde_path::decode(input.name, docs)?);
            std::mem::size_of_val(&d)
        }
        "roxmltree" => black_box(dom_path::parse(docs)?).len(),
        _ => return Err(format!("no decode path {path}")),
    })
}

/// Checks that every path decoded (and re-encoded) the same data; fails loudly if not.
fn check(input: &Input) -> Result<(), String> {
    let fail = |what: &str, a: &dyn std::fmt::Debug, b: &dyn std::fmt::Debug| {
        Err(format!(
            "data mismatch on {} ({what}):\n  ews:   {a:?}\n  other: {b:?}",
            input.name
        ))
    };
    let ours = ews_path::decode(input.name, &input.docs)?;
    let expected = ews_path::summarize(&ours);
    println!(
        "{}: {} bytes, {} groups, {} personas, {} strings checked",
        input.name,
        input.bytes(),
        expected.groups,
        expected.personas,
        expected.strings
    );
    if expected.strings == 0 {
        return Err(format!("{}: nothing decoded", input.name));
    }
    let serde = serde_path::decode(input.name, &input.docs)?;
    let got = serde_path::summarize(&serde);
    if got != expected {
        return fail("quick-xml-serde decode", &expected, &got);
    }
    let dom = dom_path::parse(&input.docs)?;
    let got = dom_path::summarize(input.name, &dom);
    if got != expected {
        return fail("roxmltree", &expected, &got);
    }
    let tokens = dom_path::tokens(&input.docs)?;
    if (tokens.groups, tokens.personas) != (expected.groups, expected.personas) {
        return fail("xmlparser-tokens counts", &expected, &tokens);
    }
    // Each encoder's output must carry the same data.
    let ours_out = ews_path::encode(&ours)?;
    let again = ews_path::summarize(&ews_path::decode(input.name, &ours_out)?);
    if again != expected {
        return fail("ews encode, decoded again", &expected, &again);
    }
    for (what, out) in [
        ("ews encode", ours_out),
        ("quick-xml-serde encode", serde_path::encode(&serde)?),
    ] {
        let got = dom_path::summarize(input.name, &dom_path::parse(&out)?);
        if got != expected {
            return fail(what, &expected, &got);
        }
    }
    Ok(())
}

/// One row of the table: MB/s per decode path, then per encode path.
struct Row {
    name: &'static str,
    bytes: usize,
    decode: Vec<f64>,
    encode: Vec<f64>,
}

fn run_all(budget: Budget) -> Result<(), String> {
    let inputs = inputs::all();
    for input in &inputs {
        check(input)?;
    }
    println!(
        "data check: all paths decoded the same data ({} inputs)",
        inputs.len()
    );
    let mut rows = Vec::new();
    for input in &inputs {
        let mb = input.bytes() as f64 / 1e6;
        let mut row = Row {
            name: input.name,
            bytes: input.bytes(),
            decode: Vec::new(),
            encode: Vec::new(),
        };
        let mut decoders: Vec<Box<dyn FnMut() -> usize>> = DECODERS
            .iter()
            .map(|&path| {
                Box::new(move || decode(path, input).unwrap_or(0)) as Box<dyn FnMut() -> usize>
            })
            .collect();
        let mut paths: Vec<&mut dyn FnMut() -> usize> = decoders
            .iter_mut()
            .map(|f| &mut **f as &mut dyn FnMut() -> usize)
            .collect();
        let secs = median_secs_each(budget, &mut paths);
        row.decode.extend(secs.iter().map(|s| mb / s));
        let ours = ews_path::decode(input.name, &input.docs)?;
        let serde = serde_path::decode(input.name, &input.docs)?;
        let mut encode_ours = || ews_path::encode(&ours).map_or(0, |o| o.len());
        let mut encode_serde = || serde_path::encode(&serde).map_or(0, |o| o.len());
        let secs = median_secs_each(budget, &mut [&mut encode_ours, &mut encode_serde]);
        row.encode.extend(secs.iter().map(|s| mb / s));
        rows.push(row);
    }
    print_table(&rows);
    print_ratios(&rows);
    print_peaks(&inputs)
}

fn print_table(rows: &[Row]) {
    println!(
        "\nMB/s (1 MB = 10^6 bytes of the input document; encode counts the same input size)\n"
    );
    print!("| input | bytes |");
    for p in DECODERS {
        print!(" decode {p} |");
    }
    for p in ENCODERS {
        print!(" encode {p} |");
    }
    println!();
    println!(
        "|---|---:|{}",
        "---:|".repeat(DECODERS.len() + ENCODERS.len())
    );
    for r in rows {
        print!("| {} | {} |", r.name, r.bytes);
        for v in r.decode.iter().chain(&r.encode) {
            print!(" {v:.1} |");
        }
        println!();
    }
}

fn print_ratios(rows: &[Row]) {
    println!();
    for r in rows {
        println!(
            "decode {}: {:.2}x xmlparser-tokens, {:.2}x quick-xml-serde, {:.2}x roxmltree",
            r.name,
            r.decode[0] / r.decode[1],
            r.decode[0] / r.decode[2],
            r.decode[0] / r.decode[3]
        );
    }
    for r in rows {
        println!(
            "encode {}: {:.2}x quick-xml-serde",
            r.name,
            r.encode[0] / r.encode[1]
        );
    }
}

fn print_peaks(inputs: &[Input]) -> Result<(), String> {
    println!("\npeak heap while decoding (bytes above what was live before; input excluded)\n");
    for input in inputs.iter().filter(|i| i.name.starts_with("big_list")) {
        for path in DECODERS {
            let (result, peak) = alloc::peak_of(|| decode(path, input));
            result?;
            println!(
                "peak {} {path}: {peak} bytes ({:.2}x input)",
                input.name,
                peak as f64 / input.bytes() as f64
            );
        }
    }
    Ok(())
}
