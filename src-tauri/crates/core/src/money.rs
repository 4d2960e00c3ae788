//! Money: amounts in minor units of a currency, and exchange rates to the US dollar.
//!
//! Every stored amount is an integer of minor units (cents, kopecks, tiyin; all three currencies have 100 minor
//! units to the unit), so no amount is ever rounded by a float. A rate is the number of units of a currency per
//! one US dollar, times 1 000 000 (`micros_per_usd`); conversions multiply and divide in 128-bit integers and
//! round half up to whole cents.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, CoreResult, ErrorCode};

/// A currency the Council's projects and agreements are valued in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub enum Currency {
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "RUB")]
    Rub,
    #[serde(rename = "UZS")]
    Uzs,
}

impl Currency {
    /// Every currency, US dollar first.
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Rub, Currency::Uzs];

    /// The ISO 4217 code, as stored and typed.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Rub => "RUB",
            Currency::Uzs => "UZS",
        }
    }

    /// Parses `USD`, `RUB` or `UZS` (case-insensitive).
    pub fn parse(text: &str) -> CoreResult<Currency> {
        let code = text.trim().to_ascii_uppercase();
        Currency::ALL
            .into_iter()
            .find(|currency| currency.code() == code)
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("currency"))
    }
}

/// The scale of `micros_per_usd`.
const MICROS: i128 = 1_000_000;

/// An amount of money: minor units (cents, kopecks, tiyin) of a currency. Never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    /// Parses an amount a user typed (`1 250 000.50`, `1250000,5`) in `currency`, attributing errors to `field`.
    pub fn parse(text: &str, currency: Currency, field: &'static str) -> CoreResult<Money> {
        let minor = parse_decimal(text, 2, field)?;
        Ok(Money { minor, currency })
    }

    /// The amount with its units grouped in threes by spaces and two decimals: `1 250 000.50`.
    #[must_use]
    pub fn amount_text(self) -> String {
        format_scaled(self.minor, 2, 2)
    }
}

impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.amount_text(), self.currency.code())
    }
}

/// Parses an optional value and its currency: an amount needs a currency; no amount is no value.
pub(crate) fn optional_money(
    value: Option<&str>,
    currency: Option<Currency>,
) -> CoreResult<Option<Money>> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(amount) => {
            let currency = currency
                .ok_or_else(|| CoreError::new(ErrorCode::Required, "currency").on("currency"))?;
            Money::parse(amount, currency, "value").map(Some)
        }
    }
}

/// US cents written as dollars: `1 000 000.00`.
#[must_use]
pub fn usd_text(cents: i64) -> String {
    format_scaled(cents, 2, 2)
}

/// A rate recorded by the secretariat: units of `currency` per one US dollar from `on_date` on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExchangeRate {
    pub currency: Currency,
    pub on_date: NaiveDate,
    /// Units of the currency per one US dollar, times 1 000 000.
    pub micros_per_usd: i64,
    pub created_at: String,
}

impl ExchangeRate {
    /// The rate as a user reads it: `92.35`, `12 800`.
    #[must_use]
    pub fn rate_text(&self) -> String {
        format_scaled(self.micros_per_usd, 6, 0)
    }
}

/// Parses a rate a user typed (`92.35`, `12 800`): units per US dollar, up to six decimals, above zero.
pub fn parse_rate(text: &str, field: &'static str) -> CoreResult<i64> {
    let micros = parse_decimal(text, 6, field)?;
    if micros == 0 {
        return Err(CoreError::new(ErrorCode::InvalidValue, text.trim()).on(field));
    }
    Ok(micros)
}

/// Converts `minor` units of a currency to US cents at `micros_per_usd`, rounding half up.
/// `None` when the rate is not positive or the result does not fit.
#[must_use]
pub fn minor_to_usd_cents(minor: i128, micros_per_usd: i64) -> Option<i64> {
    if micros_per_usd <= 0 {
        return None;
    }
    // cents = minor / 100 units ÷ (micros / 1 000 000) units per dollar × 100 cents = minor × 1 000 000 / micros.
    let numerator = minor.checked_mul(MICROS)?;
    let cents = round_half_up(numerator, i128::from(micros_per_usd));
    i64::try_from(cents).ok()
}

/// `numerator / denominator` rounded half away from zero; `denominator` is positive.
fn round_half_up(numerator: i128, denominator: i128) -> i128 {
    let quotient = numerator / denominator;
    let remainder = numerator % denominator;
    if remainder.abs() * 2 >= denominator {
        quotient + numerator.signum()
    } else {
        quotient
    }
}

/// Parses a non-negative decimal typed by a user into an integer scaled by `10^scale`.
///
/// The integer part may be grouped in threes by spaces (also no-break and thin spaces); the decimal mark is
/// `.` or `,`; at most `scale` decimals, so nothing is rounded away. Anything else is `invalid_value`.
pub(crate) fn parse_decimal(text: &str, scale: u32, field: &'static str) -> CoreResult<i64> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(CoreError::new(ErrorCode::Required, field).on(field));
    }
    let bad = || CoreError::new(ErrorCode::InvalidValue, trimmed).on(field);
    let (whole, fraction) = match trimmed.find(['.', ',']) {
        Some(at) => (&trimmed[..at], Some(&trimmed[at + 1..])),
        None => (trimmed, None),
    };
    let groups: Vec<&str> = whole
        .split([' ', '\u{00A0}', '\u{202F}', '\u{2009}'])
        .collect();
    let grouped_well = groups.iter().enumerate().all(|(i, group)| {
        let digits = group.len();
        group.bytes().all(|b| b.is_ascii_digit())
            && if groups.len() == 1 {
                digits >= 1
            } else if i == 0 {
                (1..=3).contains(&digits)
            } else {
                digits == 3
            }
    });
    if !grouped_well {
        return Err(bad());
    }
    let fraction = fraction.unwrap_or("0");
    if fraction.is_empty()
        || fraction.len() > scale as usize
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    let mut value: i128 = 0;
    for digit in groups.concat().bytes() {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(i128::from(digit - b'0')))
            .ok_or_else(bad)?;
        if value > i128::from(i64::MAX) {
            return Err(bad());
        }
    }
    let mut fraction_value: i128 = 0;
    for digit in fraction.bytes() {
        fraction_value = fraction_value * 10 + i128::from(digit - b'0');
    }
    let fraction_scale = 10_i128.pow(scale - fraction.len() as u32);
    value
        .checked_mul(10_i128.pow(scale))
        .map(|v| v + fraction_value * fraction_scale)
        .and_then(|v| i64::try_from(v).ok())
        .ok_or_else(bad)
}

/// Writes `value / 10^scale` with spaces between groups of three digits and between `min_decimals` and `scale`
/// decimals (trailing zeros beyond `min_decimals` dropped).
fn format_scaled(value: i64, scale: u32, min_decimals: usize) -> String {
    let divisor = 10_i128.pow(scale);
    let magnitude = i128::from(value).abs();
    let whole = (magnitude / divisor).to_string();
    let mut fraction = format!("{:0width$}", magnitude % divisor, width = scale as usize);
    while fraction.len() > min_decimals && fraction.ends_with('0') {
        fraction.pop();
    }
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(digit);
    }
    let sign = if value < 0 { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minor(text: &str) -> i64 {
        Money::parse(text, Currency::Rub, "value").unwrap().minor
    }

    #[test]
    fn amounts_are_parsed_exactly() {
        assert_eq!(minor("1 250 000.50"), 125_000_050);
        assert_eq!(minor("1250000,5"), 125_000_050);
        assert_eq!(minor("1\u{00A0}250\u{00A0}000,05"), 125_000_005);
        assert_eq!(minor(" 0 "), 0);
        assert_eq!(minor("92 350 000"), 9_235_000_000);
        assert_eq!(minor("0.01"), 1);
    }

    #[test]
    fn bad_amounts_are_refused_on_the_field() {
        for bad in [
            "-5",
            "+5",
            "1.234",
            "12.",
            ".5",
            "1 25",
            "12 3456",
            "1,250,000.50",
            "1e6",
            "abc",
            "1 250  000",
            "99999999999999999999",
        ] {
            let error = Money::parse(bad, Currency::Usd, "value").unwrap_err();
            assert_eq!(
                (error.code, error.field),
                (ErrorCode::InvalidValue, Some("value")),
                "{bad}"
            );
        }
        let error = Money::parse("  ", Currency::Usd, "value").unwrap_err();
        assert_eq!(error.code, ErrorCode::Required);
    }

    #[test]
    fn rates_have_six_decimals_and_are_positive() {
        assert_eq!(parse_rate("92.35", "rate").unwrap(), 92_350_000);
        assert_eq!(parse_rate("12 800", "rate").unwrap(), 12_800_000_000);
        assert_eq!(parse_rate("0,000001", "rate").unwrap(), 1);
        assert_eq!(
            parse_rate("0", "rate").unwrap_err().code,
            ErrorCode::InvalidValue
        );
        assert_eq!(
            parse_rate("1.0000001", "rate").unwrap_err().code,
            ErrorCode::InvalidValue
        );
    }

    #[test]
    fn conversions_are_hand_checked() {
        // 92 350 000 RUB at 92.35 RUB per dollar is exactly one million dollars.
        assert_eq!(
            minor_to_usd_cents(9_235_000_000, 92_350_000),
            Some(100_000_000)
        );
        // 12 800 UZS at 12 800 UZS per dollar is one dollar.
        assert_eq!(minor_to_usd_cents(1_280_000, 12_800_000_000), Some(100));
        // 1 RUB at 92.35 is 1.0828… cents → 1 cent; 1.50 RUB → 1.624… → 2 cents.
        assert_eq!(minor_to_usd_cents(100, 92_350_000), Some(1));
        assert_eq!(minor_to_usd_cents(150, 92_350_000), Some(2));
        // Exactly half a cent rounds up: 64 UZS at 12 800 is 0.5 cent.
        assert_eq!(minor_to_usd_cents(6_400, 12_800_000_000), Some(1));
        assert_eq!(minor_to_usd_cents(6_399, 12_800_000_000), Some(0));
        assert_eq!(minor_to_usd_cents(100, 0), None);
    }

    #[test]
    fn amounts_are_written_grouped() {
        let money = Money {
            minor: 125_000_050,
            currency: Currency::Uzs,
        };
        assert_eq!(money.to_string(), "1 250 000.50 UZS");
        assert_eq!(usd_text(5), "0.05");
        assert_eq!(usd_text(100_000_000), "1 000 000.00");
        let rate = ExchangeRate {
            currency: Currency::Uzs,
            on_date: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            micros_per_usd: 12_800_000_000,
            created_at: String::new(),
        };
        assert_eq!(rate.rate_text(), "12 800");
        assert_eq!(format_scaled(92_350_000, 6, 0), "92.35");
    }

    #[test]
    fn currency_codes_parse_in_any_case() {
        assert_eq!(Currency::parse(" rub ").unwrap(), Currency::Rub);
        let error = Currency::parse("EUR").unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::InvalidValue, Some("currency"))
        );
    }
}
