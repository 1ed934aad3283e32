/* SPDX-License-Identifier: ISC */
/*
 * calendar.h: the proleptic Gregorian calendar, as plain arithmetic.
 *
 * The engine lays sessions out over weeks; this module knows how many
 * days a month has, which day of the week a date falls on and which
 * date lies a number of days after another.  Nothing here reads the
 * clock or the time zone, so a date always means the same day.
 */
#ifndef HEELRX_CALENDAR_H
#define HEELRX_CALENDAR_H

#include <stdbool.h>

#include "types.h"

/* The days of the week, Monday first as ISO 8601 counts them. */
enum weekday {
	WEEKDAY_MONDAY,
	WEEKDAY_TUESDAY,
	WEEKDAY_WEDNESDAY,
	WEEKDAY_THURSDAY,
	WEEKDAY_FRIDAY,
	WEEKDAY_SATURDAY,
	WEEKDAY_SUNDAY
};
enum { WEEKDAY_COUNT = 7 };

/* The last year a date may fall in: ISO 8601 and RFC 5545 write four
 * digits. */
enum { CALENDAR_LAST_YEAR = 9999 };

bool calendar_is_leap_year(int year);

/* 28 to 31; month is 1 to 12. */
int calendar_days_in_month(int year, int month);

/* Whether date names a day that exists, from year 1 to 9999. */
bool calendar_is_real(const struct date *);

/* Days from 1970-01-01 to a real date; negative before it. */
long calendar_day_number(const struct date *);

/* The date day_number days after 1970-01-01. */
struct date calendar_date_of(long day_number);

/* The date days after date (before it when days is negative). */
struct date calendar_add_days(const struct date *, long days);

enum weekday calendar_weekday(const struct date *);

#endif
