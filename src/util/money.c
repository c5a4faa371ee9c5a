/* money: see money.h. */
#include "money.h"

#include <stdio.h>
#include <string.h>

int money_parse(const char *s, money_t *out)
{
	if (s == NULL)
		return -1;
	int neg = *s == '-';
	if (neg)
		s++;
	long long pounds = 0;
	int ndigits = 0, large = 0;
	for (; *s >= '0' && *s <= '9'; s++, ndigits++) {
		if (!large)
			pounds = pounds * 10 + (*s - '0');
		large |= pounds > MONEY_MAX_POUNDS;
	}
	if (ndigits == 0)
		return -1;
	long long pence = 0;
	if (*s == '.') {
		s++;
		int nfrac = 0;
		for (; *s >= '0' && *s <= '9' && nfrac < 2; s++, nfrac++)
			pence = pence * 10 + (*s - '0');
		if (nfrac == 0)
			return -1;
		if (nfrac == 1)
			pence *= 10;
	}
	if (*s != '\0')
		return -1;
	money_t v = pounds * 100 + pence;
	if (large || v > MONEY_MAX_POUNDS * 100)
		return MONEY_TOO_LARGE;
	*out = neg ? -v : v;
	return 0;
}

void money_format(money_t v, int flags, char *out, unsigned size)
{
	unsigned long long a = v < 0 ? (unsigned long long)(-(v + 1)) + 1 : (unsigned long long)v;
	unsigned long long pounds = a / 100, pence = a % 100;
	char digits[32], grouped[48];
	snprintf(digits, sizeof digits, "%llu", pounds);
	size_t n = strlen(digits), j = 0;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			grouped[j++] = ',';
		grouped[j++] = digits[i];
	}
	grouped[j] = '\0';
	const char *sign = v < 0 ? "-" : "";
	const char *symbol = flags & MONEY_NO_SYMBOL ? "" : "£";
	if (pence != 0 || (flags & MONEY_PENCE))
		snprintf(out, size, "%s%s%s.%02llu", sign, symbol, grouped, pence);
	else
		snprintf(out, size, "%s%s%s", sign, symbol, grouped);
}

void money_format_plain(money_t v, char *out, unsigned size)
{
	unsigned long long a = v < 0 ? (unsigned long long)(-(v + 1)) + 1 : (unsigned long long)v;
	snprintf(out, size, "%s%llu.%02llu", v < 0 ? "-" : "", a / 100, a % 100);
}
