//! The order of the numbers people cite (decisions `2/10`, instructions `2/2.10`, `S-2026-3`): part by part,
//! each run of digits by its value, so `2/2.9` comes before `2/2.10` and `2/1.1` before `2/2.2`.

use std::cmp::Ordering;

/// Width every run of digits is padded to in a [`sort_key`]; longer runs keep their length (and still sort
/// after shorter ones, being larger numbers).
const DIGITS: usize = 12;

/// A text that sorts as `number` should when compared byte by byte: each run of digits left-padded with
/// zeros to the same width, everything else as it is. The store orders by it in SQL
/// (`council_number_key(number)`), so every front door lists numbers alike.
#[must_use]
pub fn sort_key(number: &str) -> String {
    let mut key = String::with_capacity(number.len() + DIGITS * 3);
    let mut digits = String::new();
    let flush = |key: &mut String, digits: &mut String| {
        if !digits.is_empty() {
            let value = digits.trim_start_matches('0');
            let value = if value.is_empty() { "0" } else { value };
            for _ in value.len()..DIGITS {
                key.push('0');
            }
            key.push_str(value);
            digits.clear();
        }
    };
    for c in number.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut key, &mut digits);
            key.push(c);
        }
    }
    flush(&mut key, &mut digits);
    key
}

/// Compares two cited numbers in their numeric order (see [`sort_key`]).
#[must_use]
pub fn compare(a: &str, b: &str) -> Ordering {
    sort_key(a).cmp(&sort_key(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_part_is_ordered_by_its_value() {
        let mut numbers = vec![
            "2/2.10", "2/2.2", "2/10", "2/1.1", "2/2.9", "10/1", "2/2.1", "2/2.1.1", "2/2",
        ];
        numbers.sort_by(|a, b| compare(a, b));
        assert_eq!(
            numbers,
            [
                "2/1.1", "2/2", "2/2.1", "2/2.1.1", "2/2.2", "2/2.9", "2/2.10", "2/10", "10/1"
            ]
        );
    }

    #[test]
    fn standalone_numbers_sort_by_year_then_count() {
        let mut numbers = vec!["S-2026-10", "S-2027-1", "S-2026-9"];
        numbers.sort_by(|a, b| compare(a, b));
        assert_eq!(numbers, ["S-2026-9", "S-2026-10", "S-2027-1"]);
    }
}
