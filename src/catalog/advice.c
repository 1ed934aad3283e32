/* SPDX-License-Identifier: ISC */
/*
 * advice.c: the advice around the exercises (struct advice): the pain
 * rule, the signs to stop and get help, a safe set-up, how hard to
 * work, the routine and the bands, read from its schema list, with the
 * checks its numbers need between them.
 */
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "loader.h"

#define SCHEMA_LIST  "catalog_advice.def"
#define SCHEMA_TABLE advice_fields
#include "schema_table.h"

/*
 * The numbers that order each other, which a mistyped one would turn
 * into a rule that says nothing: a safe pain above the limit, a limit
 * above the scale, the last 3 to 2 repetitions.
 */
static enum status
check_numbers(struct reader *r, struct reader_mark mark, const struct advice *a)
{
	const struct advice_pain *p = &a->pain;
	const struct advice_effort *e = &a->effort;

	if (p->safe >= p->limit || p->limit > p->scale)
		return reader_fail_plain(r, mark,
					 _("advice.pain: expected safe below "
					   "limit and limit at most scale, "
					   "found safe %u, limit %u and scale "
					   "%u"),
					 p->safe, p->limit, p->scale);
	if (e->reps_min > e->reps_max)
		return reader_fail_plain(r, mark,
					 _("advice.effort: expected reps_min "
					   "at most reps_max, found %u and %u"),
					 e->reps_min, e->reps_max);
	if (e->score_min > e->score_max || e->score_max > e->scale)
		return reader_fail_plain(r, mark,
					 _("advice.effort: expected score_min "
					   "at most score_max and score_max at "
					   "most scale, found %u, %u and %u"),
					 e->score_min, e->score_max, e->scale);
	return STATUS_OK;
}

enum status
catalog_read_advice(struct reader *r, void *context, void *slot,
		    const struct reader_field *field)
{
	struct loader *ld = context;
	struct advice *a;
	enum status status;

	(void)field;
	ld->has_advice = true;
	ld->advice_mark = reader_mark(r);
	if ((a = arena_alloc(ld->arena, sizeof *a)) == NULL)
		return reader_fail_memory(r);
	memset(a, 0, sizeof *a);
	*(const struct advice **)slot = a;
	status = reader_mapping(r, advice_fields,
				sizeof advice_fields / sizeof advice_fields[0],
				a, context);
	if (status != STATUS_OK)
		return status;
	return check_numbers(r, ld->advice_mark, a);
}
