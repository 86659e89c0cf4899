//! The timing harness: warm-up, then samples of enough repetitions to last a
//! millisecond or more, and the median time per repetition.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// How long to spend per measurement.
#[derive(Clone, Copy)]
pub struct Budget {
    /// Warm-up time.
    pub warm_up: Duration,
    /// Measuring time.
    pub measure: Duration,
    /// Fewest samples.
    pub min_samples: usize,
}

impl Budget {
    /// The full run.
    pub const FULL: Budget = Budget {
        warm_up: Duration::from_millis(300),
        measure: Duration::from_millis(1500),
        min_samples: 7,
    };
    /// `--quick`.
    pub const QUICK: Budget = Budget {
        warm_up: Duration::from_millis(30),
        measure: Duration::from_millis(200),
        min_samples: 3,
    };
}

/// The median seconds per call of `f`.
pub fn median_secs<T>(budget: Budget, mut f: impl FnMut() -> T) -> f64 {
    let start = Instant::now();
    let mut calls = 0u32;
    while calls == 0 || start.elapsed() < budget.warm_up {
        black_box(f());
        calls += 1;
    }
    let per_call = start.elapsed().as_secs_f64() / f64::from(calls);
    let reps = ((1e-3 / per_call).ceil() as usize).max(1);
    let samples = ((budget.measure.as_secs_f64() / (per_call * reps as f64)) as usize)
        .clamp(budget.min_samples, 500);
    let mut times: Vec<f64> = (0..samples)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..reps {
                black_box(f());
            }
            t.elapsed().as_secs_f64() / reps as f64
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
