/* SPDX-License-Identifier: ISC */
/*
 * rules.c: the two rules (one painful heel, both) and the exercises
 * they name by id.  Ids are taken as references, resolved once every
 * exercise is read (check.c).
 */
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "i18n.h"
#include "loader.h"

/*
 * Most exercises a rule may list.  A rule names each exercise once, and
 * no home plan has thousands; the limit keeps the references of a
 * hostile catalog from costing more memory than the catalog itself.
 */
enum { MAX_RULE_EXERCISES = 10000 };

/* "rules.one_side.exercises[2]": where a reference is, for a message. */
void
catalog_reference_path(const struct reference *ref, char *buf, size_t size)
{
	const char *rule = ref->is_both_sides ? "both_sides" : "one_side";

	if (ref->list == 0)
		snprintf(buf, size, "rules.%s.key_exercise", rule);
	else
		snprintf(buf, size, "rules.%s.exercises[%zu]", rule,
			 ref->index);
}

static enum status
add_reference(struct reader *r, struct loader *ld, const char *id, size_t *slot,
	      unsigned list, bool is_both_sides, size_t index)
{
	struct reference *ref;

	if ((ref = array_push(&ld->references)) == NULL)
		return reader_fail_memory(r);
	ref->id = id;
	ref->mark = reader_mark(r);
	ref->slot = slot;
	ref->list = list;
	ref->is_both_sides = is_both_sides;
	ref->index = index;
	return STATUS_OK;
}

static enum status
read_reference(struct reader *r, void *context, void *slot,
	       const struct reader_field *field)
{
	struct loader *ld = context;
	const char *id = NULL;
	enum status status;

	(void)field;
	if ((status = catalog_take_id(r, &id)) != STATUS_OK)
		return status;
	return add_reference(r, ld, id, slot, 0,
			     slot == &ld->rules.both_sides.key_exercise, 0);
}

/* The items of one rule's exercise list, as references are taken. */
struct order_builder {
	struct loader *ld;
	size_t count;
	unsigned list;
	bool is_both_sides;
};

static enum status
read_order_item(struct reader *r, void *context, size_t index)
{
	struct order_builder *b = context;
	const char *id = NULL;
	enum status status;

	if (index >= MAX_RULE_EXERCISES)
		return reader_fail(r, reader_mark(r),
				   ngettext("a rule lists at most %d exercise",
					    "a rule lists at most %d exercises",
					    MAX_RULE_EXERCISES),
				   MAX_RULE_EXERCISES);
	if ((status = catalog_take_id(r, &id)) != STATUS_OK)
		return status;
	b->count++;
	/* The slot is known once the list's length is. */
	return add_reference(r, b->ld, id, NULL, b->list, b->is_both_sides,
			     index);
}

/*
 * A rule's exercise list; the field's slot is the rule itself.  Its
 * references are the last ones taken, so they get their slots in the
 * finished array here.
 */
static enum status
read_rule_exercises(struct reader *r, void *context, void *slot,
		    const struct reader_field *field)
{
	struct loader *ld = context;
	struct rule *rule = slot;
	struct order_builder b = {ld, 0, ++ld->list_count,
				  rule == &ld->rules.both_sides};
	enum status status = reader_list(r, 1, read_order_item, &b);
	struct reference *refs;
	size_t *order, i, first;

	(void)field;
	if (status != STATUS_OK)
		return status;
	order = arena_alloc(ld->arena, b.count * sizeof *order);
	if (order == NULL)
		return reader_fail_memory(r);
	refs = ld->references.items;
	first = ld->references.count - b.count;
	for (i = 0; i < b.count; i++)
		refs[first + i].slot = &order[i];
	rule->order = order;
	rule->order_count = b.count;
	return STATUS_OK;
}

/* ---- rules ------------------------------------------------------------- */

static enum status
read_work(struct reader *r, void *context, void *slot,
	  const struct reader_field *field)
{
	static const char *const names[] = {"opposite", "same", "both"};
	enum work_rule *work = slot;
	size_t i;

	(void)context;
	(void)field;
	for (i = 0; i < 3; i++)
		if (reader_is_word(r, names[i])) {
			*work = (enum work_rule)i;
			return STATUS_OK;
		}
	return reader_fail_expected(r, _("opposite, same or both"));
}

/*
 * The kinds of this file: a rule's work, and an exercise named by id.
 * Both heels' texts are about both legs, so they are templates that
 * name no side.  A rule's exercise list names no member: its slot is
 * the rule.
 */
#define CATALOG_READ_WORK	     read_work
#define CATALOG_READ_REFERENCE	     read_reference
#define CATALOG_READ_FIXED_TEXT	     catalog_read_fixed_template
#define CATALOG_READ_FIXED_TEXT_LIST catalog_read_fixed_template_list

static const struct reader_field one_side_fields[] = {
	CATALOG_KEY(rule, work, WORK, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(rule, headline, SIDE_TEXT, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(rule, warning, SIDE_TEXT, OPTIONAL, NULL, 0, 0),
	CATALOG_KEY(rule, rationale, SIDE_TEXT_LIST, REQUIRED, NULL, 0, 0),
	{"exercises", true, read_rule_exercises, 0, 0, 0, NULL, 0},
	CATALOG_KEY(rule, key_exercise, REFERENCE, OPTIONAL, NULL, 0, 0),
};

static const struct reader_field both_sides_fields[] = {
	CATALOG_KEY(rule, headline, FIXED_TEXT, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(rule, warning, FIXED_TEXT, OPTIONAL, NULL, 0, 0),
	CATALOG_KEY(rule, rationale, FIXED_TEXT_LIST, REQUIRED, NULL, 0, 0),
	{"exercises", true, read_rule_exercises, 0, 0, 0, NULL, 0},
	CATALOG_KEY(rule, key_exercise, REFERENCE, OPTIONAL, NULL, 0, 0),
};

static enum status
read_one_side(struct reader *r, void *context, void *slot,
	      const struct reader_field *field)
{
	(void)field;
	return reader_mapping(r, one_side_fields,
			      sizeof one_side_fields /
				      sizeof one_side_fields[0],
			      slot, context);
}

static enum status
read_both_sides(struct reader *r, void *context, void *slot,
		const struct reader_field *field)
{
	(void)field;
	((struct rule *)slot)->work = WORK_BOTH;
	return reader_mapping(r, both_sides_fields,
			      sizeof both_sides_fields /
				      sizeof both_sides_fields[0],
			      slot, context);
}

#define CATALOG_READ_ONE_SIDE	read_one_side
#define CATALOG_READ_BOTH_SIDES read_both_sides

static const struct reader_field rule_fields[] = {
	CATALOG_KEY(rules, one_side, ONE_SIDE, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(rules, both_sides, BOTH_SIDES, REQUIRED, NULL, 0, 0),
};

/* Read into the loader, not the catalog: see struct rules. */
enum status
catalog_read_rules(struct reader *r, void *context, void *slot,
		   const struct reader_field *field)
{
	struct loader *ld = context;

	(void)slot;
	(void)field;
	return reader_mapping(r, rule_fields, 2, &ld->rules, context);
}
