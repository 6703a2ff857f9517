//! Danish søgnehelligdage for a given year. Only those on Monday–Friday cost working
//! hours, so the count changes from year to year (2026 has 7, 2027 has 6).
use super::error::{DResult, DomainError};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Years we compute for: the Gregorian computus holds, and nobody plans a botilbud outside.
pub const MIN_YEAR: i32 = 1900;
/// See `MIN_YEAR`.
pub const MAX_YEAR: i32 = 2200;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in the year (365 or 366).
pub fn days_in_year(year: i32) -> u32 {
    if is_leap(year) {
        366
    } else {
        365
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// Day of the year, 0 = 1 January.
    pub fn ordinal0(&self) -> u32 {
        (1..self.month)
            .map(|m| days_in_month(self.year, m))
            .sum::<u32>()
            + self.day
            - 1
    }

    /// Weekday, 0 = Monday … 6 = Sunday (Zeller-style via days since 1 Jan 1 AD).
    pub fn weekday(&self) -> u32 {
        let y = i64::from(self.year) - 1;
        // Days before this year since 0001-01-01 (a Monday), plus the ordinal.
        let days = y * 365 + y / 4 - y / 100 + y / 400 + i64::from(self.ordinal0());
        days.rem_euclid(7) as u32
    }

    /// The date `n` days later within the same year (used for Easter offsets; all Danish
    /// movable holidays stay inside the year).
    fn plus_days(&self, n: u32) -> Date {
        let mut date = *self;
        let mut left = n;
        while left > 0 {
            if date.day < days_in_month(date.year, date.month) {
                date.day += 1;
            } else {
                date.month += 1;
                date.day = 1;
            }
            left -= 1;
        }
        date
    }
}

/// Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
pub fn easter(year: i32) -> DResult<Date> {
    check_year(year, "Året")?;
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Ok(Date {
        year,
        month: month as u32,
        day: day as u32,
    })
}

/// `year` if the calendar covers it; `field` names it in the message.
pub fn check_year(year: i32, field: &'static str) -> DResult<i32> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(year)
    } else {
        Err(DomainError::YearOutOfRange(field))
    }
}

/// Optional days some agreements treat as (half) holidays; all off by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct HolidayOptions {
    /// Juleaftensdag, 24/12, a whole day.
    pub christmas_eve: bool,
    /// Grundlovsdag, 5/6, half a day.
    pub constitution_day: bool,
    /// 1. maj, half a day.
    pub may_day: bool,
}

/// One holiday and the share of a working day it frees (1 or ½).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: Date,
    pub name: &'static str,
    pub day_fraction: Decimal,
}

impl Holiday {
    /// True when the day falls Monday–Friday and so costs working hours.
    pub fn on_weekday(&self) -> bool {
        self.date.weekday() < 5
    }
}

/// All søgnehelligdage (and chosen optional days) of `year`, in date order, whatever weekday.
pub fn holidays(year: i32, options: HolidayOptions) -> DResult<Vec<Holiday>> {
    let easter = easter(year)?;
    let fixed = |month, day| Date { year, month, day };
    let whole = Decimal::ONE;
    let half = Decimal::new(5, 1);
    let mut list = vec![
        Holiday {
            date: fixed(1, 1),
            name: "Nytårsdag",
            day_fraction: whole,
        },
        Holiday {
            date: easter_offset(easter, -3),
            name: "Skærtorsdag",
            day_fraction: whole,
        },
        Holiday {
            date: easter_offset(easter, -2),
            name: "Langfredag",
            day_fraction: whole,
        },
        Holiday {
            date: easter_offset(easter, 1),
            name: "2. påskedag",
            day_fraction: whole,
        },
        Holiday {
            date: easter_offset(easter, 39),
            name: "Kristi himmelfartsdag",
            day_fraction: whole,
        },
        Holiday {
            date: easter_offset(easter, 50),
            name: "2. pinsedag",
            day_fraction: whole,
        },
        Holiday {
            date: fixed(12, 25),
            name: "Juledag",
            day_fraction: whole,
        },
        Holiday {
            date: fixed(12, 26),
            name: "2. juledag",
            day_fraction: whole,
        },
    ];
    if options.christmas_eve {
        list.push(Holiday {
            date: fixed(12, 24),
            name: "Juleaftensdag",
            day_fraction: whole,
        });
    }
    if options.constitution_day {
        list.push(Holiday {
            date: fixed(6, 5),
            name: "Grundlovsdag (½)",
            day_fraction: half,
        });
    }
    if options.may_day {
        list.push(Holiday {
            date: fixed(5, 1),
            name: "1. maj (½)",
            day_fraction: half,
        });
    }
    list.sort_by_key(|h| h.date);
    Ok(list)
}

/// Easter ± days. Skærtorsdag (−3) and langfredag (−2) are never before 1 January.
fn easter_offset(easter: Date, offset: i32) -> Date {
    if offset >= 0 {
        easter.plus_days(offset as u32)
    } else {
        let back = offset.unsigned_abs();
        if easter.day > back {
            Date {
                day: easter.day - back,
                ..easter
            }
        } else {
            // Easter is in late March or April; stepping back crosses at most one month end.
            let month = easter.month - 1;
            let day = days_in_month(easter.year, month) + easter.day - back;
            Date {
                month,
                day,
                ..easter
            }
        }
    }
}

/// The holidays of `year` that fall Monday–Friday: these reduce the working hours.
pub fn weekday_holidays(year: i32, options: HolidayOptions) -> DResult<Vec<Holiday>> {
    Ok(holidays(year, options)?
        .into_iter()
        .filter(Holiday::on_weekday)
        .collect())
}

/// Weekday holiday days (½ days count ½) in `year`.
pub fn weekday_holiday_days(year: i32, options: HolidayOptions) -> DResult<Decimal> {
    Ok(weekday_holidays(year, options)?
        .iter()
        .map(|h| h.day_fraction)
        .sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2026), Ok(date(2026, 4, 5)));
        assert_eq!(easter(2027), Ok(date(2027, 3, 28)));
        assert_eq!(easter(2030), Ok(date(2030, 4, 21)));
        assert_eq!(easter(2024), Ok(date(2024, 3, 31)));
        assert_eq!(
            easter(1800).map_err(|e| e.to_string()),
            Err("Året skal ligge mellem 1900 og 2200.".to_string())
        );
    }

    #[test]
    fn weekdays() {
        assert_eq!(date(2026, 1, 1).weekday(), 3); // Thursday
        assert_eq!(date(2026, 12, 26).weekday(), 5); // Saturday
        assert_eq!(date(2024, 2, 29).weekday(), 3); // Thursday
    }

    fn weekday_dates(year: i32) -> Vec<(u32, u32)> {
        weekday_holidays(year, HolidayOptions::default())
            .unwrap_or_default()
            .iter()
            .map(|h| (h.date.day, h.date.month))
            .collect()
    }

    #[test]
    fn year_2026_has_seven_weekday_holidays() {
        // Easter 5/4 → skærtorsdag 2/4 (Thu), langfredag 3/4 (Fri), 2. påskedag 6/4 (Mon),
        // Kr. himmelfart 14/5 (Thu, +39), 2. pinsedag 25/5 (Mon, +50); 1/1 Thu; 25/12 Fri;
        // 26/12 is a Saturday and does not count: 7 days.
        assert_eq!(
            weekday_dates(2026),
            vec![(1, 1), (2, 4), (3, 4), (6, 4), (14, 5), (25, 5), (25, 12)]
        );
    }

    #[test]
    fn year_2027_has_six_weekday_holidays() {
        // Easter 28/3 → 25/3 Thu, 26/3 Fri, 29/3 Mon, 6/5 Thu, 17/5 Mon; 1/1 Fri;
        // 25/12 Sat and 26/12 Sun do not count: 6 days.
        assert_eq!(
            weekday_dates(2027),
            vec![(1, 1), (25, 3), (26, 3), (29, 3), (6, 5), (17, 5)]
        );
    }

    #[test]
    fn year_2030_has_eight_weekday_holidays() {
        // Easter 21/4 → 18/4 Thu, 19/4 Fri, 22/4 Mon, 30/5 Thu, 10/6 Mon; 1/1 Tue;
        // 25/12 Wed, 26/12 Thu: all 8 on weekdays.
        assert_eq!(
            weekday_dates(2030),
            vec![
                (1, 1),
                (18, 4),
                (19, 4),
                (22, 4),
                (30, 5),
                (10, 6),
                (25, 12),
                (26, 12)
            ]
        );
    }

    #[test]
    fn optional_days() {
        let all = HolidayOptions {
            christmas_eve: true,
            constitution_day: true,
            may_day: true,
        };
        // 2026: 24/12 Thu (1), 5/6 Fri (½), 1/5 Fri (½) → 7 + 2 = 9 days.
        assert_eq!(weekday_holiday_days(2026, all), Ok(Decimal::from(9)));
        assert_eq!(
            weekday_holiday_days(2026, HolidayOptions::default()),
            Ok(Decimal::from(7))
        );
    }
}
