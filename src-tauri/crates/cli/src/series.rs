//! `council series …`

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::scheduling::{DayOfWeek, MonthWeek, RecurrenceRule, Repeat, SeriesEnd};
use council_core::{CoreError, CoreResult, ErrorCode, Lang, SeriesInput, SessionSeries, Store};

use crate::output;
use crate::sessions::{SessionFields, localized, new_input};

// Parsed once per run; boxing the options of `add` would only make the code harder to read.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum SeriesCommand {
    /// Create a series of meetings: one draft session per date of the rule, each then changed on its own.
    Add {
        /// working_group, forum, preparatory or council_session.
        #[arg(long, default_value = "working_group")]
        kind: String,
        /// The first meeting's start on the venue's clock, "YYYY-MM-DD HH:MM"; the rule counts from its date.
        #[arg(long, value_name = "DATETIME")]
        start: String,
        /// The venue's IANA time zone, for example Asia/Tashkent or Europe/Moscow.
        #[arg(long, value_name = "ZONE")]
        zone: String,
        #[command(flatten)]
        fields: SessionFields,
        #[command(flatten)]
        rule: RuleArgs,
        /// A date to skip, YYYY-MM-DD (repeat for several).
        #[arg(long = "skip", value_name = "DATE")]
        skip: Vec<String>,
        /// Only print the dates (and warnings) the series would have; write nothing.
        #[arg(long)]
        preview: bool,
        /// Create it even when meetings have scheduling warnings.
        #[arg(long)]
        confirm: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List the series.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show a series: its rule, skipped dates and meetings.
    Show {
        /// The series id.
        series: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Skip one date: it becomes an exception and its meeting is cancelled with the reason.
    Skip {
        /// The series id.
        series: String,
        /// The date to skip, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        date: String,
        /// Why (kept in the meeting's history).
        #[arg(long)]
        reason: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Give a series a new rule: future meetings nobody has changed follow it; past, scheduled or moved ones stay.
    Rule {
        /// The series id.
        series: String,
        #[command(flatten)]
        rule: RuleArgs,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a series to the trash with its meetings that are still drafts and have not started.
    Delete {
        /// The series id.
        series: String,
    },
}

/// The recurrence rule. Weekly unless --week or --day is given.
#[derive(Debug, Args)]
pub struct RuleArgs {
    /// The day of the week: monday … sunday (or mon … sun). Required unless --day is given.
    #[arg(long, value_name = "DAY")]
    pub weekday: Option<String>,
    /// Weekly: every N weeks.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub every: u32,
    /// Monthly on the N-th weekday: 1, 2, 3, 4 or last.
    #[arg(long, value_name = "N|last", conflicts_with = "day")]
    pub week: Option<String>,
    /// Monthly on this day of the month (1–31); months without it are skipped.
    #[arg(long, value_name = "N")]
    pub day: Option<u32>,
    /// The last date a meeting may fall on, YYYY-MM-DD.
    #[arg(
        long,
        value_name = "DATE",
        required_unless_present = "count",
        conflicts_with = "count"
    )]
    pub until: Option<String>,
    /// How many dates the rule gives (skipped ones count too).
    #[arg(long, value_name = "N")]
    pub count: Option<u32>,
}

impl RuleArgs {
    fn rule(&self) -> CoreResult<RecurrenceRule> {
        let weekday = || {
            self.weekday
                .as_deref()
                .map(DayOfWeek::parse)
                .ok_or_else(|| CoreError::new(ErrorCode::Required, "weekday").on("weekday"))?
        };
        let repeat = match (&self.week, self.day) {
            (_, Some(day)) => Repeat::MonthlyDay { day },
            (Some(week), None) => Repeat::MonthlyWeekday {
                week: MonthWeek::parse(week)?,
                weekday: weekday()?,
            },
            (None, None) => Repeat::Weekly {
                every_weeks: self.every,
                weekday: weekday()?,
            },
        };
        let end = match (&self.until, self.count) {
            (Some(date), _) => SeriesEnd::Until { date: date.clone() },
            (None, Some(count)) => SeriesEnd::Count { count },
            (None, None) => return Err(CoreError::new(ErrorCode::Required, "until").on("until")),
        };
        Ok(RecurrenceRule { repeat, end })
    }
}

fn show(out: &mut dyn Write, json: bool, series: &SessionSeries, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, series);
    }
    let mut lines = vec![
        format!("series  {}", series.id),
        format!("title   {}", localized(lang, &series.template.title)),
        format!(
            "rule    {}",
            serde_json::to_string(&series.rule).unwrap_or_default()
        ),
        format!("from    {} {}", series.first_date, series.start_time),
    ];
    for date in &series.exceptions {
        lines.push(format!("skip    {date}"));
    }
    for occurrence in &series.occurrences {
        let session = &occurrence.session;
        lines.push(format!(
            "{}  {}  {}  {}",
            occurrence.date,
            session.start.venue.text(),
            session.status.code(),
            session.id
        ));
    }
    output::lines(out, &lines)
}

pub fn run(
    command: SeriesCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        SeriesCommand::Add {
            kind,
            start,
            zone,
            fields,
            rule,
            skip,
            preview,
            confirm,
            json,
        } => {
            let input = SeriesInput {
                session: new_input(&kind, start, zone, fields)?,
                rule: rule.rule()?,
                exceptions: skip,
            };
            let planned = store.preview_series(&input)?;
            for dated in &planned.conflicts {
                for conflict in &dated.conflicts {
                    output::stderr_line(&format!(
                        "warning: {}: {}",
                        dated.date,
                        conflict.message.get(lang)
                    ));
                }
            }
            if preview {
                let dates = &planned.dates;
                return if json {
                    output::json(out, dates)
                } else {
                    output::lines(
                        out,
                        &dates.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    )
                };
            }
            let warned: usize = planned.conflicts.iter().map(|d| d.conflicts.len()).sum();
            if warned > 0 && !confirm {
                return Err(crate::warnings::refused(warned, lang));
            }
            let series = store.create_series(&input)?;
            show(out, json, &series, lang)
        }
        SeriesCommand::List { json } => {
            let all = store.list_series()?;
            output::listing(out, json, &all, |s| {
                vec![
                    s.id.to_string(),
                    format!("{} {}", s.first_date, s.start_time),
                    s.occurrences.len().to_string(),
                    localized(lang, &s.template.title),
                ]
            })
        }
        SeriesCommand::Show { series, json } => {
            let series = store.series(&series)?;
            show(out, json, &series, lang)
        }
        SeriesCommand::Skip {
            series,
            date,
            reason,
            json,
        } => {
            let series = store.skip_series_date(&series, &date, &reason)?;
            show(out, json, &series, lang)
        }
        SeriesCommand::Rule { series, rule, json } => {
            let today = store.secretariat_today()?;
            let series = store.change_series_rule(&series, &rule.rule()?, today)?;
            show(out, json, &series, lang)
        }
        SeriesCommand::Delete { series } => {
            let series = store.delete_series(&series)?;
            output::lines(out, &[series.id.to_string()])
        }
    }
}
