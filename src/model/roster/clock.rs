//! Time of day, the supplement windows of the KL døgn agreement (64.11) and how one shift
//! instance splits over them. Everything here works in whole minutes (`u32`/`u64`), which
//! are exact and cannot overflow at the sizes involved (at most 366 days × 2 × 1.440).
use crate::model::error::{DResult, DomainError};
use rust_decimal::Decimal;

/// Minutes in a day.
pub const DAY: u32 = 24 * 60;
const EVENING_FROM: u32 = 17 * 60;
const NIGHT_FROM: u32 = 23 * 60;
const NIGHT_UNTIL: u32 = 6 * 60;
const SATURDAY_FROM: u32 = 8 * 60;
/// Weekday numbers, 0 = Monday (as `holidays::Date::weekday`).
pub const SATURDAY: u32 = 5;
/// See `SATURDAY`.
pub const SUNDAY: u32 = 6;

/// A supplement window (DOMAIN.md §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Aften 17–23, every day.
    Evening,
    /// Nat 23–06, every day.
    Night,
    /// Lørdag 08–24.
    Saturday,
    /// Søn- og helligdag 00–24.
    Sunday,
}

impl Window {
    /// In display order; also the tie-break order when two windows pay the same rate.
    pub const ALL: [Window; 4] = [
        Window::Evening,
        Window::Night,
        Window::Saturday,
        Window::Sunday,
    ];

    /// Danish label with the hours, for tables and the explanation.
    pub fn label(self) -> &'static str {
        match self {
            Window::Evening => "Aften (17–23)",
            Window::Night => "Nat (23–06)",
            Window::Saturday => "Lørdag (08–24)",
            Window::Sunday => "Søn- og helligdag (00–24)",
        }
    }

    /// The part of test ids and form keys that names the window.
    pub const fn key(self) -> &'static str {
        match self {
            Window::Evening => "aften",
            Window::Night => "nat",
            Window::Saturday => "loerdag",
            Window::Sunday => "soen-helligdag",
        }
    }
}

/// One value per supplement window (rates, minutes, hours or kroner).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PerWindow<T> {
    pub evening: T,
    pub night: T,
    pub saturday: T,
    pub sunday: T,
}

impl<T: Copy> PerWindow<T> {
    /// The value for window `w`.
    pub fn get(&self, w: Window) -> T {
        match w {
            Window::Evening => self.evening,
            Window::Night => self.night,
            Window::Saturday => self.saturday,
            Window::Sunday => self.sunday,
        }
    }

    /// Mutable access to the value for window `w`.
    pub fn get_mut(&mut self, w: Window) -> &mut T {
        match w {
            Window::Evening => &mut self.evening,
            Window::Night => &mut self.night,
            Window::Saturday => &mut self.saturday,
            Window::Sunday => &mut self.sunday,
        }
    }

    /// Builds all four values from a fallible function of the window.
    pub fn try_from_fn<E>(mut f: impl FnMut(Window) -> Result<T, E>) -> Result<Self, E> {
        Ok(Self {
            evening: f(Window::Evening)?,
            night: f(Window::Night)?,
            saturday: f(Window::Saturday)?,
            sunday: f(Window::Sunday)?,
        })
    }
}

/// A calendar day as far as supplements care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u32,
    /// Minute from which the søn-/helligdag rate applies: 0 on Sundays and whole holidays,
    /// 720 on half holidays (grundlovsdag, 1. maj from 12:00), `DAY` (never) otherwise.
    pub sunday_from: u32,
}

impl Day {
    /// An ordinary day of the typical week (no holidays; Sunday is Sunday).
    pub fn ordinary(weekday: u32) -> Day {
        let sunday_from = if weekday == SUNDAY { 0 } else { DAY };
        Day {
            weekday,
            sunday_from,
        }
    }
}

/// A stretch of a shift during which the same windows apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub minutes: u32,
    pub windows: PerWindow<bool>,
}

/// Shift length in minutes for a start and end time of day; an end at or before the start
/// passes midnight, and an end equal to the start is a 24-hour shift (døgnvagt).
pub fn duration(start: u32, end: u32) -> u32 {
    let length = (end % DAY + DAY - start % DAY) % DAY;
    if length == 0 {
        DAY
    } else {
        length
    }
}

/// Which windows apply at minute `m` (0 ≤ m < `DAY`) of `day`. A holiday counts as a Sunday,
/// so the Saturday window stops where the søn-/helligdag rate starts (a holiday on a Saturday
/// is never paid as a Saturday too, with or without stacking).
fn windows_at(day: Day, m: u32) -> PerWindow<bool> {
    let sunday = m >= day.sunday_from;
    PerWindow {
        evening: (EVENING_FROM..NIGHT_FROM).contains(&m),
        night: !(NIGHT_UNTIL..NIGHT_FROM).contains(&m),
        saturday: day.weekday == SATURDAY && m >= SATURDAY_FROM && !sunday,
        sunday,
    }
}

/// Splits one shift instance that starts on `day` at minute `start` and lasts `minutes`
/// (≤ `DAY`, so it ends on `day` or `next` at the latest) at every window boundary.
pub fn segments(start: u32, minutes: u32, day: Day, next: Day) -> Vec<Segment> {
    let from = start % DAY;
    let until = from + minutes.min(DAY);
    let daily = [0, NIGHT_UNTIL, SATURDAY_FROM, EVENING_FROM, NIGHT_FROM];
    let mut cuts: Vec<u32> = daily
        .iter()
        .flat_map(|&b| [b, b + DAY])
        .chain([DAY, day.sunday_from, DAY + next.sunday_from.min(DAY)])
        .filter(|&c| c > from && c < until)
        .collect();
    cuts.push(until);
    cuts.sort_unstable();
    cuts.dedup();
    let mut result = Vec::with_capacity(cuts.len());
    let mut at = from;
    for cut in cuts {
        let (which, m) = if at < DAY {
            (day, at)
        } else {
            (next, at - DAY)
        };
        result.push(Segment {
            minutes: cut.saturating_sub(at),
            windows: windows_at(which, m),
        });
        at = cut;
    }
    result
}

/// The minutes of a segment credited to each window. Without stacking each minute goes to
/// the one applicable window with the highest rate (the first in `Window::ALL` on a tie);
/// with stacking it goes to every applicable window.
pub fn credit(segment: &Segment, rates: &PerWindow<Decimal>, stacking: bool) -> PerWindow<u32> {
    let mut credited = PerWindow::default();
    let applicable = Window::ALL.into_iter().filter(|&w| segment.windows.get(w));
    if stacking {
        for w in applicable {
            *credited.get_mut(w) = segment.minutes;
        }
    } else {
        let mut best: Option<Window> = None;
        for w in applicable {
            if best.is_none_or(|b| rates.get(w) > rates.get(b)) {
                best = Some(w);
            }
        }
        if let Some(w) = best {
            *credited.get_mut(w) = segment.minutes;
        }
    }
    credited
}

/// Adds `staff` people present from minute `start` of `weekday` for `minutes` to a
/// 7 × 24 grid of average staff on duty per hour (the typical week wraps Sunday → Monday).
pub fn add_presence(
    grid: &mut [[Decimal; 24]; 7],
    weekday: u32,
    start: u32,
    minutes: u32,
    staff: Decimal,
) -> DResult<()> {
    let from = start % DAY;
    let until = from + minutes.min(DAY);
    for slot in 0..48u32 {
        let overlap = until
            .min((slot + 1) * 60)
            .saturating_sub(from.max(slot * 60));
        if overlap == 0 {
            continue;
        }
        let day = ((weekday + slot / 24) % 7) as usize;
        let cell = grid
            .get_mut(day)
            .and_then(|row| row.get_mut((slot % 24) as usize))
            .ok_or(DomainError::Overflow)?;
        let share = Decimal::from(overlap) / Decimal::from(60);
        *cell = crate::model::calc::add(*cell, crate::model::calc::mul(staff, share)?)?;
    }
    Ok(())
}

/// Parses a time of day: `7`, `07`, `7:30`, `07.30` or `24:00` (= midnight). Minutes from 0:00.
pub fn parse_time(text: &str) -> DResult<u32> {
    let trimmed = text.trim();
    let bad = || {
        DomainError::Parse(format!(
            "»{trimmed}« er ikke et klokkeslæt. Skriv fx 07:00 eller 23:30."
        ))
    };
    let (h, m) = match trimmed.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return Err(bad()),
        None => (trimmed, "00"),
    };
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match (number(h), number(m)) {
        (Some(24), Some(0)) => Ok(0),
        (Some(h), Some(m)) if h < 24 && m < 60 => Ok(h * 60 + m),
        _ => Err(bad()),
    }
}

/// Formats minutes from 0:00 as `HH:MM`.
pub fn format_time(minutes: u32) -> String {
    let m = minutes % DAY;
    format!("{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rates(e: i64, n: i64, s: i64, su: i64) -> PerWindow<Decimal> {
        PerWindow {
            evening: Decimal::new(e, 1),
            night: Decimal::new(n, 1),
            saturday: Decimal::new(s, 1),
            sunday: Decimal::new(su, 1),
        }
    }

    fn applicable(windows: &[Window]) -> PerWindow<bool> {
        let mut p = PerWindow::default();
        for &w in windows {
            *p.get_mut(w) = true;
        }
        p
    }

    #[test]
    fn saturday_night_23_to_07_splits_into_saturday_night_and_sunday() {
        // Saturday 23:00–24:00: lørdag + nat (60 min);
        // Sunday 00:00–06:00: søndag + nat (360 min); 06:00–07:00: søndag only (60 min).
        let segs = segments(
            23 * 60,
            8 * 60,
            Day::ordinary(SATURDAY),
            Day::ordinary(SUNDAY),
        );
        use Window::*;
        assert_eq!(
            segs,
            vec![
                Segment {
                    minutes: 60,
                    windows: applicable(&[Night, Saturday])
                },
                Segment {
                    minutes: 360,
                    windows: applicable(&[Night, Sunday])
                },
                Segment {
                    minutes: 60,
                    windows: applicable(&[Sunday])
                },
            ]
        );
        // Per window: lørdag 60, nat 60 + 360 = 420, søndag 360 + 60 = 420 minutes.
        let sum = |w| {
            segs.iter()
                .filter(|s| s.windows.get(w))
                .map(|s| s.minutes)
                .sum::<u32>()
        };
        assert_eq!(
            (sum(Saturday), sum(Night), sum(Sunday), sum(Evening)),
            (60, 420, 420, 0)
        );
        // Highest rate (socialpædagog 25 / 25,5 / 20 / 50): 23–24 nat (25,5 > 20),
        // 00–07 søndag (50): nat 60, søndag 420, lørdag 0.
        let sp = rates(250, 255, 200, 500);
        let credited: Vec<PerWindow<u32>> = segs.iter().map(|s| credit(s, &sp, false)).collect();
        let total = |w| credited.iter().map(|c| c.get(w)).sum::<u32>();
        assert_eq!((total(Saturday), total(Night), total(Sunday)), (0, 60, 420));
        // Stacked: every applicable window is paid.
        let stacked: u32 = segs
            .iter()
            .map(|s| credit(s, &sp, true))
            .map(|c| c.saturday + c.night + c.sunday + c.evening)
            .sum();
        assert_eq!(stacked, 60 + 420 + 420);
    }

    #[test]
    fn weekday_day_evening_and_half_holiday() {
        // Wednesday 15–23: 15–17 nothing, 17–23 aften.
        let wed = Day::ordinary(2);
        let segs = segments(15 * 60, 8 * 60, wed, Day::ordinary(3));
        assert_eq!(
            segs,
            vec![
                Segment {
                    minutes: 120,
                    windows: PerWindow::default()
                },
                Segment {
                    minutes: 360,
                    windows: applicable(&[Window::Evening])
                },
            ]
        );
        // Grundlovsdag (half holiday from 12:00) on a Friday, shift 07–15: 07–12 nothing,
        // 12–15 søn-/helligdag.
        let half = Day {
            weekday: 4,
            sunday_from: 12 * 60,
        };
        let segs = segments(7 * 60, 8 * 60, half, Day::ordinary(SATURDAY));
        assert_eq!(
            segs.last(),
            Some(&Segment {
                minutes: 180,
                windows: applicable(&[Window::Sunday])
            })
        );
        assert_eq!(segs.iter().filter(|s| s.windows.sunday).count(), 1);
    }

    #[test]
    fn no_saturday_window_on_a_holiday() {
        use Window::*;
        // Juledag 25/12 2027 is a Saturday and a whole holiday: 07–15 is søn-/helligdag only.
        let juledag = Day {
            weekday: SATURDAY,
            sunday_from: 0,
        };
        let segs = segments(7 * 60, 8 * 60, juledag, Day::ordinary(SUNDAY));
        assert!(segs.iter().all(|s| s.windows == applicable(&[Sunday])));
        assert_eq!(segs.iter().map(|s| s.minutes).sum::<u32>(), 480);
        // 1. maj 2027 (½ holiday from 12:00) is a Saturday: 07–08 nothing, 08–12 lørdag,
        // 12–15 søn-/helligdag only.
        let may_day = Day {
            weekday: SATURDAY,
            sunday_from: 12 * 60,
        };
        let segs = segments(7 * 60, 8 * 60, may_day, Day::ordinary(SUNDAY));
        assert_eq!(
            segs,
            vec![
                Segment {
                    minutes: 60,
                    windows: PerWindow::default()
                },
                Segment {
                    minutes: 240,
                    windows: applicable(&[Saturday])
                },
                Segment {
                    minutes: 180,
                    windows: applicable(&[Sunday])
                },
            ]
        );
    }

    #[test]
    fn tie_goes_to_the_first_window() {
        // Sunday 17–23 pays aften 50 and søndag 50: the minute goes to aften (first).
        let seg = Segment {
            minutes: 10,
            windows: applicable(&[Window::Evening, Window::Sunday]),
        };
        let c = credit(&seg, &rates(500, 0, 0, 500), false);
        assert_eq!((c.evening, c.sunday), (10, 0));
    }

    #[test]
    fn durations_and_times() {
        assert_eq!(duration(7 * 60, 15 * 60), 480);
        assert_eq!(duration(23 * 60, 7 * 60), 480);
        assert_eq!(duration(8 * 60, 8 * 60), DAY); // døgnvagt
        assert_eq!(parse_time("7"), Ok(420));
        assert_eq!(parse_time("07:30"), Ok(450));
        assert_eq!(parse_time(" 23.15 "), Ok(1395));
        assert_eq!(parse_time("24:00"), Ok(0));
        assert!(parse_time("24:30").is_err());
        assert!(parse_time("7:5").is_err());
        assert!(parse_time("").is_err());
        assert!(parse_time("+7").is_err());
        assert_eq!(
            parse_time("kl. 7").unwrap_err().to_string(),
            "»kl. 7« er ikke et klokkeslæt. Skriv fx 07:00 eller 23:30."
        );
        assert_eq!(format_time(450), "07:30");
        assert_eq!(format_time(0), "00:00");
    }

    #[test]
    fn presence_grid_wraps_sunday_night_into_monday() {
        // 2 staff Sunday 23:30–07:00: Sunday 23h gets 2 × ½ = 1; Monday 00–06 get 2 each.
        let mut grid = [[Decimal::ZERO; 24]; 7];
        add_presence(&mut grid, SUNDAY, 23 * 60 + 30, 450, Decimal::TWO).expect("grid");
        assert_eq!(grid[6][23], Decimal::ONE);
        assert_eq!(grid[0][0], Decimal::TWO);
        assert_eq!(grid[0][6], Decimal::TWO);
        assert_eq!(grid[0][7], Decimal::ZERO);
    }

    proptest! {
        #[test]
        fn segments_cover_the_shift_exactly(
            start in 0u32..2000, minutes in 0u32..3000,
            wd in 0u32..7, sf in 0u32..1500, nsf in 0u32..1500,
        ) {
            let day = Day { weekday: wd, sunday_from: sf };
            let next = Day { weekday: (wd + 1) % 7, sunday_from: nsf };
            let segs = segments(start, minutes, day, next);
            prop_assert_eq!(segs.iter().map(|s| s.minutes).sum::<u32>(), minutes.min(DAY));
            for s in &segs {
                let c = credit(s, &rates(1, 2, 3, 4), false);
                prop_assert!(c.evening + c.night + c.saturday + c.sunday <= s.minutes);
            }
        }

        #[test]
        fn parse_time_never_panics(text in ".{0,8}") {
            if let Ok(m) = parse_time(&text) {
                prop_assert!(m < DAY);
                prop_assert_eq!(parse_time(&format_time(m)), Ok(m));
            }
        }
    }
}
