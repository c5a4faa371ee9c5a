/* Unit tests for src/fo/fo_layout: the item queue. */
#include "unit.h"
#include "fo/fo_layout.h"

/* Items told apart by their height. */
static void queue_of(fo_itemq_t *q, const double *h, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fo_item_t it = { .kind = FO_IT_GLUE, .h = h[i] };
		fo_itemq_push(q, &it);
	}
}

static int queue_is(const fo_itemq_t *q, const double *h, size_t n)
{
	if (q->len != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (q->v[i].h != h[i])
			return 0;
	return 1;
}

static void test_itemq_insert(void)
{
	fo_itemq_t q = { NULL, 0, 0 };
	queue_of(&q, (const double[]){ 1, 2, 3 }, 3);
	fo_item_t head[2] = { { .kind = FO_IT_GLUE, .h = 10 }, { .kind = FO_IT_GLUE, .h = 11 } };
	fo_itemq_insert(&q, 1, head, 2);
	CU_ASSERT(queue_is(&q, (const double[]){ 1, 10, 11, 2, 3 }, 5));
	fo_itemq_insert(&q, 5, head, 1);  /* at the end */
	CU_ASSERT(queue_is(&q, (const double[]){ 1, 10, 11, 2, 3, 10 }, 6));
	fo_itemq_insert(&q, 0, head + 1, 1);  /* at the front */
	CU_ASSERT(queue_is(&q, (const double[]){ 11, 1, 10, 11, 2, 3, 10 }, 7));
	fo_itemq_insert(&q, 3, head, 0);  /* nothing */
	CU_ASSERT(q.len == 7);
	fo_itemq_free(&q);
}

static CU_TestInfo tests[] = {
	{ "item queue insert", test_itemq_insert },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("fo_layout", tests)
