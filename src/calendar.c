/* SPDX-License-Identifier: ISC */
/*
 * calendar.c: Gregorian date arithmetic by day numbers.
 *
 * Dates convert to a count of days from 1970-01-01 and back with
 * Howard Hinnant's era-based formulas ("chrono-compatible low-level
 * date algorithms"), which are exact for every year and need no table
 * of month lengths.  Adding days or finding the weekday is then one
 * addition or one remainder, with month and year ends and leap days
 * handled by the conversion rather than by special cases.
 */
#include "calendar.h"

bool
calendar_is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
calendar_days_in_month(int year, int month)
{
	static const int days[] = {31, 28, 31, 30, 31, 30,
				   31, 31, 30, 31, 30, 31};

	return month == 2 && calendar_is_leap_year(year) ? 29 : days[month - 1];
}

bool
calendar_is_real(const struct date *d)
{
	return d->year >= 1 && d->year <= CALENDAR_LAST_YEAR && d->month >= 1 &&
	       d->month <= 12 && d->day >= 1 &&
	       d->day <= calendar_days_in_month(d->year, d->month);
}

/* Floor division, so that eras before year 0 count the right way. */
static long
floor_div(long a, long b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

long
calendar_day_number(const struct date *d)
{
	/* Years start on 1 March, so the leap day ends the year. */
	long y = d->month <= 2 ? d->year - 1L : d->year;
	long era = floor_div(y, 400);
	long year_of_era = y - era * 400;		       /* 0 to 399 */
	long m = d->month > 2 ? d->month - 3L : d->month + 9L; /* 0: March */
	long day_of_year = (153 * m + 2) / 5 + d->day - 1;     /* 0 to 365 */
	long day_of_era = year_of_era * 365 + year_of_era / 4 -
			  year_of_era / 100 + day_of_year; /* 0 to 146096 */

	return era * 146097 + day_of_era - 719468;
}

struct date
calendar_date_of(long day_number)
{
	long z = day_number + 719468;
	long era = floor_div(z, 146097);
	long day_of_era = z - era * 146097; /* 0 to 146096 */
	long year_of_era = (day_of_era - day_of_era / 1460 +
			    day_of_era / 36524 - day_of_era / 146096) /
			   365; /* 0 to 399 */
	long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 -
					 year_of_era / 100); /* 0 to 365 */
	long m = (5 * day_of_year + 2) / 153;		     /* 0: March */
	struct date d;

	d.day = (int)(day_of_year - (153 * m + 2) / 5 + 1);
	d.month = (int)(m < 10 ? m + 3 : m - 9);
	d.year = (int)(year_of_era + era * 400 + (d.month <= 2));
	return d;
}

struct date
calendar_add_days(const struct date *d, long days)
{
	return calendar_date_of(calendar_day_number(d) + days);
}

enum weekday
calendar_weekday(const struct date *d)
{
	/* 1970-01-01 was a Thursday. */
	long n = calendar_day_number(d) + WEEKDAY_THURSDAY;

	return (enum weekday)(n - floor_div(n, WEEKDAY_COUNT) * WEEKDAY_COUNT);
}
