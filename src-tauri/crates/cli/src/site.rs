//! `council site …`: this database's site, which names it, and the card its peers add.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use council_core::site::{Site, SiteInput};
use council_core::{CoreError, CoreResult, Country, ErrorCode, Lang, LocalizedText, Store};
use serde::Serialize;

use crate::output::{self, pick};
use crate::sessions::localized;

#[derive(Debug, Subcommand)]
pub enum SiteCommand {
    /// Name this database's site (again: rename it; its id never changes). On a rename only the options
    /// given change.
    Init {
        #[arg(long)]
        name_ru: Option<String>,
        #[arg(long)]
        name_uz: Option<String>,
        #[arg(long)]
        name_en: Option<String>,
        /// The secretariat's country (required the first time).
        #[arg(long, value_name = "UZ|RU")]
        country: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show this site: id, names, country, whether it is named, and its key's fingerprint once it has keys.
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Write this site's card for its peers, and print the fingerprint to read aloud over the phone.
    Card {
        /// The card file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

/// A site as the CLI shows it: with its key's fingerprint, once it has a key.
#[derive(Debug, Serialize)]
pub struct SiteView {
    #[serde(flatten)]
    pub site: Site,
    pub fingerprint: Option<String>,
}

impl SiteView {
    pub fn of(site: Site) -> SiteView {
        let fingerprint = site
            .public_key
            .as_deref()
            .map(council_exchange::fingerprint);
        SiteView { site, fingerprint }
    }
}

/// The card written, as `site card --json` prints it.
#[derive(Debug, Serialize)]
struct CardView<'a> {
    path: &'a Path,
    site: String,
    name: LocalizedText,
    country: Country,
    public_key: String,
    fingerprint: String,
}

pub fn run(
    command: SiteCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        SiteCommand::Init {
            name_ru,
            name_uz,
            name_en,
            country,
            json,
        } => {
            let current = store.site()?;
            let country = match country {
                Some(code) => Country::parse(&code)?,
                None => current
                    .country
                    .ok_or_else(|| CoreError::new(ErrorCode::Required, "country").on("country"))?,
            };
            let mut name = current.name;
            for (slot, given) in [
                (&mut name.ru, name_ru),
                (&mut name.uz, name_uz),
                (&mut name.en, name_en),
            ] {
                if let Some(given) = given {
                    *slot = given;
                }
            }
            let site = store.name_site(&SiteInput { name, country })?;
            show(out, json, SiteView::of(site), lang)
        }
        SiteCommand::Show { json } => show(out, json, SiteView::of(store.site()?), lang),
        SiteCommand::Card { out: file, json } => {
            let card = council_exchange::save_site_card(store, &file)?;
            let fingerprint = council_exchange::fingerprint(&card.public_key);
            if json {
                return output::json(
                    out,
                    &CardView {
                        path: &file,
                        site: card.site,
                        name: card.name,
                        country: card.country,
                        public_key: card.public_key,
                        fingerprint,
                    },
                );
            }
            output::lines(
                out,
                &[
                    file.display().to_string(),
                    format!("{}: {fingerprint}", read_aloud(lang)),
                ],
            )
        }
    }
}

/// The label of the fingerprint the other secretariat is read over the phone.
fn read_aloud(lang: Lang) -> &'static str {
    pick(
        lang,
        "отпечаток ключа, чтобы зачитать по телефону",
        "telefonda oʻqib berish uchun kalit izi",
        "key fingerprint, to read aloud over the phone",
    )
}

/// One line naming a site: `Tashkent secretariat (UZ)`, or that it has no name yet.
pub fn describe(site: &Site, lang: Lang) -> String {
    if !site.named {
        return pick(
            lang,
            "секретариат не назван: council site init",
            "kotibiyat nomlanmagan: council site init",
            "the site is not named yet: council site init",
        )
        .to_owned();
    }
    let country = site.country.map(Country::code).unwrap_or_default();
    format!("{} ({country})", localized(lang, &site.name))
}

/// The fingerprint line, or that the key is made with the first card or package.
pub fn fingerprint_line(fingerprint: Option<&str>, lang: Lang) -> String {
    let label = pick(lang, "отпечаток ключа", "kalit izi", "key fingerprint");
    match fingerprint {
        Some(fingerprint) => format!("{label}: {fingerprint}"),
        None => format!(
            "{label}: {}",
            pick(
                lang,
                "ещё нет (ключ создаётся с первой карточкой)",
                "hali yoʻq (kalit birinchi kartochka bilan yaratiladi)",
                "none yet (the key is made with the first card)",
            )
        ),
    }
}

fn show(out: &mut dyn Write, json: bool, view: SiteView, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, &view);
    }
    let site = &view.site;
    let mut lines = vec![
        describe(site, lang),
        format!("id: {}", site.id),
        format!("ru: {}", site.name.ru),
        format!("uz: {}", site.name.uz),
        format!("en: {}", site.name.en),
    ];
    lines.push(format!(
        "{}: {}",
        pick(lang, "назван", "nomlangan", "named"),
        if site.named {
            pick(lang, "да", "ha", "yes")
        } else {
            pick(lang, "нет", "yoʻq", "no")
        }
    ));
    lines.push(fingerprint_line(view.fingerprint.as_deref(), lang));
    output::lines(out, &lines)
}
