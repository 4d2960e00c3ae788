//! Numbers people cite across sites. A session's decisions and instructions are numbered by one site, its
//! *numbering site* (the site that made it, until the numbering is handed over); a standalone instruction
//! by the site that made it when the register has no numbering site. A record made on another site is
//! saved with its number *pending*: a placeholder that keeps the register's unique rules, is never shown or
//! printed, and is replaced when the numbering site receives the record (the number then travels back).

use uuid::Uuid;

/// How every placeholder number begins; no number a site gives begins so.
const PENDING: &str = "pending:";

/// The placeholder number of a record made with its number pending: unique by the record's id.
#[must_use]
pub fn placeholder(id: &str) -> String {
    format!("{PENDING}{id}")
}

/// The placeholder of a pending standalone instruction made in `year` (the year its number will carry).
#[must_use]
pub fn standalone_placeholder(year: i32, id: &str) -> String {
    format!("{PENDING}S-{year}:{id}")
}

/// The year a pending standalone instruction's placeholder keeps, if it is one.
#[must_use]
pub fn standalone_year(number: &str) -> Option<i32> {
    let rest = number.strip_prefix(PENDING)?.strip_prefix("S-")?;
    rest.split_once(':')?.0.parse().ok()
}

/// Whether a stored number is a placeholder: the record waits for its numbering site.
#[must_use]
pub fn is_pending(number: &str) -> bool {
    number.starts_with(PENDING)
}

/// A stored number as it is shown: the number, or nothing while it is pending.
#[must_use]
pub fn shown(number: String) -> (String, bool) {
    if is_pending(&number) {
        (String::new(), true)
    } else {
        (number, false)
    }
}

/// The place in its session a decision with a pending number holds until it is numbered: a negative
/// sequence made of its id's random bits, so two pending decisions never share one (numbers are 1, 2, …).
#[must_use]
pub fn pending_seq(id: &str) -> i64 {
    let bits = Uuid::parse_str(id).map_or(0, |id| id.as_u128()) & ((1u128 << 62) - 1);
    -i64::try_from(bits).unwrap_or(0) - 1
}

/// A `LIKE` pattern for the placeholder numbers in SQL.
pub(crate) const PENDING_LIKE: &str = "pending:%";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_placeholder_is_never_shown_and_keeps_the_year_of_a_standalone_instruction() {
        let id = "0190f3a2-7b1c-7d4e-8f00-123456789abc";
        assert_eq!(shown(placeholder(id)), (String::new(), true));
        assert_eq!(shown("12/3".to_owned()), ("12/3".to_owned(), false));
        assert_eq!(
            standalone_year(&standalone_placeholder(2026, id)),
            Some(2026)
        );
        assert_eq!(standalone_year(&placeholder(id)), None);
        assert!(pending_seq(id) < 0);
        assert_ne!(
            pending_seq(id),
            pending_seq("0190f3a2-7b1c-7d4e-8f00-123456789abd")
        );
    }
}
