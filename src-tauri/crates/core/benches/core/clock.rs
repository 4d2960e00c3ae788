//! What the benchmarks measure with: wall time by default; with `BENCH_CLOCK=cpu`, the CPU time of the
//! benchmark's thread (user and system, `CLOCK_THREAD_CPUTIME_ID`), which stays close to a quiet machine's wall
//! time on a machine busy with other work, where wall time mostly measures waiting for a core.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use criterion::measurement::{Measurement, ValueFormatter, WallTime};

/// Wall or thread CPU time, chosen once from `BENCH_CLOCK`.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    cpu: bool,
}

impl Clock {
    pub fn from_env() -> Clock {
        Clock {
            cpu: std::env::var("BENCH_CLOCK").is_ok_and(|v| v == "cpu"),
        }
    }

    /// The current reading: CPU time of this thread, or wall time since the first reading.
    pub fn now(self) -> Duration {
        if self.cpu {
            cpu_time::ThreadTime::now().as_duration()
        } else {
            static ORIGIN: OnceLock<Instant> = OnceLock::new();
            ORIGIN.get_or_init(Instant::now).elapsed()
        }
    }
}

impl Measurement for Clock {
    type Intermediate = Duration;
    type Value = Duration;

    fn start(&self) -> Duration {
        self.now()
    }

    fn end(&self, started: Duration) -> Duration {
        self.now().saturating_sub(started)
    }

    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }

    fn zero(&self) -> Duration {
        Duration::ZERO
    }

    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_secs_f64() * 1e9
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        WallTime.formatter()
    }
}
