//! The pieces every Word document is made of: headings, paragraphs, tables with a repeated header row, and
//! the same content once per language side by side (`ru+uz`).

use super::labels::{label, long_date};
use docx_rs::{
    AlignmentType, Docx, HeightRule, Paragraph, Run, Shading, ShdType, Table, TableCell,
    TableLayoutType, TableRow, WidthType,
};

/// A piece of a document's body, in order.
pub(crate) enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

impl Block {
    pub(crate) fn paragraph(paragraph: Paragraph) -> Block {
        Block::Paragraph(Box::new(paragraph))
    }

    pub(crate) fn table(table: Table) -> Block {
        Block::Table(Box::new(table))
    }

    pub(crate) fn add_to(self, docx: Docx) -> Docx {
        match self {
            Block::Paragraph(paragraph) => docx.add_paragraph(*paragraph),
            Block::Table(table) => docx.add_table(*table),
        }
    }
}

/// A heading of `level` (1–3, Word's Heading styles), kept with what follows it.
/// The top of a document about records (not a session): the council's name in each language, then the
/// document's name (label `doc`) in capitals as one Heading 1, `РУС / UZB`.
pub(crate) fn record_title(doc: &str, langs: &[&str]) -> Vec<Block> {
    let mut blocks: Vec<Block> = langs
        .iter()
        .map(|lang| {
            Block::paragraph(centred(vec![
                Run::new().add_text(label("council", lang)).size(18),
            ]))
        })
        .collect();
    let title: Vec<String> = langs
        .iter()
        .map(|lang| label(doc, lang).to_uppercase())
        .collect();
    blocks.push(Block::paragraph(heading(
        1,
        vec![Run::new().add_text(title.join(" / "))],
    )));
    blocks
}

/// The line under a records document's title: the date it speaks of (`printed_on`) in each language,
/// `… / …`, in half-points `size` or the body's size.
pub(crate) fn as_of_line(printed_on: Option<&str>, langs: &[&str], size: Option<usize>) -> Block {
    let as_of: Vec<String> = langs
        .iter()
        .map(|lang| format!("{} {}", label("asof", lang), long_date(printed_on, lang)))
        .collect();
    let run = Run::new().add_text(as_of.join(" / "));
    Block::paragraph(centred(vec![match size {
        Some(size) => run.size(size),
        None => run,
    }]))
}

pub(crate) fn heading(level: u8, runs: Vec<Run>) -> Paragraph {
    let style = match level {
        1 => "Heading1",
        2 => "Heading2",
        _ => "Heading3",
    };
    runs.into_iter().fold(
        Paragraph::new().style(style).keep_next(true),
        Paragraph::add_run,
    )
}

/// A paragraph of the runs given.
pub(crate) fn paragraph(runs: Vec<Run>) -> Paragraph {
    runs.into_iter().fold(Paragraph::new(), Paragraph::add_run)
}

/// A centred paragraph of the runs given.
pub(crate) fn centred(runs: Vec<Run>) -> Paragraph {
    paragraph(runs).align(AlignmentType::Center)
}

/// One cell of a table: its paragraphs, shaded when `shade` (an overdue row).
pub(crate) struct Cell {
    paragraphs: Vec<Paragraph>,
    shade: bool,
}

impl Cell {
    pub(crate) fn new(paragraphs: Vec<Paragraph>) -> Cell {
        Cell {
            paragraphs,
            shade: false,
        }
    }

    /// A cell of one paragraph of the runs given.
    pub(crate) fn runs(runs: Vec<Run>) -> Cell {
        Cell::new(vec![paragraph(runs)])
    }

    /// A cell of one plain text.
    pub(crate) fn text(text: impl Into<String>) -> Cell {
        Cell::runs(vec![Run::new().add_text(text)])
    }

    /// A cell of one bold text (header cells, numbers).
    pub(crate) fn bold(text: impl Into<String>) -> Cell {
        Cell::runs(vec![Run::new().add_text(text).bold()])
    }

    pub(crate) fn shaded(mut self, shade: bool) -> Cell {
        self.shade = shade;
        self
    }

    fn into_cell(self, width: usize) -> TableCell {
        let mut cell = TableCell::new().width(width, WidthType::Dxa);
        if self.shade {
            cell = cell.shading(Shading::new().shd_type(ShdType::Clear).fill("DBDBDB"));
        }
        let paragraphs = if self.paragraphs.is_empty() {
            vec![Paragraph::new()]
        } else {
            self.paragraphs
        };
        paragraphs.into_iter().fold(cell, TableCell::add_paragraph)
    }
}

/// A table with borders: `widths` in twentieths of a point, a bold header row that repeats at the top of every
/// page the table runs onto, then `rows`, none of them split across pages.
pub(crate) fn table(widths: &[usize], header: Vec<Cell>, rows: Vec<Vec<Cell>>) -> Table {
    let row = |cells: Vec<Cell>| {
        TableRow::new(
            cells
                .into_iter()
                .zip(widths)
                .map(|(cell, width)| cell.into_cell(*width))
                .collect(),
        )
        .cant_split()
    };
    // The marker `repeat_header_rows` turns into `w:tblHeader` (see HEADER_ROW_MARK).
    let header_row = row(header).row_height(1.0).height_rule(HeightRule::AtLeast);
    let mut table = Table::new(vec![header_row])
        .style("TableGrid")
        .set_grid(widths.to_vec())
        .layout(TableLayoutType::Fixed)
        .width(widths.iter().sum(), WidthType::Dxa);
    for cells in rows {
        table = table.add_row(row(cells));
    }
    table
}

/// The same content once per language: as it is for one language, side by side in a two-column table
/// without borders for `ru+uz`.
pub(crate) fn per_lang(
    langs: &[&str],
    width: usize,
    content: impl Fn(&str) -> Vec<Paragraph>,
) -> Vec<Block> {
    if let [lang] = langs {
        return content(lang).into_iter().map(Block::paragraph).collect();
    }
    let column = width / langs.len();
    let cells = langs
        .iter()
        .map(|lang| {
            content(lang).into_iter().fold(
                TableCell::new().width(column, WidthType::Dxa),
                TableCell::add_paragraph,
            )
        })
        .collect();
    let table = Table::without_borders(vec![TableRow::new(cells)])
        .set_grid(vec![column; langs.len()])
        .layout(TableLayoutType::Fixed)
        .width(width, WidthType::Dxa);
    vec![Block::table(table), Block::paragraph(Paragraph::new())]
}
