/* SPDX-License-Identifier: ISC */
/*
 * dose.c: how hard and how often: the catalog's dose, an exercise's
 * override of it, and the weekly schedule.
 */
#include <stdint.h>

#include "i18n.h"
#include "loader.h"

struct rest_range {
	unsigned min, max;
};

static const struct reader_field rest_fields[] = {
	CATALOG_KEY(rest_range, min, NUMBER, REQUIRED, NULL, 0, 600),
	CATALOG_KEY(rest_range, max, NUMBER, REQUIRED, NULL, 0, 600),
};

static enum status
read_rest(struct reader *r, void *context, void *slot,
	  const struct reader_field *field)
{
	struct reader_mark start = reader_mark(r);
	struct rest_range *rest = slot;
	enum status status;

	(void)field;
	status = reader_mapping(r, rest_fields, 2, rest, context);
	if (status == STATUS_OK && rest->min > rest->max)
		return reader_fail(r, start,
				   _("expected min no larger than max, found "
				     "min %u and max %u"),
				   rest->min, rest->max);
	return status;
}

/* The dose as read, before we know which fields were given. */
struct dose_source {
	unsigned sets, reps, hold_seconds;
	struct rest_range rest_seconds;
};

#define CATALOG_READ_REST read_rest

static const struct reader_field dose_fields[] = {
	CATALOG_KEY(dose_source, sets, NUMBER, REQUIRED, NULL, 1, 20),
	CATALOG_KEY(dose_source, reps, NUMBER, REQUIRED, NULL, 1, 100),
	CATALOG_KEY(dose_source, rest_seconds, REST, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(dose_source, hold_seconds, NUMBER, OPTIONAL, NULL, 0, 120),
};

enum { N_DOSE_FIELDS = sizeof dose_fields / sizeof dose_fields[0] };

static void
dose_from_source(struct dose *dose, const struct dose_source *src)
{
	dose->sets = src->sets;
	dose->reps = src->reps;
	dose->rest_min_seconds = src->rest_seconds.min;
	dose->rest_max_seconds = src->rest_seconds.max;
	dose->hold_seconds = src->hold_seconds;
}

enum status
catalog_read_dose(struct reader *r, void *context, void *slot,
		  const struct reader_field *field)
{
	struct dose_source src = {0, 0, 0, {0, 0}};
	enum status status;

	(void)field;
	status = reader_mapping(r, dose_fields, N_DOSE_FIELDS, &src, context);
	if (status == STATUS_OK)
		dose_from_source(slot, &src);
	return status;
}

/*
 * An exercise's dose: the same keys, all optional.  A value of the
 * impossible UINT32_MAX marks a key that was not given.
 */
enum status
catalog_read_dose_override(struct reader *r, void *context, void *slot,
			   const struct reader_field *field)
{
	struct reader_field fields[N_DOSE_FIELDS];
	struct dose_override *over = slot;
	struct dose_source src;
	enum status status;
	size_t i;

	(void)field;
	for (i = 0; i < N_DOSE_FIELDS; i++) {
		fields[i] = dose_fields[i];
		fields[i].is_required = false;
	}
	src.sets = src.reps = src.hold_seconds = UINT32_MAX;
	src.rest_seconds.min = src.rest_seconds.max = UINT32_MAX;
	status = reader_mapping(r, fields, N_DOSE_FIELDS, &src, context);
	if (status != STATUS_OK)
		return status;
	over->fields = 0;
	if (src.sets != UINT32_MAX)
		over->fields |= DOSE_SETS;
	if (src.reps != UINT32_MAX)
		over->fields |= DOSE_REPS;
	if (src.rest_seconds.min != UINT32_MAX)
		over->fields |= DOSE_REST;
	if (src.hold_seconds != UINT32_MAX)
		over->fields |= DOSE_HOLD;
	dose_from_source(&over->dose, &src);
	return STATUS_OK;
}

/* ---- schedule ---------------------------------------------------------- */

static const struct reader_field schedule_fields[] = {
	CATALOG_KEY(schedule, sessions_per_week, NUMBER, REQUIRED, NULL, 1, 7),
	CATALOG_KEY(schedule, rest_days_between, NUMBER, REQUIRED, NULL, 0, 6),
	CATALOG_KEY(schedule, note, TEXT, OPTIONAL, NULL, 0, 0),
};

enum status
catalog_read_schedule(struct reader *r, void *context, void *slot,
		      const struct reader_field *field)
{
	struct reader_mark start = reader_mark(r);
	struct schedule *s = slot;
	enum status status;

	(void)field;
	status = reader_mapping(r, schedule_fields, 3, s, context);
	if (status != STATUS_OK)
		return status;
	/*
	 * Each session and the rest days after it must fit a week, so
	 * that the same days repeat every week and the rest holds from
	 * one week into the next: 3 sessions with 1 rest day take 6 days.
	 */
	if (s->sessions_per_week * (s->rest_days_between + 1) > 7)
		return reader_fail(r, start,
				   ngettext("%u sessions, each followed by %u "
					    "rest day, take more than a week",
					    "%u sessions, each followed by %u "
					    "rest days, take more than a week",
					    s->rest_days_between),
				   s->sessions_per_week, s->rest_days_between);
	return STATUS_OK;
}
