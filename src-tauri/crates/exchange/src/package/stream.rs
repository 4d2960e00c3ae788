//! Reading a package file front to back: every byte before the end record goes through SHA-512, and every
//! record length is checked against its kind's limit and against what is left of the file before a byte of
//! it is read or allocated.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use council_core::{CoreError, CoreResult};
use sha2::{Digest, Sha512};

use super::format::{
    KIND_BLOB, KIND_END, KIND_ENTRY, KIND_HEADER, MAGIC, MAX_BLOB_BYTES, MAX_HEADER_BYTES,
    MAX_RECORD_BYTES, SHA256_HEX_LEN, SIGNATURE_LEN, damaged,
};

/// A package file being read, and the SHA-512 of what has been read so far.
pub(super) struct Stream {
    reader: BufReader<File>,
    hasher: Sha512,
    /// Bytes read so far.
    pos: u64,
    /// The file's size when it was opened.
    size: u64,
}

/// What the end record holds, and the digest it signs.
pub(super) struct End {
    pub digest: [u8; 64],
    pub signature: [u8; 64],
}

/// A read error: the file ending early is damage, anything else is the disk's.
fn read_error(error: io::Error) -> CoreError {
    if error.kind() == io::ErrorKind::UnexpectedEof {
        damaged("the file is cut short")
    } else {
        CoreError::from(error)
    }
}

impl Stream {
    /// Opens the file and reads its magic line.
    pub fn open(path: &Path) -> CoreResult<Stream> {
        let file = File::open(path)?;
        let size = file.metadata()?.len();
        let mut stream = Stream {
            reader: BufReader::with_capacity(64 * 1024, file),
            hasher: Sha512::new(),
            pos: 0,
            size,
        };
        if size < MAGIC.len() as u64 {
            return Err(damaged("not a Council Desk package"));
        }
        let mut magic = [0u8; MAGIC.len()];
        stream.read_hashed(&mut magic)?;
        if magic != MAGIC {
            return Err(damaged("not a Council Desk package"));
        }
        Ok(stream)
    }

    /// The next record's kind and length, the length checked against the kind's limit and the bytes left.
    pub fn frame(&mut self) -> CoreResult<(u8, u64)> {
        let mut frame = [0u8; 5];
        if self.size.saturating_sub(self.pos) < frame.len() as u64 {
            return Err(damaged("the file is cut short"));
        }
        self.reader.read_exact(&mut frame).map_err(read_error)?;
        self.pos += frame.len() as u64;
        let kind = frame[0];
        let len = u64::from(u32::from_be_bytes([frame[1], frame[2], frame[3], frame[4]]));
        // The end record is not part of what its signature covers.
        if kind != KIND_END {
            self.hasher.update(frame);
        }
        let allowed = match kind {
            KIND_HEADER => len <= MAX_HEADER_BYTES,
            KIND_ENTRY => len <= MAX_RECORD_BYTES,
            KIND_BLOB => (SHA256_HEX_LEN..=SHA256_HEX_LEN + MAX_BLOB_BYTES).contains(&len),
            KIND_END => len == SIGNATURE_LEN,
            _ => return Err(damaged(format!("a record of unknown kind {kind}"))),
        };
        if !allowed {
            return Err(damaged(format!(
                "a record of kind {kind} is {len} bytes long"
            )));
        }
        if len > self.size.saturating_sub(self.pos) {
            return Err(damaged("the file is cut short"));
        }
        Ok((kind, len))
    }

    /// The next `len` bytes, `len` already checked by [`Stream::frame`].
    pub fn bytes(&mut self, len: u64) -> CoreResult<Vec<u8>> {
        let mut bytes = vec![0u8; len as usize];
        self.read_hashed(&mut bytes)?;
        Ok(bytes)
    }

    /// Reads and hashes the next `len` bytes without keeping them.
    pub fn skip(&mut self, len: u64) -> CoreResult<()> {
        let mut rest = len;
        let mut buffer = vec![0u8; len.min(64 * 1024) as usize];
        while rest > 0 {
            let chunk = rest.min(buffer.len() as u64) as usize;
            self.read_hashed(&mut buffer[..chunk])?;
            rest -= chunk as u64;
        }
        Ok(())
    }

    /// Reads up to `buffer.len()` bytes (fewer only at the end of the file), hashing them.
    pub fn read_some(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let read = self.reader.read(buffer)?;
        self.hasher.update(&buffer[..read]);
        self.pos += read as u64;
        Ok(read)
    }

    /// Reads the end record's signature (after its frame) and checks that nothing follows it.
    pub fn end(mut self) -> CoreResult<End> {
        let digest: [u8; 64] = self.hasher.finalize_reset().into();
        let mut signature = [0u8; 64];
        self.reader.read_exact(&mut signature).map_err(read_error)?;
        self.pos += SIGNATURE_LEN;
        let mut more = [0u8; 1];
        if self.pos != self.size || self.reader.read(&mut more)? != 0 {
            return Err(damaged("bytes after the end of the package"));
        }
        Ok(End { digest, signature })
    }

    fn read_hashed(&mut self, buffer: &mut [u8]) -> CoreResult<()> {
        self.reader.read_exact(buffer).map_err(read_error)?;
        self.hasher.update(&*buffer);
        self.pos += buffer.len() as u64;
        Ok(())
    }
}
