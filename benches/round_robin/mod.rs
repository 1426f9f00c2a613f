//! Ratios measured round-robin: each round runs every case, and each case's time is set
//! against a baseline's in the same round, so that a machine that speeds up or slows down
//! between cases moves both alike. Criterion runs its cases one after another, which a
//! shared machine's changes of pace can fall between.

use std::time::Instant;

/// The seconds each case took, `runs` times over, in each of `rounds` rounds:
/// `times[round][case]`.
pub fn time_rounds(rounds: usize, runs: usize, cases: &[&dyn Fn()]) -> Vec<Vec<f64>> {
    (0..rounds)
        .map(|_| {
            cases
                .iter()
                .map(|case| {
                    let start = Instant::now();
                    for _ in 0..runs {
                        case();
                    }
                    start.elapsed().as_secs_f64()
                })
                .collect()
        })
        .collect()
}

/// The median of `values`, then its lower and upper quartiles.
fn median_and_quartiles(mut values: Vec<f64>) -> [f64; 3] {
    values.sort_by(f64::total_cmp);
    let len = values.len();
    [len / 2, len / 4, len * 3 / 4].map(|at| values[at])
}

/// The median of the times `case` took, in seconds.
pub fn median_time(times: &[Vec<f64>], case: usize) -> f64 {
    median_and_quartiles(times.iter().map(|round| round[case]).collect())[0]
}

/// How many times faster `case` ran than `baseline`, round by round: `median [quartiles]`.
pub fn ratio(times: &[Vec<f64>], baseline: usize, case: usize) -> String {
    let ratios = times.iter().map(|round| round[baseline] / round[case]);
    let [median, low, high] = median_and_quartiles(ratios.collect());
    format!("{median:.2}x [{low:.2}, {high:.2}]")
}
