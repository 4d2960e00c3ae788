//! A small SMTP server on loopback for tests (the feature `sink`): enough of EHLO, MAIL, RCPT, DATA, RSET and
//! QUIT to take messages, and it refuses the recipients it is told to with 550. Never part of the app.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// One message the sink accepted: its envelope recipients and the data as sent (dot-stuffing undone).
#[derive(Debug, Clone)]
pub struct Received {
    pub recipients: Vec<String>,
    pub data: Vec<u8>,
}

/// A running sink; it serves until the test process ends.
#[derive(Debug)]
pub struct Sink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
}

impl Sink {
    /// Starts the sink on a free loopback port; `refuse` are the recipients answered with 550.
    #[must_use]
    pub fn start(refuse: &[&str]) -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let refuse: Vec<String> = refuse.iter().map(|r| r.to_lowercase()).collect();
        let store = Arc::clone(&received);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let store = Arc::clone(&store);
                let refuse = refuse.clone();
                std::thread::spawn(move || converse(stream, &refuse, &store));
            }
        });
        Sink { port, received }
    }

    /// The messages accepted so far, in order.
    #[must_use]
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

fn converse(stream: TcpStream, refuse: &[String], store: &Mutex<Vec<Received>>) {
    let mut out = stream.try_clone().unwrap();
    let mut lines = BufReader::new(stream);
    let mut reply = |text: &str| out.write_all(format!("{text}\r\n").as_bytes()).is_ok();
    reply("220 sink.test ESMTP");
    let mut recipients = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let command = line.trim_end().to_owned();
        let verb = command
            .split([' ', ':'])
            .next()
            .unwrap_or("")
            .to_uppercase();
        let ok = match verb.as_str() {
            "EHLO" | "HELO" => reply("250-sink.test\r\n250 8BITMIME"),
            "MAIL" => {
                recipients.clear();
                reply("250 2.1.0 ok")
            }
            "RCPT" => {
                let address = command
                    .split_once('<')
                    .and_then(|(_, rest)| rest.split_once('>'))
                    .map(|(address, _)| address.to_lowercase())
                    .unwrap_or_default();
                if refuse.contains(&address) {
                    reply(&format!("550 5.1.1 <{address}>: no such mailbox"))
                } else {
                    recipients.push(address);
                    reply("250 2.1.5 ok")
                }
            }
            "DATA" => {
                reply("354 go ahead");
                let mut data = Vec::new();
                loop {
                    let mut raw = Vec::new();
                    if lines.read_until(b'\n', &mut raw).unwrap_or(0) == 0 {
                        return;
                    }
                    if raw == b".\r\n" {
                        break;
                    }
                    data.extend_from_slice(raw.strip_prefix(b".").unwrap_or(&raw));
                }
                store.lock().unwrap().push(Received {
                    recipients: std::mem::take(&mut recipients),
                    data,
                });
                reply("250 2.0.0 queued")
            }
            "RSET" | "NOOP" => reply("250 ok"),
            "QUIT" => {
                reply("221 bye");
                return;
            }
            _ => reply("502 not here"),
        };
        if !ok {
            return;
        }
    }
}
