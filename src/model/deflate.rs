//! Raw DEFLATE (RFC 1951) for share links, by hand because a compression crate costs
//! ~20 KB of wasm. `inflate` reads every block type (links made elsewhere, e.g. Node's
//! `zlib.deflateRawSync`, use dynamic Huffman blocks) and is total: corrupt input is an
//! error, and the output is capped. `deflate` is LZ77 over a hash chain with lazy matching,
//! each block written with its own Huffman code or the fixed one, whichever is shorter.
//!
//! Accepts exactly what `miniz_oxide` (used before) accepts: code tables must be complete
//! unless they use at most one symbol (the code-length table always), at most 286 literal/
//! length and 30 distance codes, and data after the final block is ignored.
// Removed by the serde/link-codec change.
#![allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

/// Base length of length symbols 257…285, and their extra bits.
const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LENGTH_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
/// Base distance of distance symbols 0…29, and their extra bits.
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
/// The order in which a dynamic block lists the code lengths of the code-length code.
const CLEN_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];
const END_OF_BLOCK: usize = 256;
const MAX_LITLEN_CODES: usize = 286;
const MAX_DIST_CODES: usize = 30;

/// The fixed Huffman code (RFC 1951 §3.2.6): literal/length code lengths, then distance
/// code lengths (32 codes of 5 bits; 30 and 31 are invalid but complete the code).
fn fixed_lengths() -> (Vec<u8>, Vec<u8>) {
    let litlen = (0..288)
        .map(|s| match s {
            0..=143 => 8,
            144..=255 => 9,
            256..=279 => 7,
            _ => 8,
        })
        .collect();
    (litlen, vec![5; 32])
}

/// The input is not valid raw DEFLATE, or inflates to more than the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Corrupt;

/// Decompresses raw DEFLATE, refusing output beyond `limit` bytes.
pub fn inflate(input: &[u8], limit: usize) -> Result<Vec<u8>, Corrupt> {
    let mut bits = BitReader {
        input,
        pos: 0,
        buffer: 0,
        count: 0,
    };
    let mut out = Vec::new();
    loop {
        let last = bits.take(1)? == 1;
        match bits.take(2)? {
            0 => stored_block(&mut bits, &mut out, limit)?,
            1 => {
                let (litlen, dist) = fixed_lengths();
                let litlen = Huffman::new(&litlen, false)?;
                let dist = Huffman::new(&dist, false)?;
                huffman_block(&mut bits, &mut out, limit, &litlen, &dist)?;
            }
            2 => {
                let (litlen, dist) = dynamic_tables(&mut bits)?;
                huffman_block(&mut bits, &mut out, limit, &litlen, &dist)?;
            }
            _ => return Err(Corrupt),
        }
        if last {
            return Ok(out);
        }
    }
}

/// Reads bits least significant first, as DEFLATE packs them.
struct BitReader<'a> {
    input: &'a [u8],
    pos: usize,
    buffer: u32,
    count: u32,
}

impl BitReader<'_> {
    /// The next `n` (≤ 16) bits as a number.
    fn take(&mut self, n: u32) -> Result<u32, Corrupt> {
        while self.count < n {
            let byte = *self.input.get(self.pos).ok_or(Corrupt)?;
            self.pos += 1;
            self.buffer |= u32::from(byte) << self.count;
            self.count += 8;
        }
        let value = self.buffer & ((1 << n) - 1);
        self.buffer >>= n;
        self.count -= n;
        Ok(value)
    }

    /// The next `n` whole bytes, after dropping the bits left of the current byte.
    fn bytes(&mut self, n: usize) -> Result<&[u8], Corrupt> {
        self.buffer = 0;
        self.count = 0;
        let bytes = self.input.get(self.pos..self.pos + n).ok_or(Corrupt)?;
        self.pos += n;
        Ok(bytes)
    }
}

fn stored_block(bits: &mut BitReader, out: &mut Vec<u8>, limit: usize) -> Result<(), Corrupt> {
    let header = bits.bytes(4)?;
    let word = |i: usize| {
        header
            .get(i..i + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    let (len, check) = (word(0).ok_or(Corrupt)?, word(2).ok_or(Corrupt)?);
    if len != !check || out.len() + usize::from(len) > limit {
        return Err(Corrupt);
    }
    out.extend_from_slice(bits.bytes(usize::from(len))?);
    Ok(())
}

/// The two codes of a dynamic block, read from its header.
fn dynamic_tables(bits: &mut BitReader) -> Result<(Huffman, Huffman), Corrupt> {
    let litlen_count = bits.take(5)? as usize + 257;
    let dist_count = bits.take(5)? as usize + 1;
    let clen_count = bits.take(4)? as usize + 4;
    if litlen_count > MAX_LITLEN_CODES || dist_count > MAX_DIST_CODES {
        return Err(Corrupt);
    }
    let mut clen = [0u8; 19];
    for &symbol in CLEN_ORDER.iter().take(clen_count) {
        *clen.get_mut(symbol).ok_or(Corrupt)? = bits.take(3)? as u8;
    }
    let clen_code = Huffman::new(&clen, true)?;
    let total = litlen_count + dist_count;
    let mut lengths: Vec<u8> = Vec::with_capacity(total);
    while lengths.len() < total {
        let (value, repeat) = match clen_code.decode(bits)? {
            symbol @ 0..=15 => (symbol as u8, 1),
            16 => (*lengths.last().ok_or(Corrupt)?, 3 + bits.take(2)?),
            17 => (0, 3 + bits.take(3)?),
            _ => (0, 11 + bits.take(7)?),
        };
        let repeat = repeat as usize;
        if lengths.len() + repeat > total {
            return Err(Corrupt);
        }
        lengths.resize(lengths.len() + repeat, value);
    }
    let (litlen, dist) = lengths.split_at(litlen_count);
    Ok((Huffman::new(litlen, false)?, Huffman::new(dist, false)?))
}

fn huffman_block(
    bits: &mut BitReader,
    out: &mut Vec<u8>,
    limit: usize,
    litlen: &Huffman,
    dist: &Huffman,
) -> Result<(), Corrupt> {
    loop {
        let symbol = litlen.decode(bits)?;
        if symbol < END_OF_BLOCK {
            if out.len() >= limit {
                return Err(Corrupt);
            }
            out.push(symbol as u8);
            continue;
        }
        if symbol == END_OF_BLOCK {
            return Ok(());
        }
        let code = symbol - 257;
        let base = *LENGTH_BASE.get(code).ok_or(Corrupt)?;
        let extra = *LENGTH_EXTRA.get(code).ok_or(Corrupt)?;
        let length = usize::from(base) + bits.take(u32::from(extra))? as usize;
        let code = dist.decode(bits)?;
        let base = *DIST_BASE.get(code).ok_or(Corrupt)?;
        let extra = *DIST_EXTRA.get(code).ok_or(Corrupt)?;
        let distance = usize::from(base) + bits.take(u32::from(extra))? as usize;
        if distance > out.len() || out.len() + length > limit {
            return Err(Corrupt);
        }
        // Byte by byte: the copy may overlap what it writes (distance < length).
        let start = out.len() - distance;
        for i in start..start + length {
            let byte = *out.get(i).ok_or(Corrupt)?;
            out.push(byte);
        }
    }
}

/// A canonical Huffman code for decoding: how many codes each length has, and the
/// symbols in code order (RFC 1951 §3.2.2).
struct Huffman {
    counts: [u16; 16],
    symbols: Vec<u16>,
}

impl Huffman {
    /// The code with these code lengths (0 = symbol unused). Over-subscribed lengths are
    /// refused; so is an incomplete code, unless `complete` is false and it has at most one
    /// symbol (a lone distance code, or an empty block's).
    fn new(lengths: &[u8], complete: bool) -> Result<Self, Corrupt> {
        let mut counts = [0u16; 16];
        for &len in lengths {
            *counts.get_mut(usize::from(len)).ok_or(Corrupt)? += 1;
        }
        counts[0] = 0;
        let mut left: i32 = 1;
        for &count in &counts[1..] {
            left = 2 * left - i32::from(count);
            if left < 0 {
                return Err(Corrupt);
            }
        }
        let used: u16 = counts.iter().sum();
        if left > 0 && (complete || used > 1) {
            return Err(Corrupt);
        }
        let mut offsets = [0usize; 16];
        for len in 1..15 {
            offsets[len + 1] = offsets[len] + usize::from(counts[len]);
        }
        let mut symbols = vec![0; usize::from(used)];
        for (symbol, &len) in lengths.iter().enumerate() {
            if len != 0 {
                let at = offsets.get_mut(usize::from(len)).ok_or(Corrupt)?;
                *symbols.get_mut(*at).ok_or(Corrupt)? = symbol as u16;
                *at += 1;
            }
        }
        Ok(Self { counts, symbols })
    }

    /// Reads one symbol, a bit at a time: codes of each length are consecutive numbers.
    fn decode(&self, bits: &mut BitReader) -> Result<usize, Corrupt> {
        let (mut code, mut first, mut index) = (0usize, 0usize, 0usize);
        for &count in &self.counts[1..] {
            code |= bits.take(1)? as usize;
            let count = usize::from(count);
            if code < first + count {
                let symbol = self.symbols.get(index + code - first).ok_or(Corrupt)?;
                return Ok(usize::from(*symbol));
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err(Corrupt)
    }
}

// ---------------------------------------------------------------------------------------
// Compression
// ---------------------------------------------------------------------------------------

const WINDOW: usize = 32 * 1024;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
const HASH_BITS: u32 = 15;
/// Candidates tried per position: more finds slightly longer matches, slower.
const MAX_CHAIN: usize = 128;
/// Tokens per block: each block gets a Huffman code fitted to its own data.
const BLOCK_TOKENS: usize = 16 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Literal(u8),
    /// Repeat `length` bytes from `distance` back.
    Copy {
        length: u16,
        distance: u16,
    },
}

/// Compresses to raw DEFLATE.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let tokens = lz77(data);
    let mut out = BitWriter::default();
    let blocks: Vec<&[Token]> = if tokens.is_empty() {
        vec![&[]]
    } else {
        tokens.chunks(BLOCK_TOKENS).collect()
    };
    for (i, block) in blocks.iter().enumerate() {
        write_block(&mut out, block, i + 1 == blocks.len());
    }
    out.finish()
}

/// LZ77 with hash chains over 3-byte prefixes and one step of lazy matching (a match is
/// deferred when the next position has a longer one), as zlib does.
fn lz77(data: &[u8]) -> Vec<Token> {
    let mut m = Matcher {
        data,
        head: vec![usize::MAX; 1 << HASH_BITS],
        prev: vec![usize::MAX; data.len()],
        inserted: 0,
    };
    let mut tokens = Vec::new();
    let mut pos = 0;
    let mut here = m.longest(0);
    while let Some(&byte) = data.get(pos) {
        let (length, distance) = here;
        let next = m.longest(pos + 1);
        if length >= MIN_MATCH && next.0 <= length {
            tokens.push(Token::Copy {
                length: length as u16,
                distance: distance as u16,
            });
            pos += length;
            here = m.longest(pos);
        } else {
            tokens.push(Token::Literal(byte));
            pos += 1;
            here = next;
        }
    }
    tokens
}

struct Matcher<'a> {
    data: &'a [u8],
    /// Latest position of each hash, and for each position the previous one with its hash.
    head: Vec<usize>,
    prev: Vec<usize>,
    /// Positions before this are in the chains.
    inserted: usize,
}

impl Matcher<'_> {
    fn hash(&self, pos: usize) -> Option<usize> {
        let b = self.data.get(pos..pos + MIN_MATCH)?;
        let h = (usize::from(b[0]) << 10) ^ (usize::from(b[1]) << 5) ^ usize::from(b[2]);
        Some(h & ((1 << HASH_BITS) - 1))
    }

    /// The longest earlier match for `pos` within the window: (length, distance).
    fn longest(&mut self, pos: usize) -> (usize, usize) {
        while self.inserted < pos {
            if let Some(h) = self.hash(self.inserted) {
                if let (Some(head), Some(prev)) =
                    (self.head.get_mut(h), self.prev.get_mut(self.inserted))
                {
                    *prev = std::mem::replace(head, self.inserted);
                }
            }
            self.inserted += 1;
        }
        let (Some(h), Some(ahead)) = (self.hash(pos), self.data.get(pos..)) else {
            return (0, 0);
        };
        let ahead = &ahead[..ahead.len().min(MAX_MATCH)];
        let mut best = (0, 0);
        let mut candidate = self.head.get(h).copied().unwrap_or(usize::MAX);
        for _ in 0..MAX_CHAIN {
            let Some(earlier) = self.data.get(candidate..) else {
                break;
            };
            if pos - candidate > WINDOW {
                break;
            }
            // Only a candidate that also matches at the best length so far can beat it.
            if best.0 == 0 || earlier.get(best.0) == ahead.get(best.0) {
                let length = earlier
                    .iter()
                    .zip(ahead)
                    .take_while(|(a, b)| a == b)
                    .count();
                if length > best.0 {
                    best = (length, pos - candidate);
                    if length == ahead.len() {
                        break;
                    }
                }
            }
            candidate = self.prev.get(candidate).copied().unwrap_or(usize::MAX);
        }
        best
    }
}

/// Writes bits least significant first.
#[derive(Default)]
struct BitWriter {
    out: Vec<u8>,
    buffer: u64,
    count: u32,
}

impl BitWriter {
    fn put(&mut self, value: u32, n: u32) {
        self.buffer |= u64::from(value) << self.count;
        self.count += n;
        while self.count >= 8 {
            self.out.push(self.buffer as u8);
            self.buffer >>= 8;
            self.count -= 8;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.out.push(self.buffer as u8);
        }
        self.out
    }
}

/// A Huffman code for encoding: each symbol's length and its code, bit-reversed so it can
/// be written least significant bit first.
struct Code {
    lengths: Vec<u8>,
    codes: Vec<u16>,
}

impl Code {
    fn new(lengths: Vec<u8>) -> Self {
        let mut next = [0u16; 17];
        for &len in &lengths {
            if let Some(n) = next.get_mut(usize::from(len) + 1) {
                *n += 1;
            }
        }
        next[1] = 0;
        for len in 1..16 {
            next[len + 1] = (next[len] + next[len + 1]) << 1;
        }
        let codes = lengths
            .iter()
            .map(|&len| {
                let Some(code) = next.get_mut(usize::from(len)) else {
                    return 0;
                };
                *code += 1;
                (*code - 1)
                    .reverse_bits()
                    .checked_shr(16 - u32::from(len))
                    .unwrap_or(0)
            })
            .collect();
        Self { lengths, codes }
    }

    fn put(&self, out: &mut BitWriter, symbol: usize) {
        if let (Some(&code), Some(&len)) = (self.codes.get(symbol), self.lengths.get(symbol)) {
            out.put(u32::from(code), u32::from(len));
        }
    }

    /// Bits to write symbols with these frequencies.
    fn cost(&self, freqs: &[u32]) -> u64 {
        let lengths = self.lengths.iter().map(|&l| u64::from(l));
        freqs
            .iter()
            .map(|&f| u64::from(f))
            .zip(lengths)
            .map(|(f, l)| f * l)
            .sum()
    }
}

/// The index of the last table entry ≤ `value`: the symbol of a length or distance.
fn bucket(base: &[u16], value: u16) -> usize {
    base.iter().rposition(|&b| b <= value).unwrap_or(0)
}

/// A token's literal/length symbol and, for a copy, its distance symbol.
fn symbols(token: Token) -> (usize, Option<usize>) {
    match token {
        Token::Literal(byte) => (usize::from(byte), None),
        Token::Copy { length, distance } => (
            257 + bucket(&LENGTH_BASE, length),
            Some(bucket(&DIST_BASE, distance)),
        ),
    }
}

fn write_block(out: &mut BitWriter, tokens: &[Token], last: bool) {
    let mut litlen_freq = vec![0u32; MAX_LITLEN_CODES];
    let mut dist_freq = vec![0u32; MAX_DIST_CODES];
    for &token in tokens {
        let (symbol, dist) = symbols(token);
        if let Some(f) = litlen_freq.get_mut(symbol) {
            *f += 1;
        }
        if let Some(f) = dist.and_then(|d| dist_freq.get_mut(d)) {
            *f += 1;
        }
    }
    litlen_freq[END_OF_BLOCK] = 1;

    let litlen = Code::new(code_lengths(&litlen_freq, 15));
    let dist = Code::new(code_lengths(&dist_freq, 15));
    let header = DynamicHeader::new(&litlen.lengths, &dist.lengths);
    let (fixed_litlen, fixed_dist) = fixed_lengths();
    let (fixed_litlen, fixed_dist) = (Code::new(fixed_litlen), Code::new(fixed_dist));
    // Extra bits cost the same either way.
    let dynamic_cost = header.cost() + litlen.cost(&litlen_freq) + dist.cost(&dist_freq);
    let fixed_cost = fixed_litlen.cost(&litlen_freq) + fixed_dist.cost(&dist_freq);

    out.put(u32::from(last), 1);
    let (litlen, dist) = if fixed_cost <= dynamic_cost {
        out.put(1, 2);
        (fixed_litlen, fixed_dist)
    } else {
        out.put(2, 2);
        header.write(out);
        (litlen, dist)
    };
    for &token in tokens {
        let (symbol, dist_symbol) = symbols(token);
        litlen.put(out, symbol);
        if let (Token::Copy { length, distance }, Some(d)) = (token, dist_symbol) {
            let extra = |base: &[u16], bits: &[u8], i: usize, value: u16| {
                let base = base.get(i).copied().unwrap_or(0);
                let n = bits.get(i).copied().unwrap_or(0);
                (u32::from(value - base), u32::from(n))
            };
            let (value, n) = extra(&LENGTH_BASE, &LENGTH_EXTRA, symbol - 257, length);
            out.put(value, n);
            dist.put(out, d);
            let (value, n) = extra(&DIST_BASE, &DIST_EXTRA, d, distance);
            out.put(value, n);
        }
    }
    litlen.put(out, END_OF_BLOCK);
}

/// The code lengths of a dynamic block, run-length encoded with the code-length code.
struct DynamicHeader {
    litlen_count: usize,
    dist_count: usize,
    /// (code-length symbol 0…18, its extra bits' value).
    runs: Vec<(usize, u32)>,
    clen: Code,
    clen_count: usize,
}

/// Extra bits after code-length symbols 16, 17 and 18.
fn clen_extra(symbol: usize) -> u32 {
    match symbol {
        16 => 2,
        17 => 3,
        18 => 7,
        _ => 0,
    }
}

impl DynamicHeader {
    fn new(litlen: &[u8], dist: &[u8]) -> Self {
        let used = |lengths: &[u8], min: usize| {
            lengths
                .iter()
                .rposition(|&l| l != 0)
                .map_or(min, |i| (i + 1).max(min))
        };
        let litlen_count = used(litlen, 257);
        let dist_count = used(dist, 1);
        let lengths: Vec<u8> = (litlen.iter().take(litlen_count))
            .chain(dist.iter().take(dist_count))
            .copied()
            .collect();
        let mut runs = Vec::new();
        let mut i = 0;
        while let Some(&len) = lengths.get(i) {
            let run = lengths[i..].iter().take_while(|&&l| l == len).count();
            let mut left = run;
            if len == 0 {
                while left >= 11 {
                    let n = left.min(138);
                    runs.push((18, (n - 11) as u32));
                    left -= n;
                }
                if left >= 3 {
                    runs.push((17, (left - 3) as u32));
                    left = 0;
                }
            } else {
                runs.push((usize::from(len), 0));
                left -= 1;
                while left >= 3 {
                    let n = left.min(6);
                    runs.push((16, (n - 3) as u32));
                    left -= n;
                }
            }
            runs.extend(std::iter::repeat_n((usize::from(len), 0), left));
            i += run;
        }
        let mut freq = [0u32; 19];
        for &(symbol, _) in &runs {
            if let Some(f) = freq.get_mut(symbol) {
                *f += 1;
            }
        }
        let clen = Code::new(code_lengths(&freq, 7));
        let clen_count = CLEN_ORDER
            .iter()
            .rposition(|&s| clen.lengths.get(s).is_some_and(|&l| l != 0))
            .map_or(4, |i| (i + 1).max(4));
        Self {
            litlen_count,
            dist_count,
            runs,
            clen,
            clen_count,
        }
    }

    fn cost(&self) -> u64 {
        let runs: u64 = (self.runs.iter())
            .map(|&(s, _)| u64::from(clen_extra(s)) + u64::from(self.clen.lengths[s]))
            .sum();
        14 + 3 * self.clen_count as u64 + runs
    }

    fn write(&self, out: &mut BitWriter) {
        out.put((self.litlen_count - 257) as u32, 5);
        out.put((self.dist_count - 1) as u32, 5);
        out.put((self.clen_count - 4) as u32, 4);
        for &symbol in CLEN_ORDER.iter().take(self.clen_count) {
            out.put(u32::from(self.clen.lengths[symbol]), 3);
        }
        for &(symbol, extra) in &self.runs {
            self.clen.put(out, symbol);
            out.put(extra, clen_extra(symbol));
        }
    }
}

/// Huffman code lengths for these frequencies, none longer than `limit`. Always gives at
/// least two symbols a code, so every code is complete (a lone code would need one).
fn code_lengths(freqs: &[u32], limit: usize) -> Vec<u8> {
    let mut freqs = freqs.to_vec();
    for s in 0..2 {
        if freqs.iter().filter(|&&f| f > 0).count() < 2 {
            if let Some(f) = freqs.get_mut(s).filter(|f| **f == 0) {
                *f = 1;
            }
        }
    }
    // Huffman's algorithm: merge the two lightest nodes until one is left; a leaf's depth
    // is its code length. Leaves are taken in order of weight and merged nodes are made in
    // order of weight, so the lightest node is always first in one of the two queues.
    let mut used: Vec<usize> = (0..freqs.len()).filter(|&s| freqs[s] > 0).collect();
    used.sort_by_key(|&s| freqs[s]);
    let leaves = used.len();
    let mut weight: Vec<u64> = used.iter().map(|&s| u64::from(freqs[s])).collect();
    let mut parent = vec![usize::MAX; leaves];
    let (mut leaf, mut merged) = (0, leaves);
    let lightest = |weight: &[u64], leaf: &mut usize, merged: &mut usize| {
        let next = if *leaf < leaves
            && (*merged >= weight.len() || weight.get(*leaf) <= weight.get(*merged))
        {
            leaf
        } else if *merged < weight.len() {
            merged
        } else {
            return None;
        };
        *next += 1;
        Some(*next - 1)
    };
    while let (Some(a), Some(b)) = (
        lightest(&weight, &mut leaf, &mut merged),
        lightest(&weight, &mut leaf, &mut merged),
    ) {
        parent[a] = weight.len();
        parent[b] = weight.len();
        weight.push(weight[a] + weight[b]);
        parent.push(usize::MAX);
    }
    // A parent comes after its children, so depths fill in from the root down.
    let mut depth = vec![0usize; weight.len()];
    for node in (0..weight.len()).rev() {
        if let Some(&up) = parent.get(node).filter(|&&p| p != usize::MAX) {
            depth[node] = depth[up] + 1;
        }
    }
    // Count the codes of each length, cutting lengths over `limit` and then lengthening
    // shorter codes until the code is complete again (Kraft sum exactly 1, as zlib does).
    let mut count = vec![0u64; limit + 1];
    for &d in depth.iter().take(leaves) {
        count[d.min(limit)] += 1;
    }
    let kraft = |count: &[u64]| -> u64 { (1..=limit).map(|len| count[len] << (limit - len)).sum() };
    while kraft(&count) > 1 << limit && count[limit] > 0 {
        count[limit] -= 1;
        if let Some(len) = (1..limit).rev().find(|&len| count[len] > 0) {
            count[len] -= 1;
            count[len + 1] += 2;
        }
    }
    // The most frequent symbols get the shortest codes.
    let mut lengths = vec![0u8; freqs.len()];
    let mut symbols = used.into_iter().rev();
    for (len, &n) in count.iter().enumerate().skip(1) {
        for s in symbols.by_ref().take(n as usize) {
            lengths[s] = len as u8;
        }
    }
    lengths
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const LIMIT: usize = 1 << 20;

    #[test]
    fn reads_each_block_type() {
        // Stored: final bit 1, type 00, then LEN = 5, NLEN = !5, "hello".
        let stored = [0x01, 0x05, 0x00, 0xfa, 0xff, b'h', b'e', b'l', b'l', b'o'];
        assert_eq!(inflate(&stored, LIMIT), Ok(b"hello".to_vec()));
        // Fixed Huffman "a" (zlib's output for it): 0x4b 0x04 0x00.
        assert_eq!(inflate(&[0x4b, 0x04, 0x00], LIMIT), Ok(b"a".to_vec()));
        // Empty input: one fixed block with only the end-of-block code.
        assert_eq!(inflate(&[0x03, 0x00], LIMIT), Ok(Vec::new()));
        assert_eq!(deflate(b""), vec![0x03, 0x00]);
    }

    #[test]
    fn reads_node_zlib_dynamic_blocks() {
        // Node 20: `zlib.deflateRawSync(TEXT)`, a dynamic-Huffman block (first byte 0x55:
        // final bit 1, block type 2).
        const TEXT: &str = "abcdefghijklmnopqrstuvwxyz0123456789 the quick brown fox jumps over \
                            the lazy dog; the lazy dog sleeps.";
        let node: &[u8] = &[
            0x55, 0xc9, 0xc9, 0x0d, 0x80, 0x20, 0x10, 0x00, 0xc0, 0x56, 0xb6, 0x02, 0xe3, 0x7d,
            0xc4, 0x6a, 0x10, 0x57, 0x51, 0x91, 0x05, 0x56, 0xf0, 0xa8, 0xde, 0xc4, 0x9f, 0xcf,
            0xc9, 0x88, 0x41, 0x8e, 0x38, 0xcd, 0x6a, 0x59, 0x37, 0xbd, 0x1b, 0xb2, 0xce, 0xf3,
            0x11, 0xe2, 0x79, 0xdd, 0x4f, 0x9a, 0xe5, 0x45, 0x59, 0xd5, 0x4d, 0xdb, 0xc1, 0xa1,
            0x10, 0x5c, 0x58, 0xe4, 0x06, 0x83, 0xa7, 0xd3, 0xc0, 0x44, 0x17, 0xac, 0x61, 0xb7,
            0x0c, 0x14, 0xd1, 0x7f, 0xad, 0xc5, 0x73, 0xc3, 0x48, 0x73, 0xff, 0x13, 0xb0, 0x46,
            0xb4, 0x9c, 0xbc,
        ];
        assert_eq!(inflate(node, LIMIT), Ok(TEXT.as_bytes().to_vec()));
        // Cut short anywhere, it is refused.
        for cut in 0..node.len() {
            assert_eq!(inflate(&node[..cut], LIMIT), Err(Corrupt), "cut at {cut}");
        }
    }

    #[test]
    fn corrupt_input_is_an_error() {
        assert_eq!(inflate(&[], LIMIT), Err(Corrupt));
        assert_eq!(inflate(&[0x07], LIMIT), Err(Corrupt), "block type 3");
        // Stored block whose NLEN does not match.
        assert_eq!(
            inflate(&[0x01, 0x05, 0x00, 0xfb, 0xff], LIMIT),
            Err(Corrupt)
        );
        // Cut-off stored block.
        assert_eq!(
            inflate(&[0x01, 0x05, 0x00, 0xfa, 0xff, b'h'], LIMIT),
            Err(Corrupt)
        );
        // A distance before the start: fixed block, length symbol 257 (7 bits 0000001),
        // distance symbol 0 (5 bits 00000) as the first thing in the block.
        let mut w = BitWriter::default();
        w.put(1, 1);
        w.put(1, 2);
        let (litlen, dist) = fixed_lengths();
        let (litlen, dist) = (Code::new(litlen), Code::new(dist));
        litlen.put(&mut w, 257);
        dist.put(&mut w, 0);
        litlen.put(&mut w, END_OF_BLOCK);
        assert_eq!(inflate(&w.finish(), LIMIT), Err(Corrupt));
        // Not final and then nothing.
        assert_eq!(inflate(&[0x02, 0x00], LIMIT), Err(Corrupt));
    }

    #[test]
    fn output_is_capped() {
        let data = vec![b'x'; 10_000];
        let packed = deflate(&data);
        assert!(packed.len() < 100, "{} bytes", packed.len());
        assert_eq!(inflate(&packed, 10_000), Ok(data));
        assert_eq!(inflate(&packed, 9_999), Err(Corrupt));
    }

    #[test]
    fn code_lengths_are_optimal_and_limited() {
        // Frequencies 1, 1, 2, 4: Huffman depths 3, 3, 2, 1.
        assert_eq!(code_lengths(&[1, 1, 2, 4], 15), vec![3, 3, 2, 1]);
        // Fibonacci frequencies make a depth-20 tree; limited to 7 the code stays complete.
        let mut fib = vec![1u32, 1];
        while fib.len() < 20 {
            fib.push(fib[fib.len() - 1] + fib[fib.len() - 2]);
        }
        let lengths = code_lengths(&fib, 7);
        assert!(lengths.iter().all(|&l| (1..=7).contains(&l)));
        let kraft: u32 = lengths.iter().map(|&l| 1 << (7 - l)).sum();
        assert_eq!(kraft, 1 << 7);
        // One symbol used: a second one gets a code too.
        assert_eq!(code_lengths(&[0, 0, 5], 15), vec![1, 0, 1]);
    }

    fn texty() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..2_000),
            proptest::collection::vec(prop_oneof![Just(b'a'), Just(b'b'), Just(b'"')], 0..5_000),
            "(\\{\"[a-z_]{1,12}\":\"[0-9.,]{0,8}\",?\\}?){0,200}".prop_map(String::into_bytes),
        ]
    }

    proptest! {
        // Up to 5 kB each: fewer cases, and the damaged streams below get more.
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn round_trips(data in texty()) {
            prop_assert_eq!(inflate(&deflate(&data), LIMIT), Ok(data));
        }

        #[test]
        fn miniz_reads_ours(data in texty()) {
            let ours = deflate(&data);
            prop_assert_eq!(miniz_oxide::inflate::decompress_to_vec(&ours).ok(), Some(data));
        }

        #[test]
        fn we_read_miniz(data in texty(), level in 0u8..=10) {
            let theirs = miniz_oxide::deflate::compress_to_vec(&data, level);
            prop_assert_eq!(inflate(&theirs, LIMIT), Ok(data));
        }

    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(
            crate::model::scenario::tests::fuzz_cases(5_000)
        ))]

        #[test]
        fn we_accept_what_miniz_accepts(
            data in texty(),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
            cut in any::<prop::sample::Index>(),
        ) {
            // Damaged streams: both decoders agree on the output or both refuse.
            let mut bytes = miniz_oxide::deflate::compress_to_vec(&data, 9);
            for (at, byte) in edits {
                if !bytes.is_empty() {
                    let i = at.index(bytes.len());
                    bytes[i] = byte;
                }
            }
            bytes.truncate(cut.index(bytes.len() + 1));
            let theirs = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, LIMIT).ok();
            prop_assert_eq!(inflate(&bytes, LIMIT).ok(), theirs);
        }

        #[test]
        fn inflate_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let ours = inflate(&bytes, LIMIT).ok();
            let theirs = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, LIMIT).ok();
            prop_assert_eq!(ours, theirs);
        }
    }
}
