//! The ten-year demonstration database the benchmarks read: built once (about a minute) into
//! `<target dir>/bench-data/`, named after the seed and date, and reused while it exists; opening it brings it
//! to the current schema like any database. Delete the folder when the demonstration generator changes.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use council_core::Store;
use council_core::demo::{DemoOptions, Scale};

/// The "today" the data is arranged around and every query is asked at, so results do not drift by date.
pub const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
/// The seed of `council demo`.
const SEED: u64 = 1;

/// `<target dir>/bench-data`: the benchmark binary lives in `<target dir>/<profile>/deps/`.
fn data_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the benchmark knows its own path");
    exe.ancestors().nth(3).map_or_else(
        || PathBuf::from("bench-data"),
        |target| target.join("bench-data"),
    )
}

/// The cached ten-year database, built first when missing.
pub fn ten_years() -> PathBuf {
    let dir = data_dir();
    let path = dir.join(format!("council-10y-seed{SEED}-{TODAY}.db"));
    if !path.exists() {
        build(&path);
    }
    path
}

fn build(path: &Path) {
    let partial = path.with_extension("partial");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
    }
    eprintln!(
        "building the ten-year demonstration database into {} …",
        path.display()
    );
    let started = std::time::Instant::now();
    let cpu = cpu_seconds();
    {
        let mut store = Store::open(&partial).expect("a new database opens");
        let counts = store
            .load_demo(&DemoOptions {
                scale: Scale::TenYears,
                seed: SEED,
                today: TODAY,
            })
            .expect("the demonstration data loads");
        eprintln!(
            "loaded {counts:?} in {:.1} s ({:.1} s of CPU)",
            started.elapsed().as_secs_f64(),
            cpu_seconds() - cpu
        );
    }
    // The store is closed: the last connection folded the write-ahead log into the file.
    std::fs::rename(&partial, path).expect("the finished database takes its name");
}

/// A private copy of the cached database for benchmarks that write, so the cache stays as built.
pub fn writable_copy(dir: &Path) -> PathBuf {
    let copy = dir.join("council.db");
    std::fs::copy(ten_years(), &copy).expect("the database copies");
    copy
}

/// User and system CPU time of this process so far (Linux; zero elsewhere): a load's cost on a busy machine.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which may hold spaces and ends at the last ')'): utime and stime are
    // the 12th and 13th, in clock ticks of 1/100 s.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(Vec::new(), |(_, rest)| rest.split_whitespace().collect());
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}
