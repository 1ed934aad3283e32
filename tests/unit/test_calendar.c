/* SPDX-License-Identifier: ISC */
/*
 * test_calendar.c: the date arithmetic the session schedule stands on,
 * checked against days whose weekday and neighbours are known, and
 * against itself over every day from year 1 to 9999.
 */
#include "calendar.h"
#include "check.h"

static struct date
day(int year, int month, int d)
{
	struct date date = {year, month, d};
	return date;
}

static int
same(struct date a, struct date b)
{
	return a.year == b.year && a.month == b.month && a.day == b.day;
}

static void
test_leap_years(void)
{
	CHECK(calendar_is_leap_year(2024));
	CHECK(calendar_is_leap_year(2000));  /* divisible by 400 */
	CHECK(!calendar_is_leap_year(1900)); /* by 100, not by 400 */
	CHECK(!calendar_is_leap_year(2100));
	CHECK(!calendar_is_leap_year(2026));
	CHECK(calendar_days_in_month(2028, 2) == 29);
	CHECK(calendar_days_in_month(2026, 2) == 28);
	CHECK(calendar_days_in_month(2026, 4) == 30);
	CHECK(calendar_days_in_month(2026, 12) == 31);
}

static void
test_real_dates(void)
{
	struct date d;

	d = day(2026, 2, 30);
	CHECK(!calendar_is_real(&d));
	d = day(2028, 2, 29);
	CHECK(calendar_is_real(&d));
	d = day(2027, 2, 29);
	CHECK(!calendar_is_real(&d));
	d = day(2026, 13, 1);
	CHECK(!calendar_is_real(&d));
	d = day(2026, 4, 31);
	CHECK(!calendar_is_real(&d));
	d = day(0, 1, 1);
	CHECK(!calendar_is_real(&d));
	d = day(10000, 1, 1);
	CHECK(!calendar_is_real(&d));
	d = day(9999, 12, 31);
	CHECK(calendar_is_real(&d));
}

static void
test_day_numbers(void)
{
	struct date d = day(1970, 1, 1);

	CHECK(calendar_day_number(&d) == 0);
	d = day(1969, 12, 31);
	CHECK(calendar_day_number(&d) == -1);
	d = day(2000, 3, 1);
	CHECK(calendar_day_number(&d) == 11017);
	/* SOURCE_DATE_EPOCH 1764547200 of the golden cases. */
	d = day(2025, 12, 1);
	CHECK(calendar_day_number(&d) == 1764547200L / 86400);
	CHECK(same(calendar_date_of(20423), day(2025, 12, 1)));
}

/* Month ends, year ends and leap days come from the arithmetic. */
static void
test_adding_days(void)
{
	struct date d = day(2026, 1, 31);

	CHECK(same(calendar_add_days(&d, 1), day(2026, 2, 1)));
	d = day(2028, 2, 28);
	CHECK(same(calendar_add_days(&d, 1), day(2028, 2, 29)));
	CHECK(same(calendar_add_days(&d, 2), day(2028, 3, 1)));
	d = day(2026, 2, 28);
	CHECK(same(calendar_add_days(&d, 1), day(2026, 3, 1)));
	d = day(2100, 2, 28);
	CHECK(same(calendar_add_days(&d, 1), day(2100, 3, 1)));
	d = day(2000, 2, 28);
	CHECK(same(calendar_add_days(&d, 1), day(2000, 2, 29)));
	d = day(2026, 12, 31);
	CHECK(same(calendar_add_days(&d, 1), day(2027, 1, 1)));
	CHECK(same(calendar_add_days(&d, 365), day(2027, 12, 31)));
	CHECK(same(calendar_add_days(&d, 0), d));
	d = day(2027, 1, 1);
	CHECK(same(calendar_add_days(&d, -1), day(2026, 12, 31)));
	d = day(2026, 12, 1);
	CHECK(same(calendar_add_days(&d, 52 * 7 - 1), day(2027, 11, 29)));
	d = day(1, 1, 1);
	CHECK(same(calendar_add_days(&d, -1), day(0, 12, 31)));
}

static void
test_weekdays(void)
{
	struct date d = day(2026, 12, 1);

	CHECK(calendar_weekday(&d) == WEEKDAY_TUESDAY);
	d = day(1970, 1, 1);
	CHECK(calendar_weekday(&d) == WEEKDAY_THURSDAY);
	d = day(2000, 1, 1);
	CHECK(calendar_weekday(&d) == WEEKDAY_SATURDAY);
	d = day(2028, 2, 29);
	CHECK(calendar_weekday(&d) == WEEKDAY_TUESDAY);
	d = day(2025, 12, 1);
	CHECK(calendar_weekday(&d) == WEEKDAY_MONDAY);
	d = day(2027, 1, 3);
	CHECK(calendar_weekday(&d) == WEEKDAY_SUNDAY);
	/* The proleptic Gregorian calendar starts on a Monday. */
	d = day(1, 1, 1);
	CHECK(calendar_weekday(&d) == WEEKDAY_MONDAY);
	d = day(1969, 12, 31);
	CHECK(calendar_weekday(&d) == WEEKDAY_WEDNESDAY);
	d = day(9999, 12, 31);
	CHECK(calendar_weekday(&d) == WEEKDAY_FRIDAY);
}

/*
 * Walking every day of years 1 to 9999 one at a time: each day number
 * turns back into the date it came from, the next date is the day
 * after by the month-length table, and weekdays cycle.
 */
static void
test_every_day(void)
{
	struct date d = day(1, 1, 1), back;
	long n = calendar_day_number(&d);
	int weekday = (int)calendar_weekday(&d);
	int failures = 0;

	while (d.year <= 9999 && failures < 5) {
		back = calendar_date_of(n);
		if (!same(back, d) || calendar_day_number(&d) != n ||
		    (int)calendar_weekday(&d) != weekday) {
			fprintf(stderr, "%04d-%02d-%02d: wrong\n", d.year,
				d.month, d.day);
			failures++;
		}
		if (++d.day > calendar_days_in_month(d.year, d.month)) {
			d.day = 1;
			if (++d.month > 12) {
				d.month = 1;
				d.year++;
			}
		}
		n++;
		weekday = (weekday + 1) % WEEKDAY_COUNT;
	}
	CHECK(failures == 0);
}

int
main(void)
{
	test_leap_years();
	test_real_dates();
	test_day_numbers();
	test_adding_days();
	test_weekdays();
	test_every_day();
	return check_report("test_calendar");
}
