//! `cargo bench -p council-core --features bench`: the core's queries and writes on the ten-year demonstration
//! database, each query next to its plain-SQL twin (`raw`) on the same connection. `bench/report.py` turns the
//! results into the table of `docs/PERFORMANCE.md` (times, ratios to raw SQLite, targets).

mod clock;
mod data;
mod queries;
mod writes;

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

use clock::Clock;

/// Short enough to run every benchmark in a few minutes on two cores, long enough for stable medians;
/// `cargo bench -- --measurement-time 10` and the like override it. `BENCH_CLOCK=cpu` measures CPU time
/// instead of wall time (see `clock`).
fn config() -> Criterion<Clock> {
    Criterion::default()
        .with_measurement(Clock::from_env())
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args()
}

criterion_group! {
    name = benches;
    config = config();
    targets = queries::control_screen, queries::dashboard, queries::session_agenda, queries::search,
        writes::agenda, writes::instruction_state, writes::backup
}
criterion_main!(benches);
