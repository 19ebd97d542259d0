//! Report metadata: title, issuers, year, dates, source.

use serde::{Serialize, Serializer};
use std::fmt;

/// A calendar date as written at the foot of a report or on its web page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31.
    pub day: u8,
}

impl Date {
    /// A date, if the month and day are in range.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=31).contains(&day) && (1000..=2999).contains(&year))
            .then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A web publication time: a date and, when the page gives one, hour and minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct DateTime {
    /// The date.
    pub date: Date,
    /// Hour and minute, when given.
    pub time: Option<(u8, u8)>,
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        if let Some((h, m)) = self.time {
            write!(f, "T{h:02}:{m:02}")?;
        }
        Ok(())
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What the report says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Metadata {
    /// The title as one string (title lines joined without a separator).
    pub title: Option<String>,
    /// Issuing bodies, in order: from the signature, else from the title.
    pub issuers: Vec<String>,
    /// The year the report covers.
    pub year: Option<u16>,
    /// The date at the foot.
    pub signed: Option<Date>,
    /// The web publication time (never a site clock).
    pub published: Option<DateTime>,
    /// The web page's source line (`来源：县司法局` gives `县司法局`).
    pub source: Option<String>,
}
