// Generated from the Rust types by `cargo test -p council-documents` (tests/it/bindings.rs). Do not edit.

import type { InstructionFilter, Lang } from './bindings';

/** The language mode of a print document: one language, or Russian and Uzbek side by side. */
export type DocLang = Lang | "ru+uz";

export type Printable = { "kind": "agenda", session: string, } | { "kind": "minutes", session: string, } | { "kind": "controls", filter: InstructionFilter, } | { "kind": "dossier", pairing: string, } | { "kind": "report" };

export type DocumentPreview = { 
/**
 * One `data:image/png;base64,…` URL per page, in page order.
 */
pages: Array<string>, 
/**
 * How many pages the PDF has (the length of `pages`).
 */
pageCount: number, };

export type WordReference = { 
/**
 * The name of the file as the officer chose it.
 */
name: string, size: number, };