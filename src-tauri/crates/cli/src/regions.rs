//! `council regions …`

use std::io::Write;

use council_core::{CoreResult, Country, Lang, Region, RegionFilter, RegionInput, Store};

use crate::args::{RegionNames, RegionsCommand};
use crate::output;

pub fn run(
    command: RegionsCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        RegionsCommand::List {
            country,
            filter,
            json,
        } => {
            let filter = RegionFilter {
                country: country.as_deref().map(Country::parse).transpose()?,
                text: filter,
            };
            let regions = store.list_regions(&filter)?;
            output::listing(out, json, &regions, |r| row(r, lang))
        }
        RegionsCommand::Show { region, json } => {
            let region = store.region(&region)?;
            show(out, json, &region, lang)
        }
        RegionsCommand::Add {
            country,
            kind,
            names,
            json,
        } => {
            let input = apply_names(
                RegionInput {
                    country,
                    kind,
                    ..RegionInput::default()
                },
                names,
            );
            let region = store.add_region(&input)?;
            show(out, json, &region, lang)
        }
        RegionsCommand::Update {
            region,
            kind,
            names,
            json,
        } => {
            let current = store.region(&region)?;
            let mut input = RegionInput {
                country: current.country.code().to_owned(),
                kind: kind.unwrap_or_else(|| current.kind.code().to_owned()),
                name: current.name,
                centre: current.centre,
                time_zone: current.time_zone,
            };
            input = apply_names(input, names);
            let updated = store.update_region(&current.id.to_string(), &input)?;
            show(out, json, &updated, lang)
        }
    }
}

fn apply_names(mut input: RegionInput, names: RegionNames) -> RegionInput {
    let fields = [
        (&mut input.name.ru, names.name_ru),
        (&mut input.name.uz, names.name_uz),
        (&mut input.name.en, names.name_en),
        (&mut input.centre.ru, names.centre_ru),
        (&mut input.centre.uz, names.centre_uz),
        (&mut input.centre.en, names.centre_en),
        (&mut input.time_zone, names.time_zone),
    ];
    for (slot, value) in fields {
        if let Some(value) = value {
            *slot = value;
        }
    }
    input
}

fn row(region: &Region, lang: Lang) -> Vec<String> {
    vec![
        region.iso_code.clone().unwrap_or_else(|| "—".to_owned()),
        region.name.uz.clone(),
        region.name.ru.clone(),
        region.centre.get(lang).to_owned(),
        region.time_zone.clone(),
    ]
}

fn show(out: &mut dyn Write, json: bool, region: &Region, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, region);
    }
    output::lines(
        out,
        &[
            format!(
                "{}  {}",
                region.iso_code.as_deref().unwrap_or("—"),
                region.id
            ),
            format!("ru: {}", region.name.ru),
            format!("uz: {}", region.name.uz),
            format!("en: {}", region.name.en),
            format!("{} · {}", region.centre.get(lang), region.time_zone),
        ],
    )
}
