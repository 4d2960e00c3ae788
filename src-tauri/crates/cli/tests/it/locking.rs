//! Reading commands while another process holds the database's write lock (another desk saving, a long
//! import): they read what was committed and do not wait for the lock.

use crate::support::Council;

#[test]
fn sessions_list_and_search_work_while_another_process_holds_a_write() {
    let council = Council::new();
    council.ok(&[
        "sessions",
        "add",
        "--start",
        "2026-06-10 10:00",
        "--zone",
        "Asia/Tashkent",
        "--title-ru",
        "Заседание рабочей группы по энергетике",
        "--title-uz",
        "Energetika boʻyicha ishchi guruh majlisi",
        "--title-en",
        "Energy working group meeting",
        "--confirm",
    ]);

    let writer = rusqlite::Connection::open(&council.db).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();

    let list = council.run(&["sessions", "list", "--json"]);
    assert_eq!(list.code, 0, "sessions list: {}", list.stderr);
    let sessions = list.json();
    assert_eq!(
        sessions[0]["title"]["en"], "Energy working group meeting",
        "{sessions}"
    );
    let found = council.run(&["search", "энергетике"]);
    assert_eq!(found.code, 0, "search: {}", found.stderr);
    assert!(
        found.stdout.contains("Energy working group meeting"),
        "{}",
        found.stdout
    );

    writer.execute_batch("ROLLBACK").unwrap();
}
