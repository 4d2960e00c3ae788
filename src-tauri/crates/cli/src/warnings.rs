//! Scheduling warnings on the command line: listed on stderr, and refused unless the officer confirms
//! (`--confirm`, a word of this front door only: the core's refusal names none).

use council_core::scheduling::ScheduleConflict;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};

use crate::output;

fn print(conflicts: &[ScheduleConflict], lang: Lang) {
    for conflict in conflicts {
        output::stderr_line(&format!("warning: {}", conflict.message.get(lang)));
    }
}

/// How to schedule anyway, after a refusal over warnings.
fn hint(lang: Lang) {
    output::stderr_line(output::pick(
        lang,
        "подсказка: чтобы запланировать всё равно, повторите команду с --confirm",
        "maslahat: baribir rejalashtirish uchun buyruqni --confirm bilan qayta bering",
        "hint: to schedule anyway, run the command again with --confirm",
    ));
}

/// The refusal of a change over `count` warnings not confirmed, with the hint printed.
pub fn refused(count: usize, lang: Lang) -> CoreError {
    hint(lang);
    CoreError::new(ErrorCode::ScheduleConflicts, count.to_string())
}

/// Saves a session through `save`, which the core refuses over any warning whose key it is not given. With
/// `--confirm` the officer confirms the warnings `look` finds now, printed before the save; a warning that
/// appears after the look (another write) still refuses it. A refusal prints the warnings it carries that were
/// not printed yet, and the hint.
pub fn save_confirmed<T>(
    store: &mut Store,
    confirm: bool,
    lang: Lang,
    look: impl FnOnce(&Store) -> CoreResult<Vec<ScheduleConflict>>,
    save: impl FnOnce(&mut Store, &[String]) -> CoreResult<T>,
) -> CoreResult<T> {
    let seen = if confirm { look(store)? } else { Vec::new() };
    print(&seen, lang);
    let keys: Vec<String> = seen.iter().map(|c| c.key.clone()).collect();
    save(store, &keys).inspect_err(|error| {
        if error.code == ErrorCode::ScheduleConflicts {
            let new: Vec<ScheduleConflict> = error
                .conflicts
                .iter()
                .filter(|c| !keys.contains(&c.key))
                .cloned()
                .collect();
            print(&new, lang);
            hint(lang);
        }
    })
}
