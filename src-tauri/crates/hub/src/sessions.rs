//! Sign-in sessions: a random token (256 bits from the operating system) per signed-in officer, ended by
//! signing out, after a while idle, or at a fixed maximum whatever the activity.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use uuid::Uuid;

/// How long a session lasts.
#[derive(Debug, Clone, Copy)]
pub struct Lifetime {
    /// Ended when no request used it for this long.
    pub idle: Duration,
    /// Ended this long after signing in, however busy.
    pub max: Duration,
}

impl Default for Lifetime {
    /// A working day idle, twelve hours at most.
    fn default() -> Self {
        Lifetime {
            idle: Duration::from_secs(8 * 3600),
            max: Duration::from_secs(12 * 3600),
        }
    }
}

#[derive(Debug)]
struct Session {
    officer: Uuid,
    started: Instant,
    used: Instant,
}

/// The live sessions, by token.
#[derive(Debug)]
pub struct Sessions {
    lifetime: Lifetime,
    live: Mutex<HashMap<String, Session>>,
}

impl Sessions {
    #[must_use]
    pub fn new(lifetime: Lifetime) -> Sessions {
        Sessions {
            lifetime,
            live: Mutex::new(HashMap::new()),
        }
    }

    /// A new session of `officer`: its token.
    pub fn open(&self, officer: Uuid) -> std::io::Result<String> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|error| std::io::Error::other(error.to_string()))?;
        let token = bytes
            .iter()
            .fold(String::with_capacity(64), |mut token, byte| {
                let _ = write!(token, "{byte:02x}");
                token
            });
        let now = Instant::now();
        let mut live = self.live.lock().unwrap_or_else(PoisonError::into_inner);
        live.retain(|_, session| self.alive(session, now));
        live.insert(
            token.clone(),
            Session {
                officer,
                started: now,
                used: now,
            },
        );
        Ok(token)
    }

    /// The officer of the live session `token` (which this use keeps alive); `None` for a token never
    /// issued, signed out or expired.
    pub fn officer(&self, token: &str) -> Option<Uuid> {
        let now = Instant::now();
        let mut live = self.live.lock().unwrap_or_else(PoisonError::into_inner);
        let session = live.get_mut(token)?;
        if !self.alive(session, now) {
            live.remove(token);
            return None;
        }
        session.used = now;
        Some(session.officer)
    }

    /// Whether `token` names a live session, without counting this as its use (a desk listening to the
    /// changes does not keep its session alive).
    pub fn is_live(&self, token: &str) -> bool {
        let live = self.live.lock().unwrap_or_else(PoisonError::into_inner);
        live.get(token)
            .is_some_and(|session| self.alive(session, Instant::now()))
    }

    /// Ends the session `token`.
    pub fn close(&self, token: &str) {
        self.live
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(token);
    }

    fn alive(&self, session: &Session, now: Instant) -> bool {
        now.duration_since(session.used) < self.lifetime.idle
            && now.duration_since(session.started) < self.lifetime.max
    }
}
