//! The timing harness: warm-up, then samples of enough repetitions to last a
//! millisecond or more, and the median time per repetition. The paths compared
//! on one input are sampled in turn (one sample of each, round after round), so
//! that a slow spell of this shared machine falls on all of them alike and the
//! ratios between them hold. Each sample starts with one untimed call, so
//! that each path is timed in the steady state of its own allocations.

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

/// The median seconds per call of each of `paths`, sampled in turn.
pub fn median_secs_each(budget: Budget, paths: &mut [&mut dyn FnMut() -> usize]) -> Vec<f64> {
    // Warm-up, and how many calls make a sample of at least a millisecond.
    let reps: Vec<usize> = paths
        .iter_mut()
        .map(|f| {
            let start = Instant::now();
            let mut calls = 0u32;
            while calls == 0 || start.elapsed() < budget.warm_up {
                black_box(f());
                calls += 1;
            }
            let per_call = start.elapsed().as_secs_f64() / f64::from(calls);
            ((1e-3 / per_call).ceil() as usize).max(1)
        })
        .collect();
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); paths.len()];
    let start = Instant::now();
    let spend = budget.measure.as_secs_f64() * paths.len() as f64;
    while times[0].len() < budget.min_samples
        || (start.elapsed().as_secs_f64() < spend && times[0].len() < 500)
    {
        for ((f, &reps), times) in paths.iter_mut().zip(&reps).zip(&mut times) {
            // One call untimed first: it takes on the heap as the previous
            // path left it (its large blocks handed back to the system, to
            // be faulted in again), a cost of switching paths, not of either.
            black_box(f());
            let t = Instant::now();
            for _ in 0..reps {
                black_box(f());
            }
            times.push(t.elapsed().as_secs_f64() / reps as f64);
        }
    }
    times
        .into_iter()
        .map(|mut t| {
            t.sort_by(f64::total_cmp);
            t[t.len() / 2]
        })
        .collect()
}
