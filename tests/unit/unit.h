/*
 * unit: the CUnit harness every tests/unit/test_*.c uses.  A test file
 * defines a CU_TestInfo array and ends with UNIT_MAIN("suite", tests)
 * (or UNIT_MAIN_WITH("suite", tests, init, cleanup));
 * the program exits 1 when any assertion failed.
 */
#ifndef LPDOC_TESTS_UNIT_H
#define LPDOC_TESTS_UNIT_H

#include <CUnit/Basic.h>

#define UNIT_MAIN(suite_name, test_array) \
	UNIT_MAIN_WITH(suite_name, test_array, NULL, NULL)

/* The same, with suite init and cleanup functions (int f(void)). */
#define UNIT_MAIN_WITH(suite_name, test_array, init, cleanup)              \
	int main(void)                                                         \
	{                                                                      \
		CU_SuiteInfo suites[] = {                                          \
			{ suite_name, init, cleanup, NULL, NULL, test_array },         \
			CU_SUITE_INFO_NULL                                             \
		};                                                                 \
		if (CU_initialize_registry() != CUE_SUCCESS)                       \
			return 3;                                                      \
		if (CU_register_suites(suites) != CUE_SUCCESS)                     \
			return 3;                                                      \
		CU_basic_set_mode(CU_BRM_NORMAL);                                  \
		CU_basic_run_tests();                                              \
		unsigned failed = CU_get_number_of_failures();                     \
		CU_cleanup_registry();                                             \
		return failed ? 1 : 0;                                             \
	}

#endif
